import { readFileSync } from "node:fs";
import path from "node:path";
import { POST as add, GET as list } from "@/app/api/articles/route";
import { DELETE as remove, GET as getOne } from "@/app/api/articles/[id]/route";
import { POST as preview } from "@/app/api/preview/route";
import { POST as signIn } from "@/app/api/session/route";
import { closeDatabase } from "@/lib/store/db";
import { resetStore } from "@/lib/store";

// Generous limits here: the rate limit has its own tests (guard.test.ts).
process.env.NEWSLINE_WRITE_RATE = "1000";
process.env.NEWSLINE_PREVIEW_RATE = "1000";

const HOST = "localhost:3000";
const ORIGIN = `http://${HOST}`;
const wildfire = readFileSync(path.join(__dirname, "../fixtures/pasted/wyoming-wildfire.txt"), "utf8");
const page = readFileSync(path.join(__dirname, "../fixtures/pasted/pages/delta-fire.html"));

type Init = { body?: BodyInit; type?: string | null; headers?: Record<string, string>; client?: string };
function req(url: string, method: string, { body, type = "application/json", headers = {}, client = "127.0.0.1" }: Init = {}): Request {
  const h: Record<string, string> = { host: HOST, "x-newsline-client-ip": client, ...headers };
  if (type) h["content-type"] = type;
  return new Request(`${ORIGIN}${url}`, { method, body, headers: h });
}
const json = (value: unknown) => JSON.stringify(value);
const post = (value: unknown, init: Init = {}) => add(req("/api/articles", "POST", { body: json(value), ...init }));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const form = (name: string, bytes: Uint8Array | string, type = "text/plain") => {
  const f = new FormData();
  f.set("file", new File([bytes as BlobPart], name, { type }));
  return f;
};
async function postForm(f: FormData) {
  const encoded = new Response(f);
  return add(req("/api/articles", "POST", { body: await encoded.arrayBuffer(), type: encoded.headers.get("content-type") }));
}

beforeEach(() => {
  delete process.env.NEWSLINE_WRITE_TOKEN;
  resetStore();
});
afterAll(() => closeDatabase());

describe("POST /api/articles: adding an article", () => {
  it("adds pasted text: 201 with { id, url } and Location, then the analysis and the list have it", async () => {
    const res = await post({ text: wildfire, source: "Reuters", published: "2018-09-23" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: expect.stringMatching(/^wyoming-wildfire-forces-evacuations-closes-highway-south-of-[0-9a-f]{6}$/), url: `/articles/${body.id}`, created: true });
    expect(res.headers.get("location")).toBe(body.url);
    const analysis = await (await getOne(req(`/api/articles/${body.id}`, "GET"), ctx(body.id))).json();
    expect(analysis.article).toMatchObject({ title: "Wyoming wildfire forces evacuations, closes highway south of Jackson", source: "Reuters", published: "2018-09-23" });
    expect(analysis.actors.length).toBeGreaterThan(0);
    const listed = (await (await list()).json()).articles;
    expect(listed[0]).toMatchObject({ ok: true, id: body.id, added: { origin: "api" } });
  });

  it("returns the existing article (200) when the same text comes again", async () => {
    const first = await (await post({ text: "Flood warning\nThe river rose on Monday, the council said." })).json();
    const again = await post({ text: "Flood warning\nThe river rose on Monday, the council said." });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...first, created: false });
  });

  it("reads uploaded .md, .txt and .html files", async () => {
    const md = await postForm(form("s.md", "---\ntitle: Port strike ends\nsource: Wire\npublished: 2025-04-01\n---\n\nDock workers returned on Monday, the union said.\n"));
    expect(md.status).toBe(201);
    const txt = await postForm(form("s.txt", "Bridge reopens\nThe bridge reopened on Friday, officials said.\n"));
    expect(txt.status).toBe(201);
    const html = await postForm(form("delta.html", new Uint8Array(page), "text/html"));
    expect(html.status).toBe(201);
    const { id } = await html.json();
    const analysis = await (await getOne(req(`/api/articles/${id}`, "GET"), ctx(id))).json();
    expect(analysis.article).toMatchObject({ source: "Reuters", published: "2018-09-05" });
    expect(analysis.article.text).not.toMatch(/Subscribe|Most read/);
  });

  it.each([
    ["an empty body", { text: "   " }, 400, "text", /The text is empty/],
    ["only a title line", { text: "Just a title\n\n" }, 422, "text", /holds only a title/],
    ["a bad date", { text: "T\nBody.", published: "06/01/2026" }, 400, "published", /publication date must be an ISO date/],
    ["a javascript: link", { text: "T\nBody.", url: "javascript:alert(1)" }, 400, "url", /link must be an http\(s\) address/],
    ["text that is not a string", { text: 42 }, 400, "text", /The text is required/],
  ])("refuses %s with a sentence naming the field", async (_what, value, status, field, message) => {
    const res = await post(value);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: expect.stringMatching(message), field });
  });

  it.each([
    ["a binary file", form("x.txt", new Uint8Array([1, 2, 0, 3])), 415, /binary/],
    ["a non-UTF-8 file", form("x.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9])), 415, /UTF-8/],
    ["an HTML page with no article", form("x.html", "<html><body><nav>Home · World</nav></body></html>", "text/html"), 422, /no article/],
  ])("refuses %s", async (_what, f, status, message) => {
    const res = await postForm(f);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(message);
  });

  it("refuses a 5 MB body with 413 before reading it all, and a body that is neither JSON nor a form with 415", async () => {
    const big = await add(req("/api/articles", "POST", { body: "x".repeat(5 * 1024 * 1024), type: "application/json" }));
    expect(big.status).toBe(413);
    const odd = await add(req("/api/articles", "POST", { body: "text=hi", type: "application/x-www-form-urlencoded" }));
    expect(odd.status).toBe(415);
    const broken = await add(req("/api/articles", "POST", { body: "{not json" }));
    expect(broken.status).toBe(400);
  });

  it("leaves nothing behind when a request is refused", async () => {
    const before = (await (await list()).json()).articles.length;
    await post({ text: "" });
    await postForm(form("x.txt", new Uint8Array([0])));
    expect((await (await list()).json()).articles.length).toBe(before);
  });
});

describe("the write guard", () => {
  it("lets this machine write without a token, and no one else", async () => {
    expect((await post({ text: "A\nB said C." }, { client: "127.0.0.1" })).status).toBeLessThan(300);
    expect((await post({ text: "A\nB said C." }, { client: "::ffff:127.0.0.1" })).status).toBeLessThan(300);
    const remote = await post({ text: "A\nB said D." }, { client: "203.0.113.9" });
    expect(remote.status).toBe(403);
    expect((await remote.json()).error).toMatch(/Only this machine/);
  });

  it("refuses a cross-origin form post, and a page that rebinds its own name to 127.0.0.1", async () => {
    expect((await post({ text: "A\nB." }, { headers: { origin: "http://evil.example" } })).status).toBe(403);
    expect((await post({ text: "A\nB." }, { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
    // DNS rebinding: the browser's origin and host agree, but the name is not a loopback one
    expect((await post({ text: "A\nB." }, { headers: { host: "evil.example:3000", origin: "http://evil.example:3000" } })).status).toBe(403);
  });

  it("with NEWSLINE_WRITE_TOKEN, needs the token: none is 401, a wrong one 401, the bearer or the session cookie passes", async () => {
    process.env.NEWSLINE_WRITE_TOKEN = "s3cret-token";
    const none = await post({ text: "Tok\nThe mayor said so." });
    expect(none.status).toBe(401);
    expect((await post({ text: "Tok\nThe mayor said so." }, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    expect((await post({ text: "Tok\nThe mayor said so." }, { headers: { authorization: "Bearer s3cret-token" } })).status).toBe(201);

    const wrong = await signIn(req("/api/session", "POST", { body: json({ token: "nope" }) }));
    expect(wrong.status).toBe(401);
    const ok = await signIn(req("/api/session", "POST", { body: json({ token: "s3cret-token" }) }));
    expect(ok.status).toBe(204);
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^newsline_write=[\w-]+; Path=\/; HttpOnly; SameSite=Strict/);
    expect(cookie).not.toContain("s3cret-token");
    const withCookie = await post({ text: "Tok\nThe mayor said it again." }, { headers: { cookie: cookie.split(";")[0]! }, client: "203.0.113.9" });
    expect(withCookie.status).toBe(201);
    // a token does not excuse another site's request
    expect((await post({ text: "Tok\nX." }, { headers: { authorization: "Bearer s3cret-token", origin: "http://evil.example" } })).status).toBe(403);
  });

  it("guards deletes too, deletes user articles only, and the deleted id then answers 404", async () => {
    const { id } = await (await post({ text: "To delete\nThe council said it would go." })).json();
    expect((await remove(req(`/api/articles/${id}`, "DELETE", { client: "203.0.113.9" }), ctx(id))).status).toBe(403);
    expect((await remove(req(`/api/articles/${id}`, "DELETE"), ctx(id))).status).toBe(204);
    expect((await getOne(req(`/api/articles/${id}`, "GET"), ctx(id))).status).toBe(404);
    expect((await remove(req(`/api/articles/${id}`, "DELETE"), ctx(id))).status).toBe(404);
    const seed = "us-europe-ukraine-security-guarantees";
    expect((await remove(req(`/api/articles/${seed}`, "DELETE"), ctx(seed))).status).toBe(403);
  });
});

describe("the preview", () => {
  it("shows what would be saved without saving it", async () => {
    const before = (await (await list()).json()).articles.length;
    const res = await preview(req("/api/preview", "POST", { body: json({ text: wildfire }) }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.article.title).toMatch(/^Wyoming wildfire/);
    expect(body.counts.actors).toBeGreaterThan(0);
    expect(body.id).toMatch(/^wyoming-wildfire-/);
    expect((await (await list()).json()).articles.length).toBe(before);
  });

  it("refuses a link to this machine's network", async () => {
    const res = await preview(req("/api/preview", "POST", { body: json({ url: "http://169.254.169.254/latest/meta-data/" }) }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ field: "url", error: expect.stringMatching(/^The link points to a private or local network address/) });
  });
});
