import type { Browser, Locator, Page } from "playwright-core";
import { baseUrl, dashboard as sel, eventually, launchBrowser, openPage, type ConsoleLog } from "./helpers";

/**
 * The server's static timeline is replaced by the live chart when the reader reaches for it. The
 * swap must not move anything (the reader is pointing at the chart when it happens), and the first
 * gesture on the static drawing must do what it does on the live chart.
 */
const ARTICLES = [
  "us-europe-ukraine-security-guarantees",
  // lanes, a stacked or side conditional column, undated marks and many labels to pack
  "synthetic-e120-a12-r40",
] as const;
const WIDTHS = [375, 768, 1440] as const;
const SECTION = "section.nl-timeline-view";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an article's dashboard and waits until it has hydrated with the server's static timeline still in place. */
async function openStatic(id: string, width: number, colorScheme: "light" | "dark"): Promise<{ page: Page; console: ConsoleLog }> {
  const opened = await openPage(browser, { viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  await opened.page.goto(`${baseUrl()}/articles/${id}`, { waitUntil: "networkidle" });
  await opened.page.waitForSelector(`${SECTION}[data-hydrated]:not([data-live]) .nl-timeline-static`, { timeout: 30_000 });
  return opened;
}

/** The static drawing CSS shows at this width (the other one is display: none). */
async function shownStatic(page: Page) {
  const svgs = page.locator(`${sel.staticTimeline} svg`);
  for (let i = 0; i < (await svgs.count()); i++) if (await svgs.nth(i).isVisible()) return svgs.nth(i);
  throw new Error("no static timeline drawing is shown");
}

const twoFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function sectionBox(page: Page) {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { top: r.top + window.scrollY, width: r.width, height: r.height };
  }, SECTION);
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForSelector(`${SECTION}[data-live] svg [data-event-id]`, { timeout: 30_000 });
  await page.waitForFunction((s) => !document.querySelector(`${s} .nl-timeline-static`), SECTION);
  await twoFrames(page);
}

describe("the swap from the static timeline to the live chart", () => {
  for (const id of ARTICLES) {
    it.each(WIDTHS.flatMap((w) => (["light", "dark"] as const).map((scheme) => [w, scheme] as const)))(
      `${id} at %i px (%s): the timeline keeps its box when the pointer enters it`,
      async (width, scheme) => {
        const { page, console } = await openStatic(id, width, scheme);
        await page.evaluate(() => document.fonts.ready);
        const drawing = await shownStatic(page);
        await drawing.scrollIntoViewIfNeeded();
        await twoFrames(page);
        const before = await sectionBox(page);
        const box = (await drawing.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
        await waitForLive(page);
        const after = await sectionBox(page);
        // one line to read in the log: what the swap did to the box
        process.stderr.write(`[timeline-swap] ${id} ${width}px ${scheme}: height ${before.height.toFixed(1)} → ${after.height.toFixed(1)}, width ${before.width.toFixed(1)} → ${after.width.toFixed(1)}\n`);
        expect(Math.abs(after.height - before.height)).toBeLessThanOrEqual(1);
        expect(Math.abs(after.width - before.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
        expect(console.errors()).toEqual([]);
        await page.context().close();
      },
    );
  }
});

/**
 * A wheel straight from the device over `target`, with no pointer move before it (a mouse.wheel after
 * a mouse.move would enter the timeline first).
 */
async function wheelOn(page: Page, target: Locator, deltaY: number): Promise<void> {
  const box = (await target.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchMouseEvent", {
    type: "mouseWheel",
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + Math.min(box.height / 2, 120)),
    deltaX: 0,
    deltaY,
  });
}

/** The URL's timeline window, once the view has settled and written it. */
const urlWindow = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return { from: params.get("from"), to: params.get("to") };
};

describe("the first wheel on the static timeline", () => {
  it.each(WIDTHS)("at %i px zooms the timeline (as the live chart does) instead of scrolling the page", async (width) => {
    const { page, console } = await openStatic(ARTICLES[0], width, "light");
    const drawing = await shownStatic(page);
    // the page scrolled a little, so a wheel that reached the page would visibly scroll it
    await page.evaluate((s) => {
      const top = document.querySelector(s)!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, Math.max(0, top - 40));
    }, SECTION);
    await twoFrames(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);
    expect(urlWindow(page)).toEqual({ from: null, to: null });
    // the pointer rests over the drawing as the page loads
    await wheelOn(page, drawing, -200);
    await waitForLive(page);
    // the zoom settles and writes its window to the URL; the page stays where it was
    await eventually(async () => expect(urlWindow(page).from).not.toBeNull());
    const { from, to } = urlWindow(page);
    expect(Date.parse(to!) - Date.parse(from!)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });
});

describe("the first wheel on the static timeline, where the chart would not zoom", () => {
  it("zooming out of the whole timeline scrolls the page, as it does on the live chart", async () => {
    const { page, console } = await openStatic(ARTICLES[0], 1440, "light");
    const drawing = await shownStatic(page);
    await wheelOn(page, drawing, 200);
    await waitForLive(page);
    await eventually(async () => expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0));
    expect(urlWindow(page)).toEqual({ from: null, to: null });
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });
});

describe("the first touch on the static timeline", () => {
  /** A phone: touch only, so the first the timeline hears of the reader is a touch. */
  const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } as const;

  async function openOnPhone(): Promise<{ page: Page; console: ConsoleLog }> {
    const opened = await openPage(browser, phone);
    await opened.page.goto(`${baseUrl()}/articles/${ARTICLES[0]}`, { waitUntil: "networkidle" });
    await opened.page.waitForSelector(`${SECTION}[data-hydrated]:not([data-live]) .nl-timeline-static`, { timeout: 30_000 });
    return opened;
  }

  it("a pinch that begins on the static drawing zooms the timeline, not the page", async () => {
    const { page, console } = await openOnPhone();
    const drawing = await shownStatic(page);
    await drawing.scrollIntoViewIfNeeded();
    await twoFrames(page);
    const before = await page.evaluate(() => ({ scrollY: window.scrollY, scale: window.visualViewport?.scale ?? 1 }));
    const box = (await drawing.boundingBox())!;
    const y = Math.round(box.y + Math.min(box.height / 2, 120));
    const mid = Math.round(box.x + box.width / 2);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", gap: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: mid - gap, y, id: 1 }, { x: mid + gap, y, id: 2 }],
      });
    // two fingers moving apart: zoom in
    await touch("touchStart", 20);
    for (let gap = 30; gap <= 120; gap += 10) await touch("touchMove", gap);
    await touch("touchEnd", 0);
    await waitForLive(page);
    await eventually(async () => expect(urlWindow(page).from).not.toBeNull());
    const after = await page.evaluate(() => ({ scrollY: window.scrollY, scale: window.visualViewport?.scale ?? 1 }));
    expect(after).toEqual(before);
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });

  it("a one-finger vertical swipe scrolls the page, on the static drawing and on the live chart, without panning the timeline; a sideways one pans it", async () => {
    const { page, console } = await openOnPhone();
    const drawing = await shownStatic(page);
    await drawing.scrollIntoViewIfNeeded();
    await twoFrames(page);
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: { x: number; y: number }, dx: number, dy: number) => {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ ...from, id: 1 }] });
      for (let i = 1; i <= 10; i++)
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: [{ x: Math.round(from.x + (dx * i) / 10), y: Math.round(from.y + (dy * i) / 10), id: 1 }],
        });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await twoFrames(page);
    };
    const scrollY = () => page.evaluate(() => window.scrollY);
    const centre = async () => {
      const box = (await page.locator(SECTION).boundingBox())!;
      return { x: Math.round(box.x + box.width / 2), y: Math.round(Math.min(box.y + box.height - 20, 600)) };
    };

    // on the static drawing: the page scrolls, the timeline's window stays
    const y0 = await scrollY();
    await swipe(await centre(), 0, -200);
    await eventually(async () => expect(await scrollY()).toBeGreaterThan(y0 + 50));
    expect(urlWindow(page)).toEqual({ from: null, to: null });

    // on the live chart (mounted by that touch, or by a zoom button): the same
    await page.locator(SECTION).getByRole("button", { name: /zoom in/i }).first().click();
    await waitForLive(page);
    await eventually(async () => expect(urlWindow(page).from).not.toBeNull());
    // the button's zoom is animated: its window is final once the view has settled
    await page.waitForTimeout(800);
    const zoomed = urlWindow(page);
    await page.locator(SECTION).scrollIntoViewIfNeeded();
    const y1 = await scrollY();
    // a finger never moves straight: this one drifts 14 px sideways, which must not pan the timeline
    await swipe(await centre(), 14, -200);
    await eventually(async () => expect(await scrollY()).toBeGreaterThan(y1 + 50));
    // the window would be written to the URL once the view settles (200 ms after the gesture)
    await page.waitForTimeout(800);
    expect(urlWindow(page)).toEqual(zoomed);

    // sideways: the (zoomed) timeline pans and the page does not scroll
    await page.locator(SECTION).scrollIntoViewIfNeeded();
    const y2 = await scrollY();
    const plot = (await page.locator(`${SECTION}[data-live] svg`).first().boundingBox())!;
    await swipe({ x: Math.round(plot.x + plot.width / 2 - 75), y: Math.round(Math.max(plot.y + 60, Math.min(plot.y + plot.height / 2, 600))) }, 150, 0);
    await eventually(async () => expect(urlWindow(page).from).not.toBe(zoomed.from));
    expect(await scrollY()).toBe(y2);
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });

  it("a tap on a static mark selects its event", async () => {
    const { page, console } = await openOnPhone();
    const drawing = await shownStatic(page);
    const mark = drawing.locator("[data-event-id]").first();
    const id = await mark.getAttribute("data-event-id");
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.locator("text").first().boundingBox()) ?? (await mark.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForLive(page);
    await eventually(async () => expect(new URL(page.url()).searchParams.get("select")).toBe(`event:${id}`));
    expect(console.errors()).toEqual([]);
    await page.context().close();
  });
});
