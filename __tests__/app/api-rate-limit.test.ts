import { POST as add } from "@/app/api/articles/route";
import { POST as preview } from "@/app/api/preview/route";
import { createLimiter } from "@/lib/guard";
import { closeDatabase } from "@/lib/store/db";

process.env.NEWSLINE_WRITE_RATE = "3";
process.env.NEWSLINE_FETCH_RATE = "2";
afterAll(() => closeDatabase());

const req = (path: string, body: unknown, client: string) =>
  new Request(`http://localhost:3000${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { host: "localhost:3000", "content-type": "application/json", "x-newsline-client-ip": client },
  });

describe("rate limits", () => {
  it("a token bucket refills with time and bounds a burst", () => {
    let now = 0;
    const limiter = createLimiter({ perMinute: 6, burst: 2, now: () => now });
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 10 });
    expect(limiter.take("b").ok).toBe(true);
    now += 10_000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("remembers a bounded number of clients", () => {
    const limiter = createLimiter({ perMinute: 1, burst: 1, maxClients: 2 });
    limiter.take("a");
    limiter.take("b");
    limiter.take("c"); // "a" is forgotten, and starts again with a full bucket
    expect(limiter.take("a").ok).toBe(true);
  });

  it("answers 429 with Retry-After once a client has written its share, while other clients still write", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await add(req("/api/articles", { text: `Title ${i}\nThe mayor said ${i}.` }, "127.0.0.1"))).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await add(req("/api/articles", { text: "Late\nThe mayor said so." }, "127.0.0.1"));
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await refused.json()).error).toMatch(/^Too many requests/);
    expect((await add(req("/api/articles", { text: "Other\nThe mayor said so." }, "127.0.0.2"))).status).toBe(201);
  });

  it("limits link fetches on their own", async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await (await preview(req("/api/preview", { url: `http://192.0.2.${i + 1}/a` }, "127.0.0.3"))).json());
    // the first two are fetched (and refused for their address); the third is not even tried
    expect(answers[0].error).toMatch(/private or local/);
    expect(answers[1].error).toMatch(/private or local/);
    expect(answers[2].error).toMatch(/too many links in a minute/);
  });
});
