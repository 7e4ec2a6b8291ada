import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { startServer } from "@/scripts/lib/server.mjs";
import { baseUrl, eventually, launchBrowser, openPage } from "./helpers";

/**
 * Data that must not be lost or written by the wrong people (issue 13): the write token in the
 * browser, a cross-site form post, and a server killed in the middle of a burst of writes.
 */
const seeds = path.resolve(__dirname, "..", "..", "seeds");
let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(tmpdir(), "newsline-safety-"));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("who may write", () => {
  it("with NEWSLINE_WRITE_TOKEN set, the form asks for the token once, refuses a wrong one, then saves", async () => {
    const server = await startServer({ env: { NEWSLINE_WRITE_TOKEN: "correct horse", NEWSLINE_DB: path.join(dir, "token.db"), NEWSLINE_ARTICLES_DIR: seeds } });
    try {
      expect((await fetch(`${server.url}/api/articles`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"text":"A\\nB said."}' })).status).toBe(401);
      const { page } = await openPage(browser);
      await page.goto(`${server.url}/new`);
      await page.locator("section[data-ready]").waitFor();
      await page.getByLabel("Text", { exact: true }).fill("Ferry service resumes\nThe ferry service resumed on Tuesday, the operator said.");
      await page.getByRole("button", { name: "Read the article" }).click();
      await page.getByLabel("Write token").waitFor();
      await page.getByLabel("Write token").fill("wrong horse");
      await page.getByRole("button", { name: "Use this token" }).click();
      await eventually(async () => expect(await page.getByText("The write token is not right.").count()).toBeGreaterThan(0));
      await page.getByLabel("Write token").fill("correct horse");
      await page.getByRole("button", { name: "Use this token" }).click();
      await page.getByTestId("preview-counts").waitFor();
      const cookies = await page.context().cookies();
      const cookie = cookies.find((c) => c.name === "newsline_write")!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      expect(cookie.value).not.toContain("horse");
      await page.getByRole("button", { name: "Save and open" }).click();
      await page.waitForURL(/\/articles\/ferry-service-resumes-[0-9a-f]{6}$/);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it("a form on another site posting to /api/articles is refused, and nothing is stored", async () => {
    const pages = process.env.NEWSLINE_PAGES_URL!;
    const { page } = await openPage(browser);
    await page.goto(`${pages}/cross-site-form?target=${encodeURIComponent(baseUrl())}`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().startsWith(`${baseUrl()}/api/articles`)), page.click("button")]);
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "Refused: the request comes from another site" });
    const list = await (await fetch(`${baseUrl()}/api/articles`)).json();
    expect(list.articles.some((a: { title?: string }) => a.title === "Planted")).toBe(false);
    await page.context().close();
  });
});

describe("a crash in the middle of writes", () => {
  it("kill -9 during a burst of writes leaves a valid database with every acknowledged article", async () => {
    const file = path.join(dir, "crash.db");
    const env = { NEWSLINE_DB: file, NEWSLINE_ARTICLES_DIR: seeds, NEWSLINE_WRITE_RATE: "100000" };
    const server = await startServer({ env });
    const acknowledged: { id: string; title: string }[] = [];
    let failures = 0;
    let n = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const title = `Storm report number ${++n}`;
        try {
          const res = await fetch(`${server.url}/api/articles`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ title, text: `The storm closed ${n} roads on Monday, officials said, and ${n} schools stayed shut.` }),
          });
          if (res.status === 201) acknowledged.push({ id: (await res.json()).id, title });
          else failures++;
        } catch {
          // the connection died with the server: not acknowledged, so not owed
        }
      }
    };
    const writers = Array.from({ length: 6 }, writer);
    await eventually(() => expect(acknowledged.length).toBeGreaterThanOrEqual(60), 60_000);
    process.kill(-server.pid!, "SIGKILL");
    killed = true;
    await Promise.all(writers);
    await server.close();
    expect(failures).toBe(0);

    const check = new Database(file);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set((check.prepare("SELECT id FROM articles").all() as { id: string }[]).map((r) => r.id));
    check.close();
    for (const a of acknowledged) expect(stored.has(a.id)).toBe(true);

    const again = await startServer({ env });
    try {
      for (const a of acknowledged.slice(-10)) {
        const res = await fetch(`${again.url}/api/articles/${a.id}`);
        expect(res.status).toBe(200);
        expect((await res.json()).article.title).toBe(a.title);
      }
      const list = await (await fetch(`${again.url}/api/articles`)).json();
      expect(list.articles.filter((a: { added?: unknown }) => a.added).length).toBe(stored.size);
    } finally {
      await again.close();
    }
  }, 120_000);
});
