import { decodablePath } from "@/server/request-guard.mjs";

describe("decodablePath", () => {
  it.each(["/", "/articles/abc", "/api/articles/a%20b", "/embed/x/timeline?w=%zz", "/articles/%C3%A9t%C3%A9", "/a/%25"])(
    "lets %s through",
    (url) => expect(decodablePath(url)).toBe(true),
  );
  it.each(["/articles/%zz", "/api/articles/%E0%A4%A", "/embed/%/graph", "/articles/%C3", "/a/%25/%"])(
    "refuses %s",
    (url) => expect(decodablePath(url)).toBe(false),
  );
});
