import path from "node:path";
import { startPostgres } from "@/scripts/lib/postgres.mjs";
import { startServer } from "@/scripts/lib/server.mjs";
import { eventually } from "./helpers";

/**
 * Several instances, one database (issue 13): two production servers on one PostgreSQL, as behind a
 * load balancer. What one adds the other serves at once; what one deletes the other stops serving
 * within its recheck delay (3 s); the same text added through both is one article.
 */
const seeds = path.resolve(__dirname, "..", "..", "seeds");
let pg: Awaited<ReturnType<typeof startPostgres>>;
let a: Awaited<ReturnType<typeof startServer>>;
let b: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  pg = await startPostgres();
  const env = { DATABASE_URL: pg.url, NEWSLINE_ARTICLES_DIR: seeds, NEWSLINE_DB: "" };
  [a, b] = await Promise.all([startServer({ env }), startServer({ env })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await pg?.stop();
});

const add = (server: { url: string }, text: string) =>
  fetch(`${server.url}/api/articles`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published: "2026-01-05" }) });

describe("two instances on one PostgreSQL", () => {
  it("share articles: added on one, listed, served and deleted through the other", async () => {
    const res = await add(a, "Harbour reopens\nThe harbour reopened on Monday after the storm, the port authority said.");
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const onB = await fetch(`${b.url}/api/articles/${id}`);
    expect(onB.status).toBe(200);
    expect((await onB.json()).article.title).toBe("Harbour reopens");
    const listed = await (await fetch(`${b.url}/api/articles`)).json();
    expect(listed.articles.some((x: { id: string }) => x.id === id)).toBe(true);
    expect((await fetch(`${b.url}/articles/${id}`)).status).toBe(200);

    // the same text through the other instance is the same article
    const again = await add(b, "Harbour reopens\nThe harbour reopened on Monday after the storm, the port authority said.");
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(id);

    expect((await fetch(`${b.url}/api/articles/${id}`, { method: "DELETE" })).status).toBe(204);
    // the page, which no shared cache keeps, stops on both within the instances' recheck delay
    await eventually(async () => expect((await fetch(`${a.url}/articles/${id}`)).status).toBe(404), 10_000);
    expect((await fetch(`${b.url}/articles/${id}`)).status).toBe(404);
  });

  it("agree on one article when both add the same new text at the same moment", async () => {
    const text = "Bridge closes\nThe bridge closed on Tuesday for inspection, engineers said.";
    const answers = await Promise.all([a, b, a, b, a, b].map((s) => add(s, text)));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((x) => x.id)).size).toBe(1);
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5);
  });
});
