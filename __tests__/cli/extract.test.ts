import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Analysis } from "@/lib/model";

const root = path.resolve(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "cli/extract.ts"), ...args], { cwd: root, encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
const seed = path.join(root, "seeds/us-europe-ukraine-security-guarantees.md");

describe("npm run extract -- <file>", () => {
  it("prints one schema-valid JSON document and nothing on stderr", () => {
    const r = run(seed);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(Analysis.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });
  it("prints JSON Lines for several files, in order", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nl-"));
    writeFileSync(path.join(dir, "b.txt"), "Second\nTalks ended.");
    const r = run(seed, path.join(dir, "b.txt"));
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article.id)).toEqual(["us-europe-ukraine-security-guarantees", "b"]);
  });
  it.each([
    ["a missing file", ["/nonexistent/x.md"], "no such file"],
    ["a directory", [root + "/seeds"], "is a directory"],
    ["no arguments", [], "usage:"],
  ])("exits 2 with a one-line message for %s", (_, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
  it("--schema prints the committed JSON Schema", () => {
    const r = run("--schema");
    const committed = JSON.parse(readFileSync(path.join(root, "schema/analysis.schema.json"), "utf8"));
    expect(JSON.parse(r.stdout)).toEqual(committed);
  });
});
