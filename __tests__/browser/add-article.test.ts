import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { baseUrl, DESKTOP, eventually, launchBrowser, openPage, PHONE, screenshot, waitForDashboard } from "./helpers";

/**
 * Bringing one's own article (issue 13), as a reader does it in Chromium: paste a real article
 * nobody here wrote, check the preview, save, land on its dashboard, share the view and reopen it
 * in a fresh browser; upload .md, .txt and .html files; add from a link to a page served on
 * loopback (the server may fetch from that one test address only). Every bad input gets one
 * sentence in the form, and what the reader typed stays.
 */
const fixtures = path.join(__dirname, "..", "fixtures", "pasted");
const wildfire = readFileSync(path.join(fixtures, "wyoming-wildfire.txt"), "utf8");
const pagesUrl = () => {
  const url = process.env.NEWSLINE_PAGES_URL;
  if (!url) throw new Error("NEWSLINE_PAGES_URL is not set: run with `npm run test:browser`");
  return url;
};
const upload = (name: string, content: string | Buffer) => {
  const dir = path.join(tmpdir(), "newsline-uploads");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openForm(page: Page, path_ = "/new") {
  await page.goto(`${baseUrl()}${path_}`);
  await page.locator("section[data-ready]").waitFor();
}

async function readAndSave(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Read the article" }).click();
  await page.getByTestId("preview-counts").waitFor();
  await page.getByRole("button", { name: "Save and open" }).click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname;
}

const alertText = (page: Page) => page.getByRole("alert").first().innerText();

describe("adding an article in the browser", () => {
  it("paste → preview → save → its dashboard → a shared link reopens the same view in a fresh browser", async () => {
    const { page, console: log } = await openPage(browser);
    await openForm(page, "/");
    await screenshot(page, "add-form-1440x900");
    await page.getByLabel("Text", { exact: true }).fill(wildfire);
    await page.getByLabel("Outlet").fill("Reuters");
    await page.getByLabel("Publication date").fill("2018-09-23");
    await page.getByRole("button", { name: "Read the article" }).click();
    const counts = page.getByTestId("preview-counts");
    await counts.waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Wyoming wildfire forces evacuations, closes highway south of Jackson");
    expect(await counts.innerText()).toMatch(/Found [1-9]\d* actors?, \d+ events?/);
    await screenshot(page, "add-preview-1440x900");
    await page.getByRole("button", { name: "Save and open" }).click();
    await page.waitForURL(/\/articles\/wyoming-wildfire-forces-evacuations-closes-highway-south-of-[0-9a-f]{6}$/);
    await waitForDashboard(page);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(/^Wyoming wildfire forces evacuations/);
    await expect(page.getByText("Reuters · 23 Sep 2018").first().isVisible()).resolves.toBe(true);

    // select an actor the pipeline found, then share the view
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const analysis = await (await fetch(`${baseUrl()}/api/articles/${id}`)).json();
    const actor = analysis.actors.find((a: { kind: string }) => a.kind !== "media") ?? analysis.actors[0];
    await page.goto(`${baseUrl()}/articles/${id}?select=actor%3A${encodeURIComponent(actor.id)}`);
    await waitForDashboard(page);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    await page.getByRole("button", { name: "Share view" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`/articles/${id}?`);
    const details = await page.getByTestId("details-panel").innerText();
    expect(details).toContain(actor.name);
    await screenshot(page, "add-dashboard-1440x900");

    const fresh = await openPage(browser);
    await fresh.page.goto(link);
    await waitForDashboard(fresh.page);
    expect(await fresh.page.getByTestId("details-panel").innerText()).toBe(details);
    await fresh.page.context().close();
    expect(log.errors()).toEqual([]);
    await page.context().close();
  });

  it("uploads a .md with front matter, a .txt and a saved .html page", async () => {
    const { page } = await openPage(browser);
    const files = [
      ["port-strike.md", "---\ntitle: Dock workers end port strike\nsource: Harbour Times\npublished: 2025-04-01\n---\n\nDock workers returned to work on Monday after the union said a deal had been reached with the port authority.\n\nThe strike had halted shipping for nine days, the authority said.\n", /Dock workers end port strike/, "Harbour Times · 1 Apr 2025"],
      ["bridge.txt", "Bridge reopens after repairs\nThe bridge reopened on Friday after repairs to its deck, city officials said.\nTraffic is expected to return to normal by next week.\n", /Bridge reopens after repairs/, null],
      ["delta-fire.html", readFileSync(path.join(fixtures, "pages", "delta-fire.html")), /Northern California wildfire/, "Reuters · 5 Sep 2018"],
    ] as const;
    for (const [name, content, title, byline] of files) {
      await openForm(page);
      await page.getByRole("tab", { name: "Upload a file" }).click();
      await page.setInputFiles("input[type=file]", upload(name, content));
      await readAndSave(page);
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(title);
      if (byline) await expect(page.getByText(byline).first().isVisible()).resolves.toBe(true);
    }
    await page.context().close();
  });

  it("adds from a link: the page's title, outlet and date are read from its metadata", async () => {
    const { page } = await openPage(browser);
    await openForm(page);
    await page.getByRole("tab", { name: "From a link" }).click();
    await page.getByLabel("Link to the article").fill(`${pagesUrl()}/pages/delta-fire.html`);
    await page.getByRole("button", { name: "Read the article" }).click();
    await page.getByTestId("preview-counts").waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Fast-growing Northern California wildfire forces evacuations");
    expect(await page.getByLabel("Publication date").inputValue()).toBe("2018-09-05");
    expect(await page.getByLabel("Outlet").inputValue()).toBe("Reuters");
    const text = await page.getByLabel("Text, as read").inputValue();
    expect(text).toMatch(/^LOS ANGELES \(Reuters\)/);
    expect(text).not.toMatch(/Subscribe|Most read|rights reserved/);
    await page.getByRole("button", { name: "Save and open" }).click();
    await page.waitForURL(/\/articles\/fast-growing-northern-california-wildfire/);
    await page.context().close();
  });

  it.each([
    ["an empty body", async (p: Page) => p.getByLabel("Text", { exact: true }).fill("   "), /^The text is empty\.$/],
    ["a bad link", async (p: Page) => { await p.getByLabel("Text", { exact: true }).fill(wildfire); await p.getByLabel("Link to the original").fill("javascript:alert(1)"); }, /The link must be an http\(s\) address/],
  ])("pasting %s says what is wrong and keeps the text", async (_what, fill, message) => {
    const { page } = await openPage(browser);
    await openForm(page);
    await page.getByLabel("Title", { exact: true }).fill("My title");
    await fill(page);
    const typed = await page.getByLabel("Text", { exact: true }).inputValue();
    await page.getByRole("button", { name: "Read the article" }).click();
    await eventually(async () => expect(await alertText(page)).toMatch(message));
    expect(await page.getByLabel("Text", { exact: true }).inputValue()).toBe(typed);
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("My title");
    await page.context().close();
  });

  it.each([
    ["a binary file", "photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary data/],
    ["a non-UTF-8 file", "latin1.txt", Buffer.from("Caf\xe9 cr\xe8me\nUn article.\n", "latin1"), /is not UTF-8 text/],
    ["a 5 MB file", "huge.txt", Buffer.alloc(5 * 1024 * 1024, 0x61), /over the 4 MB limit/],
    ["an HTML page with no article", "empty.html", Buffer.from("<html><body><nav>Home · World</nav></body></html>"), /holds no article/],
  ])("uploading %s says what is wrong in one sentence", async (_what, name, content, message) => {
    const { page } = await openPage(browser);
    await openForm(page);
    await page.getByRole("tab", { name: "Upload a file" }).click();
    await page.setInputFiles("input[type=file]", upload(name, content));
    await page.getByRole("button", { name: "Read the article" }).click();
    await eventually(async () => expect(await alertText(page)).toMatch(message));
    expect((await alertText(page)).split(/(?<=\.)\s/).length).toBe(1);
    await page.context().close();
  });

  it.each([
    ["a page behind a login", "/login", /behind a login/],
    ["a link that times out", "/slow", /did not answer within 1\.5 s/],
    ["an oversized page", "/huge", /over the 2 MB limit/],
    ["a redirect to the cloud metadata address", "/to-metadata", /private or local network address/],
    ["a PDF", "/pdf", /is not a web page/],
    ["a page with no article", "/empty", /holds no article/],
  ])("a link to %s says what is wrong and keeps the link", async (_what, route, message) => {
    const { page } = await openPage(browser);
    await openForm(page);
    await page.getByRole("tab", { name: "From a link" }).click();
    const link = `${pagesUrl()}${route}`;
    await page.getByLabel("Link to the article").fill(link);
    await page.getByRole("button", { name: "Read the article" }).click();
    await eventually(async () => expect(await alertText(page)).toMatch(message), 15_000);
    expect(await page.getByLabel("Link to the article").inputValue()).toBe(link);
    await page.context().close();
  });

  it("refuses a link to this machine's own server", async () => {
    const res = await fetch(`${baseUrl()}/api/preview`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ url: `${baseUrl()}/api/articles` }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatch(/private or local network address/);
  });

  it("on a phone, the form and the preview fit the screen", async () => {
    const { page } = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await openForm(page);
    await page.getByLabel("Text", { exact: true }).fill(wildfire);
    await page.getByRole("button", { name: "Read the article" }).tap();
    await page.getByTestId("preview-counts").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "add-preview-390x844");
    await page.context().close();
  });

  it("deleting an added article removes it from the list, and its link then answers 404", async () => {
    const add = await fetch(`${baseUrl()}/api/articles`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "Library closes for repairs\nThe city library closed on Monday for repairs, the council said." }),
    });
    expect(add.status).toBe(201);
    const { id, url } = await add.json();
    const { page } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(baseUrl());
    page.on("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Delete “Library closes for repairs”" }).click();
    await eventually(async () => expect(await page.getByRole("link", { name: "Library closes for repairs" }).count()).toBe(0));
    expect((await fetch(`${baseUrl()}${url}`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}/api/articles/${id}`)).status).toBe(404);
    await page.context().close();
  });
});
