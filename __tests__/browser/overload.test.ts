import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

/**
 * The production server under a burst it cannot take at once (server/render-gate.mjs): its own
 * server, started with a gate of one request in Next and two waiting, so a burst of twelve overflows.
 * What overflows gets a clear 503 with Retry-After (JSON under /api), never a 500 or a hang; build
 * assets never wait behind pages; and once the burst is over every place is free again.
 */
const SEED = "us-europe-ukraine-security-guarantees";
let server: ChildProcess;
let url: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join("server", "index.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEWSLINE_MAX_RENDERS: "1", NEWSLINE_MAX_QUEUE: "2" },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/articles`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the overload test's server did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

afterAll(() => {
  server?.kill("SIGTERM");
});

type Outcome = { status: number; retryAfter: string | null; type: string | null; body: string };
async function get(p: string): Promise<Outcome> {
  const res = await fetch(url + p);
  return { status: res.status, retryAfter: res.headers.get("retry-after"), type: res.headers.get("content-type"), body: await res.text() };
}

describe("the production server under a burst (gate: 1 in Next, 2 waiting)", () => {
  it("answers what overflows with 503 and Retry-After, the rest with 200, never 500", async () => {
    const pages = Array.from({ length: 8 }, (_, i) => `/articles/${SEED}?q=burst${i}`);
    const apis = Array.from({ length: 4 }, (_, i) => `/api/articles/${SEED}/graph.svg?width=${600 + i}`);
    const outcomes = await Promise.all([...pages, ...apis].map(get));
    const statuses = outcomes.map((o) => o.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes.filter((x) => x.status === 503)) expect(o.retryAfter).toBe("1");
    const shedApi = outcomes.slice(pages.length).filter((o) => o.status === 503);
    for (const o of shedApi) {
      expect(o.type).toMatch(/^application\/json/);
      expect(JSON.parse(o.body)).toEqual({ error: expect.stringMatching(/busy/i) });
    }
  });

  it("serves build assets while pages queue, and takes requests again once the burst is over", async () => {
    const html = (await get(`/articles/${SEED}`)).body;
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const burst = Array.from({ length: 6 }, (_, i) => get(`/articles/${SEED}?q=again${i}`));
    const assets = await Promise.all(Array.from({ length: 5 }, () => get(asset!)));
    expect(assets.map((o) => o.status)).toEqual([200, 200, 200, 200, 200]);
    await Promise.all(burst);
    const after = await Promise.all([get(`/articles/${SEED}`), get(`/api/articles/${SEED}`)]);
    expect(after.map((o) => o.status)).toEqual([200, 200]);
  });
});
