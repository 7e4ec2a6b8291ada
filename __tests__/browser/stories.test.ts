import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, openPage, PHONE, DESKTOP, screenshot } from "./helpers";

const FIXTURES = path.resolve(__dirname, "..", "fixtures", "stories", "paris-summit");
const SEED = "us-europe-ukraine-security-guarantees";
const DOCS = path.resolve(__dirname, "..", "..", "docs", "screenshots");

/** Adds one Paris-summit article through the API, as an upload of its Markdown file would. */
async function addFixture(name: string): Promise<string> {
  const form = new FormData();
  form.set("file", new File([readFileSync(path.join(FIXTURES, name))], name, { type: "text/markdown" }));
  const res = await fetch(`${baseUrl()}/api/articles`, { method: "POST", body: form });
  expect(res.status).toBeLessThan(300);
  return ((await res.json()) as { id: string }).id;
}

let browser: Browser;
let added: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  // the seed is one of the eight; the other seven come in as a user would add them
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith(".md") && !f.startsWith(SEED));
  added = [];
  for (const name of names) added.push(await addFixture(name));
}, 120_000);
afterAll(() => browser?.close());

async function saveDocShot(page: Page, name: string) {
  mkdirSync(DOCS, { recursive: true });
  const file = await screenshot(page, name);
  copyFileSync(file, path.join(DOCS, `${name}.png`));
}

describe("stories in the browser", () => {
  it("Make a story from the seed's dashboard → the summit is one event reported by several articles → its versions side by side → a deep link reopens the view", async () => {
    const { page, console: log } = await openPage(browser);
    await page.goto(`${baseUrl()}/articles/${SEED}`);
    await page.getByText("Make a story", { exact: true }).click();
    const form = page.getByRole("form", { name: "Make a story" });
    // the Paris coverage is suggested, the open article already picked
    await expect(form.locator(`input[value="${SEED}"]`).isChecked()).resolves.toBe(true);
    const labels = form.locator("label:has(input[name=article])");
    const firstSuggested = (await labels.evaluateAll((ls) => ls.map((l) => (l.querySelector("input") as HTMLInputElement).value))).slice(1, added.length + 1);
    expect([...firstSuggested].sort()).toEqual([...added].sort());
    for (const id of added) {
      const label = form.locator(`label:has(input[value="${id}"])`);
      await expect(label.locator("[data-suggested]").textContent()).resolves.toMatch(/shares|in common/);
      await label.locator("input").check();
    }
    await form.getByLabel("Title (optional)").fill("Paris summit on Ukraine");
    await form.getByRole("button", { name: "Save and open" }).click();
    await page.waitForURL(/\/stories\/paris-summit-on-ukraine-[0-9a-f]{6}$/);
    const storyId = new URL(page.url()).pathname.split("/").pop()!;

    const story = await (await fetch(`${baseUrl()}/api/stories/${storyId}`)).json();
    expect(story.articles).toHaveLength(added.length + 1);
    const summit = story.events.find((e: { label: string; articles: string[] }) => e.articles.length >= 5 && /meeting|summit/i.test(e.label));
    expect(summit).toBeDefined();
    // one actor each, however many articles and spellings
    for (const name of [/Macron/, /Starmer/, /Zelensk/]) {
      const people = story.actors.filter((a: { name: string; kind: string }) => name.test(a.name) && a.kind !== "media");
      expect(people).toHaveLength(1);
      expect(new Set(people[0].mentions.map((m: { article: string }) => m.article)).size).toBeGreaterThanOrEqual(3);
    }

    // the summit's mark on the timeline carries the number of articles; selecting it shows their versions
    const mark = page.locator(`[data-story-event="${summit.id}"]`);
    await expect(mark.textContent()).resolves.toContain(String(summit.articles.length));
    await mark.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`select=event:${summit.id}`));
    const versions = page.locator("[data-versions] tbody tr");
    await expect(versions.count()).resolves.toBeGreaterThanOrEqual(summit.articles.length);
    const outlets = await page.locator("[data-versions] tbody tr td:first-child a").allTextContents();
    expect(new Set(outlets).size).toBe(summit.articles.length);
    expect(outlets).toEqual(expect.arrayContaining(["TASS", "Meduza"]));
    // TASS announced it as scheduled, the later articles report it as fact: the difference is marked
    await expect(page.locator("[data-versions] [data-differs]").count()).resolves.toBeGreaterThan(0);
    // one actor row each in the actor table
    for (const name of ["Emmanuel Macron", "Keir Starmer"]) await expect(page.locator("[data-actor-table] tbody tr td:first-child a", { hasText: name }).count()).resolves.toBe(1);
    await saveDocShot(page, "story-1440");

    // one outlet's graph alone, with the selection kept
    const meduza = story.articles.find((a: { source: string }) => a.source === "Meduza").id;
    await page.locator(`[data-subset-article="${meduza}"]`).click();
    await page.waitForURL(new RegExp(`articles=${meduza}`));
    const link = page.url();
    expect(link).toContain(`select=event:${summit.id}`);
    await expect(page.locator("[data-versions] tbody tr td:first-child a").allTextContents()).resolves.toEqual(expect.arrayContaining(["Meduza"]));
    const versionsAlone = await page.locator("[data-versions] tbody tr").count();
    expect(log.errors()).toEqual([]);

    // the deep link in a fresh context reopens the same view
    const fresh = await openPage(browser, { viewport: DESKTOP });
    await fresh.page.goto(link);
    await expect(fresh.page.locator("[data-versions] tbody tr").count()).resolves.toBe(versionsAlone);
    await expect(fresh.page.locator(`[data-subset-article="${meduza}"]`).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(fresh.page.locator(`[data-story-event="${summit.id}"]`).getAttribute("aria-current")).resolves.toBe("true");
    await fresh.page.context().close();

    // unknown values in the link are dropped with the usual notice
    const bad = await openPage(browser);
    await bad.page.goto(`${baseUrl()}/stories/${storyId}?articles=nope,${meduza}&select=event:zzz`);
    await expect(bad.page.getByRole("status").textContent()).resolves.toMatch(/ignored: articles=nope \(not in this story\).*ignored: select=event:zzz/);
    await bad.page.context().close();

    // on a phone
    const phone = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await phone.page.goto(`${baseUrl()}/stories/${storyId}?select=event:${summit.id}`);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await saveDocShot(phone.page, "story-390");
    await phone.page.context().close();
    await page.context().close();
  });

  it("POST /api/stories with an unknown article → 422 naming it; GET an unknown story → 404 page", async () => {
    const res = await fetch(`${baseUrl()}/api/stories`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ articles: [SEED, "no-such-article"] }) });
    expect(res.status).toBe(422);
    expect((await res.json()).articles).toEqual(["no-such-article"]);
    expect((await fetch(`${baseUrl()}/stories/no-such-story`)).status).toBe(404);
  });
});
