import { readFileSync } from "node:fs";
import path from "node:path";
import { POST as addArticle } from "@/app/api/articles/route";
import { GET as list, POST as add } from "@/app/api/stories/route";
import { DELETE as remove, GET as getOne } from "@/app/api/stories/[id]/route";
import { closeDatabase } from "@/lib/store/db";
import { resetStore } from "@/lib/store";

process.env.NEWSLINE_WRITE_RATE = "1000";

const HOST = "localhost:3000";
const ORIGIN = `http://${HOST}`;
const SEED = "us-europe-ukraine-security-guarantees";
const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures/stories/paris-summit", name), "utf8");

type Init = { body?: string; type?: string | null; headers?: Record<string, string>; client?: string };
function req(url: string, method: string, { body, type = "application/json", headers = {}, client = "127.0.0.1" }: Init = {}): Request {
  const h: Record<string, string> = { host: HOST, "x-newsline-client-ip": client, ...headers };
  if (type) h["content-type"] = type;
  return new Request(`${ORIGIN}${url}`, { method, body, headers: h });
}
const post = (value: unknown, init: Init = {}) => add(req("/api/stories", "POST", { body: JSON.stringify(value), ...init }));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

/** Adds a fixture through the article API (front matter and all, as a Markdown upload would). */
async function addFixture(name: string): Promise<string> {
  const f = new FormData();
  f.set("file", new File([fixture(name)], name, { type: "text/markdown" }));
  const encoded = new Response(f);
  const res = await addArticle(
    new Request(`${ORIGIN}/api/articles`, {
      method: "POST",
      body: await encoded.arrayBuffer(),
      headers: { host: HOST, "x-newsline-client-ip": "127.0.0.1", "content-type": encoded.headers.get("content-type")! },
    }),
  );
  expect(res.status).toBeLessThan(300);
  return (await res.json()).id;
}

let meduza: string;
let lbc: string;
beforeAll(async () => {
  meduza = await addFixture("meduza-zelensky-arrives-in-paris.md");
  lbc = await addFixture("lbc-uk-france-military-hubs.md");
}, 60_000);
beforeEach(() => {
  delete process.env.NEWSLINE_WRITE_TOKEN;
  resetStore();
});
afterAll(() => closeDatabase());

describe("POST /api/stories", () => {
  it("POST { title, articles: [seed, added, added] } → 201 { id, url } with Location; GET gives the merged story", async () => {
    const res = await post({ title: "Paris summit", articles: [SEED, meduza, lbc] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: expect.stringMatching(/^paris-summit-[0-9a-f]{6}$/), url: `/stories/${body.id}`, created: true });
    expect(res.headers.get("location")).toBe(body.url);
    const got = await getOne(req(body.url.replace("/stories", "/api/stories"), "GET"), ctx(body.id));
    expect(got.status).toBe(200);
    const story = await got.json();
    expect(story).toMatchObject({ id: body.id, title: "Paris summit", kind: "story" });
    expect(story.articles.map((a: { id: string }) => a.id).sort()).toEqual([SEED, meduza, lbc].sort());
    expect(story.events.some((e: { articles: string[] }) => e.articles.length === 3)).toBe(true);
    const etag = got.headers.get("etag")!;
    const again = await getOne(req(body.url, "GET", { headers: { "if-none-match": etag } }), ctx(body.id));
    expect(again.status).toBe(304);
  });

  it("POST the same set in another order, under another title → 200 with the existing story", async () => {
    const first = await (await post({ articles: [SEED, meduza] })).json();
    const again = await post({ title: "Something else", articles: [meduza, SEED] });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...first, created: false });
  });

  it("POST without a title names the story after its earliest article", async () => {
    const { id } = await (await post({ articles: [lbc, meduza] })).json();
    const story = await (await getOne(req(`/api/stories/${id}`, "GET"), ctx(id))).json();
    expect(story.title).toBe(story.articles[0].title);
  });

  it.each([
    ["one article", { articles: [SEED] }, /2 to 50 different articles \(got 1\)/],
    ["51 articles", { articles: Array.from({ length: 51 }, (_, i) => `a${i}`) }, /2 to 50 different articles \(got 51\)/],
    ["no list", { title: "x" }, /2 to 50/],
    ["an id that is not one", { articles: [SEED, "../etc/passwd"] }, /articles\.1/],
    ["the same article twice", { articles: [SEED, SEED] }, /listed twice/],
  ])("POST with %s → 400 naming the field", async (_what, value, message) => {
    const res = await post(value);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.field).toBe("articles");
    expect(body.error).toMatch(message);
  });

  it("POST a body that is not JSON → 400, not JSON at all → 415", async () => {
    expect((await add(req("/api/stories", "POST", { body: "{oops" }))).status).toBe(400);
    expect((await add(req("/api/stories", "POST", { body: "a=b", type: "application/x-www-form-urlencoded" }))).status).toBe(415);
  });

  it("POST with unknown article ids → 422 naming each of them, and nothing stored", async () => {
    const before = (await (await list()).json()).stories.length;
    const res = await post({ articles: [SEED, "no-such-article", "nor-this-one"] });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.articles).toEqual(["no-such-article", "nor-this-one"]);
    expect(body.error).toMatch(/"no-such-article", "nor-this-one"/);
    expect((await (await list()).json()).stories.length).toBe(before);
  });

  it("POST from another machine → 403; with NEWSLINE_WRITE_TOKEN and no token → 401", async () => {
    expect((await post({ articles: [SEED, meduza] }, { client: "203.0.113.9" })).status).toBe(403);
    expect((await post({ articles: [SEED, meduza] }, { headers: { origin: "http://evil.example" } })).status).toBe(403);
    process.env.NEWSLINE_WRITE_TOKEN = "s3cret-token";
    expect((await post({ articles: [SEED, meduza] })).status).toBe(401);
    expect((await post({ articles: [SEED, meduza] }, { headers: { authorization: "Bearer s3cret-token" } })).status).toBeLessThan(300);
  });
});

describe("GET and DELETE /api/stories/<id>", () => {
  it("GET an unknown or malformed id → 404", async () => {
    expect((await getOne(req("/api/stories/nope", "GET"), ctx("nope"))).status).toBe(404);
    expect((await getOne(req("/api/stories/x", "GET"), ctx("<script>"))).status).toBe(404);
  });

  it("DELETE → 204, then 404; the articles stay", async () => {
    const { id } = await (await post({ title: "To delete", articles: [lbc, SEED] })).json();
    expect((await remove(req(`/api/stories/${id}`, "DELETE"), ctx(id))).status).toBe(204);
    expect((await getOne(req(`/api/stories/${id}`, "GET"), ctx(id))).status).toBe(404);
    expect((await remove(req(`/api/stories/${id}`, "DELETE"), ctx(id))).status).toBe(404);
    expect((await post({ articles: [lbc, SEED] })).status).toBe(201);
  });

  it("DELETE from another machine → 403, and the story stays", async () => {
    const { id } = await (await post({ articles: [lbc, meduza, SEED], title: "Kept" })).json();
    expect((await remove(req(`/api/stories/${id}`, "DELETE", { client: "203.0.113.9" }), ctx(id))).status).toBe(403);
    expect((await getOne(req(`/api/stories/${id}`, "GET"), ctx(id))).status).toBe(200);
  });
});
