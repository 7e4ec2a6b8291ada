import type { Browser } from "playwright-core";
import type { Analysis } from "@/lib/model/analysis";
import { baseUrl, describeViolations, eventually, fetchAnalysis, launchBrowser, openPage, runAxe, severe, waitForDashboard } from "./helpers";

/**
 * The article text of a long article (issue 5): the first passages are rendered, with a count and
 * buttons for more; a selection whose evidence lies beyond them still shows, highlights and
 * scrolls to it, on the server's first paint and after hydration. The article is a synthetic one
 * (scripts/browser-tests.mjs serves them with NEWSLINE_SYNTHETIC=1): 600 passages in one paragraph.
 */
const LONG = "synthetic-e20-a10-r600";
const TEXT = "[data-testid='article-text']";
const PAGE = 250;

let browser: Browser;
let analysis: Analysis;

beforeAll(async () => {
  browser = await launchBrowser();
  analysis = await fetchAnalysis(LONG);
});

afterAll(async () => {
  await browser?.close();
});

describe("the article text of a long article", () => {
  it("renders the first passages with a count; 'Show more' and 'Show all' add the rest, by keyboard", async () => {
    const { page, console } = await openPage(browser);
    await page.goto(`${baseUrl()}/articles/${LONG}?view=text`);
    await waitForDashboard(page);
    const rows = page.locator(`${TEXT} .isolate`);
    expect(await rows.count()).toBe(PAGE);
    const status = page.locator(`${TEXT} [data-testid='text-pager'] [role='status']`);
    expect(await status.textContent()).toBe(`Showing ${PAGE} of 600 passages`);

    await page.getByRole("button", { name: `Show ${PAGE} more passages` }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () => expect(await rows.count()).toBe(2 * PAGE));
    await page.getByRole("button", { name: "Show all 600 passages" }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () => expect(await rows.count()).toBe(600));
    expect(await status.textContent()).toBe("All 600 passages shown");
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });

  it("a deep link to a relation beyond the rendered passages shows, highlights and reveals its evidence (axe-clean)", async () => {
    const relation = analysis.relations.at(-1)!;
    const { start, end } = relation.evidence[0]!;
    const { page, console } = await openPage(browser);
    // without JavaScript first: the server's HTML already holds the evidence
    const html = await (await fetch(`${baseUrl()}/articles/${LONG}?select=relation:${relation.id}`)).text();
    expect(html).toContain("The selection, further in the article:");

    await page.goto(`${baseUrl()}/articles/${LONG}?select=relation:${relation.id}`);
    await waitForDashboard(page);
    const mark = page.locator(`${TEXT} [data-pinned] mark.evidence`).first();
    expect(await page.locator(`${TEXT} [data-pinned] mark.evidence`).allTextContents()).toEqual([analysis.article.text.slice(start, end)]);
    // revealed inside the text's scrolling panel
    await eventually(async () => {
      const inView = await mark.evaluate((el) => {
        let panel = el.parentElement;
        while (panel && !/(auto|scroll)/.test(getComputedStyle(panel).overflowY)) panel = panel.parentElement;
        if (!panel) return false;
        const m = el.getBoundingClientRect();
        const p = panel.getBoundingClientRect();
        return m.top >= p.top && m.bottom <= p.bottom;
      });
      expect(inView).toBe(true);
    });
    // the count, the buttons and the pinned passage read right to assistive technology
    expect(describeViolations(severe(await runAxe(page)))).toEqual([]);
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });
});
