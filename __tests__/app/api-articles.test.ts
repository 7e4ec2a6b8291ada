import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GET as getList } from "@/app/api/articles/route";
import { GET as getOne } from "@/app/api/articles/[id]/route";
import { GET as getSchema } from "@/app/api/schema/route";
import { resetStore } from "@/lib/store";

const GOOD = "---\ntitle: Good\nsource: Wire\npublished: 2026-01-02\n---\n\nLeaders met in Paris on Tuesday.\n";
let dir: string;
const call = (id: string, headers: Record<string, string> = {}) =>
  getOne(new Request(`http://test/api/articles/${id}`, { headers }), { params: Promise.resolve({ id }) });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsline-api-"));
  writeFileSync(path.join(dir, "good.md"), GOOD);
  writeFileSync(path.join(dir, "bad.md"), "---\ntitle: ''\n---\n\nBody.\n");
  process.env.NEWSLINE_ARTICLES_DIR = dir;
  resetStore();
});
afterAll(() => {
  delete process.env.NEWSLINE_ARTICLES_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe("API routes", () => {
  it("GET /api/articles lists each article's summary or its problem", async () => {
    const res = await getList();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toHaveLength(2);
    expect(body.articles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ok: true, id: "good", title: "Good", source: "Wire", published: "2026-01-02" }),
        expect.objectContaining({ ok: false, id: "bad", file: "bad.md" }),
      ]),
    );
  });

  it("GET /api/articles/good returns the analysis with ETag and Cache-Control, then 304 on If-None-Match", async () => {
    const res = await call("good");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("cache-control")).toMatch(/max-age/);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await res.json()).article.title).toBe("Good");
    const again = await call("good", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("GET /api/articles/unknown is a 404 with a JSON error", async () => {
    const res = await call("unknown");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'No article with id "unknown"' });
  });

  it("GET /api/articles/<malformed id> is a 404 with a JSON error, never a 500", async () => {
    for (const id of ["../etc/passwd", "%00", "<script>", "x".repeat(300)]) expect((await call(id)).status).toBe(404);
  });

  it("GET /api/articles/bad is a 422 naming the file's problem", async () => {
    const res = await call("bad");
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatch(/^bad\.md: /);
  });

  it("GET /api/schema serves the analysis JSON Schema", async () => {
    const body = await getSchema().json();
    expect(body.title).toBe("Newsline analysis");
    expect(body.properties.article).toBeDefined();
  });
});
