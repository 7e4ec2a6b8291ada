import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, openPage, PHONE, DESKTOP, screenshot } from "./helpers";

const FIXTURES = path.resolve(__dirname, "..", "fixtures", "stories", "paris-summit");
const SEED = "us-europe-ukraine-security-guarantees";
const DOCS = path.resolve(__dirname, "..", "..", "docs", "screenshots");
/** The day of the Paris summit: the articles before it announce it, those after report it. */
const SUMMIT_DAY = "2026-01-06";

type StoryJson = {
  articles: { id: string; source: string; referenceDate: string }[];
  events: {
    id: string;
    label: string;
    articles: string[];
    reports: { article: string; label: string; kind: string; certainty: string; sentence: string }[];
    history: { article: string; outlet: string; date: string; certainty: string }[];
  }[];
  actors: { id: string; name: string; kind: string; mentions: { article: string; name: string }[] }[];
  outlets: {
    article: string;
    outlet: string;
    claims: number;
    unattributedEvaluative: number;
    unattributedEvaluativeShare: number;
    framing: { claim: string; words: string[]; quoted: string[] }[];
  }[];
};

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

    const story: StoryJson = await (await fetch(`${baseUrl()}/api/stories/${storyId}`)).json();
    expect(story.articles).toHaveLength(added.length + 1);
    const published = new Map(story.articles.map((a) => [a.id, a.referenceDate]));
    // (a) the summit is one event, reported by every article
    const summit = story.events.find((e) => /meeting|summit/i.test(e.label) && e.articles.length === story.articles.length)!;
    expect(summit).toBeDefined();
    expect(story.events.filter((e) => e.reports.some((r) => r.kind === "summit" && !/several/i.test(r.label))).map((e) => e.id)).toEqual([summit.id]);
    // (b) scheduled in the articles before the summit day, a fact in those after it
    const before = summit.history.filter((h) => h.date < SUMMIT_DAY);
    const after = summit.history.filter((h) => h.date > SUMMIT_DAY);
    expect(before.map((h) => h.outlet)).toEqual(["TASS", "Voennoe Delo"]);
    expect(before.map((h) => h.certainty)).toEqual(["scheduled", "scheduled"]);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(after.map((h) => h.certainty)).toEqual(after.map(() => "fact"));
    // (c) the declaration signed at the summit: the seed article only anticipated it ("could release
    // a formal statement"), the later articles report it as done, and it is one event
    const declaration = story.events.find((e) => e.reports.some((r) => r.article === SEED && r.kind === "statement" && /statement/i.test(r.label)))!;
    expect(declaration).toBeDefined();
    const seedReports = declaration.reports.filter((r) => r.article === SEED);
    expect(seedReports.map((r) => r.certainty).filter((c) => c === "fact")).toEqual([]);
    expect(seedReports.some((r) => /could release a formal statement/.test(r.sentence))).toBe(true);
    const signed = declaration.reports.filter((r) => r.article !== SEED && r.certainty === "fact" && /declaration/i.test(`${r.label} ${r.sentence}`));
    expect(new Set(signed.map((r) => r.article)).size).toBeGreaterThanOrEqual(2);
    for (const r of signed) expect(published.get(r.article)! >= SUMMIT_DAY).toBe(true);
    expect(signed.some((r) => /signed a declaration/.test(r.sentence))).toBe(true);
    expect(declaration.history[0]).toMatchObject({ article: SEED });
    expect(declaration.history.at(-1)!.certainty).toBe("fact");
    expect(declaration.id).not.toBe(summit.id);
    // (d) one actor each, however many articles and spellings
    for (const name of [/Macron/, /Starmer/, /Zelensk/, /Witkoff/, /Kushner/]) {
      const people = story.actors.filter((a) => name.test(a.name) && a.kind !== "media");
      expect(people).toHaveLength(1);
      expect(new Set(people[0]!.mentions.map((m) => m.article)).size).toBeGreaterThanOrEqual(3);
      expect(story.actors.filter((a) => a.mentions.some((m) => name.test(m.name)) && a.kind !== "media").map((a) => a.id)).toEqual([people[0]!.id]);
    }

    // the summit's mark on the timeline carries the number of articles; selecting it shows their versions
    const mark = page.locator(`[data-story-event="${summit.id}"]:visible`);
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
    // (b) on the page: the versions of the articles before the summit day say scheduled, never fact; those after say fact
    for (const [article, date] of published) {
      if (date === SUMMIT_DAY) continue;
      const certainties = await page.locator(`[data-versions] tbody tr[data-version="${article}"] td:nth-child(3)`).allTextContents();
      expect([article, certainties.length > 0]).toEqual([article, true]);
      if (date < SUMMIT_DAY) expect([article, certainties.includes("scheduled"), certainties.includes("fact")]).toEqual([article, true, false]);
      else expect([article, certainties.includes("fact")]).toEqual([article, true]);
    }
    // (d) one actor row each in the actor table
    for (const name of ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky", "Steve Witkoff", "Jared Kushner"]) await expect(page.locator("[data-actor-table] tbody tr td:first-child a", { hasText: name }).count()).resolves.toBe(1);
    await saveDocShot(page, "story-1440");

    // (c) on the page: the declaration's versions, the seed's anticipated, the later ones done
    await page.locator(`[data-event-row="${declaration.id}"] a`).click();
    await page.waitForURL(new RegExp(`select=event:${declaration.id}`));
    const seedCertainty = await page.locator(`[data-versions] tbody tr[data-version="${SEED}"] td:nth-child(3)`).allTextContents();
    expect(seedCertainty.length).toBeGreaterThan(0);
    expect(seedCertainty).not.toContain("fact");
    for (const r of signed) await expect(page.locator(`[data-versions] tbody tr[data-version="${r.article}"] td:nth-child(3)`, { hasText: "fact" }).count()).resolves.toBeGreaterThan(0);
    await page.locator("[data-versions]").scrollIntoViewIfNeeded();
    await saveDocShot(page, "story-declaration-1440");

    // (e) the outlets compared: the seed outlet's own evaluative framing, in its own sentences with the
    // loaded words marked, beside every other outlet's row
    const rows = page.locator("[data-outlet-table] tbody tr[data-outlet-row]");
    await expect(rows.count()).resolves.toBe(story.articles.length);
    const seedOutlet = story.outlets.find((o) => o.article === SEED)!;
    expect(seedOutlet.framing.length).toBeGreaterThan(0);
    const seedText = readFileSync(path.join(FIXTURES, `${SEED}.md`), "utf8");
    const framingCell = page.locator(`[data-outlet-row="${SEED}"] [data-framing]`);
    const sentences = await framingCell.locator("[data-framing-claim] q").allTextContents();
    expect(sentences).toHaveLength(seedOutlet.framing.length);
    for (const sentence of sentences) expect(seedText).toContain(sentence);
    expect(sentences.some((x) => /portrayed not as a pathway to lasting peace/.test(x))).toBe(true);
    const marked = await framingCell.locator("mark[data-cue]").allTextContents();
    expect(marked).toEqual(expect.arrayContaining(["portrayed", "entirely disregarded"]));
    // loaded words in its own voice: more than in any other outlet's own voice
    const loaded = (o: StoryJson["outlets"][number]) => o.framing.reduce((n, f) => n + f.words.length, 0);
    for (const o of story.outlets.filter((x) => x.article !== SEED)) expect([o.outlet, loaded(o) < loaded(seedOutlet)]).toEqual([o.outlet, true]);
    // every other outlet's row is there, its own share and framing (or none) beside the seed's
    for (const o of story.outlets) {
      const cell = page.locator(`[data-outlet-row="${o.article}"] [data-framing]`);
      await expect(cell.textContent()).resolves.toContain(`${Math.round(o.unattributedEvaluativeShare * 100)}% (${o.unattributedEvaluative} of ${o.claims} claims)`);
      await expect(cell.locator("[data-framing-claim]").count()).resolves.toBe(o.framing.length);
    }
    // the shot starts at the seed's row, the others' below it
    await page.locator(`[data-outlet-row="${SEED}"]`).evaluate((row) => row.scrollIntoView({ block: "start" }));
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(await screenshot(page, "story-outlets-1440"), path.join(DOCS, "story-outlets-1440.png"));

    // back to the summit for the subset below
    await page.goto(`${baseUrl()}/stories/${storyId}?select=event:${summit.id}`);

    // one outlet's graph alone, with the selection kept
    const meduza = story.articles.find((a) => a.source === "Meduza")!.id;
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
    await expect(fresh.page.locator(`[data-story-event="${summit.id}"]:visible`).getAttribute("aria-current")).resolves.toBe("true");
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
    // the phone gets the narrow chart: every date column and mark inside the screen, no sideways scroll
    const charts = phone.page.locator('[data-panel="story-timeline"] svg:visible');
    await expect(charts.count()).resolves.toBe(1);
    const marks = await phone.page.locator('[data-panel="story-timeline"] svg:visible [data-story-event] circle').evaluateAll((circles) =>
      circles.map((c) => c.getBoundingClientRect().right),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(Math.max(...marks)).toBeLessThanOrEqual(PHONE.width);
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
