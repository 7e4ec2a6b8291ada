import http from "node:http";
import type { AddressInfo } from "node:net";
import { createSharedCache } from "@/server/shared-cache.mjs";

/**
 * The server's shared cache in front of a stand-in for Next: a handler that counts its calls and
 * answers with whatever headers the test asks for (?cc=<Cache-Control>&etag=…&size=…&status=…).
 */
type Origin = { url: string; calls: () => number; close: () => Promise<void>; cache: ReturnType<typeof createSharedCache> };

async function origin(options: { maxEntryBytes?: number } = {}): Promise<Origin> {
  const cache = createSharedCache(options);
  let calls = 0;
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return;
    cache.record(req, res);
    calls++;
    const q = new URL(req.url ?? "/", "http://x").searchParams;
    const body = "x".repeat(Number(q.get("size") ?? 5));
    res.statusCode = Number(q.get("status") ?? 200);
    res.setHeader("Cache-Control", q.get("cc") ?? "public, max-age=60, s-maxage=30");
    if (q.get("etag")) res.setHeader("ETag", `"${q.get("etag")}"`);
    res.setHeader("Content-Type", "text/plain");
    res.setHeader("X-Call", String(calls));
    if (q.get("vary")) res.setHeader("Vary", q.get("vary")!);
    // written in two pieces, as a streamed response would be
    res.write(body.slice(0, 2));
    res.end(body.slice(2));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    cache,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

let o: Origin;
afterEach(() => o?.close());

type Answer = { status: number; headers: { get(name: string): string | null }; text(): Promise<string> };

/** A GET with exactly these headers (fetch would add Cache-Control: no-cache to conditional requests). */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get(`${o.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: { get: (name) => (res.headers[name.toLowerCase()] as string | undefined) ?? null },
            text: async () => body,
          });
        });
      })
      .on("error", reject);
  });

it("answers a repeat of a response that opts in with s-maxage from the cache, body and headers intact", async () => {
  o = await origin();
  const first = await get("/a?size=1000&etag=v1");
  const firstBody = await first.text();
  const second = await get("/a?size=1000&etag=v1");
  expect(await second.text()).toBe(firstBody);
  expect(o.calls()).toBe(1);
  expect(second.headers.get("x-call")).toBe("1");
  expect(second.headers.get("etag")).toBe('"v1"');
  expect(second.headers.get("content-type")).toBe("text/plain");
  expect(second.headers.get("age")).toMatch(/^\d+$/);
  expect(first.headers.get("age")).toBeNull();
});

it("answers 304 from the cache when the client already has the version", async () => {
  o = await origin();
  await (await get("/a?etag=v1")).text();
  const res = await get("/a?etag=v1", { "If-None-Match": 'W/"v1"' });
  expect(res.status).toBe(304);
  expect(await res.text()).toBe("");
  const other = await get("/a?etag=v1", { "If-None-Match": '"v0"' });
  expect(other.status).toBe(200);
  expect(o.calls()).toBe(1);
});

it.each([
  ["private", "private, max-age=60"],
  ["no-store", "no-store"],
  ["no-cache", "public, no-cache"],
  ["s-maxage=0", "public, s-maxage=0"],
])("does not keep a response marked %s", async (_, cc) => {
  o = await origin();
  const path = `/b?cc=${encodeURIComponent(cc)}`;
  await (await get(path)).text();
  await (await get(path)).text();
  expect(o.calls()).toBe(2);
});

it("does not keep errors, and keeps query strings apart", async () => {
  o = await origin();
  await (await get("/c?status=404")).text();
  await (await get("/c?status=404")).text();
  expect(o.calls()).toBe(2);
  await (await get("/c?v=1")).text();
  await (await get("/c?v=2")).text();
  expect(o.calls()).toBe(4);
});

it("goes to the origin when the client asks for a fresh answer", async () => {
  o = await origin();
  await (await get("/d")).text();
  await (await get("/d", { "Cache-Control": "no-cache" })).text();
  expect(o.calls()).toBe(2);
});

it("keeps compressed and plain variants apart (Vary: Accept-Encoding)", async () => {
  o = await origin();
  await (await get("/e?vary=Accept-Encoding", { "Accept-Encoding": "gzip" })).text();
  await (await get("/e?vary=Accept-Encoding", { "Accept-Encoding": "identity" })).text();
  expect(o.calls()).toBe(2);
  await (await get("/e?vary=Accept-Encoding", { "Accept-Encoding": "gzip" })).text();
  expect(o.calls()).toBe(2);
});

it("does not keep a response larger than the entry limit, and stays within its byte budget", async () => {
  o = await origin({ maxEntryBytes: 100 });
  await (await get("/f?size=101")).text();
  await (await get("/f?size=101")).text();
  expect(o.calls()).toBe(2);
  await (await get("/f?size=100")).text();
  expect(o.cache.size).toBe(1);
  expect(o.cache.bytes).toBe(100);
});

it("lets an entry expire after its s-maxage", async () => {
  o = await origin();
  await (await get("/g?cc=public,s-maxage=1")).text();
  await (await get("/g?cc=public,s-maxage=1")).text();
  expect(o.calls()).toBe(1);
  await new Promise((r) => setTimeout(r, 1100));
  await (await get("/g?cc=public,s-maxage=1")).text();
  expect(o.calls()).toBe(2);
});
