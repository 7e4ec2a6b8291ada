import { readFileSync } from "node:fs";
import path from "node:path";
import { fromFile, looksLikeHtml, readHtmlArticle } from "@/lib/ingest";

const page = readFileSync(path.join(__dirname, "../fixtures/pasted/pages/delta-fire.html"), "utf8");
const wrap = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;
const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} says that the council met on Monday to discuss the flood defences that were built along the river last year.</p>`).join("");

describe("reading an article out of a web page", () => {
  it("keeps the article's paragraphs and drops navigation, asides, footers and scripts", () => {
    const a = readHtmlArticle(page, "https://example.org/delta")!;
    expect(a.title).toBe("Fast-growing Northern California wildfire forces evacuations");
    expect(a.source).toBe("Reuters");
    expect(a.text.split("\n\n").length).toBeGreaterThanOrEqual(6);
    // the byline line left in the article's first lines is the page's, not the story's
    expect(a.text).toMatch(/^LOS ANGELES \(Reuters\)/);
    expect(a.byline).toBe("Alex Dobuzinskis");
    expect(a.text).toContain("The Delta Fire was burning in timber and brush");
    for (const junk of ["Subscribe", "Most read", "All rights reserved", "__fixturePageScriptRan"]) expect(a.text).not.toContain(junk);
  });

  it.each([
    ["article:published_time", '<meta property="article:published_time" content="2024-05-06T23:30:00-05:00">', "2024-05-06"],
    ["JSON-LD datePublished in a graph", '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}</script>', "2023-11-02"],
    ["<time datetime>", "", "2022-03-04"],
  ])("takes the publication date from %s, as the page writes it", (from, head, day) => {
    const body = from === "<time datetime>" ? `<time datetime="2022-03-04T10:00">4 March</time>${paragraphs}` : paragraphs;
    const a = readHtmlArticle(wrap(head, body))!;
    expect(a.published).toEqual({ date: day, from: expect.any(String) });
  });

  it("reports no date rather than a wrong one, and ignores impossible dates", () => {
    expect(readHtmlArticle(wrap("", paragraphs))!.published).toBeNull();
    expect(readHtmlArticle(wrap('<meta property="article:published_time" content="2024-02-31">', paragraphs))!.published).toBeNull();
  });

  it("finds no article in a page without one (a login form, an empty shell)", () => {
    expect(readHtmlArticle('<html><body><form><input name="user"><input type="password"></form></body></html>')).toBeNull();
    expect(readHtmlArticle("<html><body></body></html>")).toBeNull();
  });

  it("reads a page of some thousands of elements, and gives up on one too large to read in bounded time", () => {
    const busy = `<html><body>${"<div><span>menu</span></div>".repeat(5_000)}<article>${paragraphs}</article></body></html>`;
    expect(readHtmlArticle(busy)?.text).toMatch(/^Paragraph 0 says/);
    const started = process.cpuUsage();
    const huge = `<html><body>${"<div><span>x</span></div>".repeat(80_000)}${paragraphs}</body></html>`;
    expect(readHtmlArticle(huge)).toBeNull();
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
  });

  it("tells a page from an article's words", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html>…")).toBe(true);
    expect(looksLikeHtml("  <p>One</p><p>Two</p>")).toBe(true);
    expect(looksLikeHtml("Leaders met in Paris <on Tuesday>.")).toBe(false);
  });
});

describe("uploaded files", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("reads .md front matter like the seeds, .txt by its first line, and .html with Readability", () => {
    const md = fromFile("a.md", bytes("---\ntitle: Port strike ends\nsource: Wire\npublished: 2025-04-01\n---\n\nDock workers returned on Monday.\n"));
    expect(md).toMatchObject({ ok: true, submission: { title: "Port strike ends", source: "Wire", published: "2025-04-01", text: "Dock workers returned on Monday." } });
    const txt = fromFile("b.txt", bytes("Port strike ends\nDock workers returned on Monday.\n"));
    expect(txt).toMatchObject({ ok: true, submission: { text: "Port strike ends\nDock workers returned on Monday.\n" } });
    const html = fromFile("c.html", bytes(page));
    expect(html).toMatchObject({ ok: true, submission: { title: expect.stringContaining("Northern California"), published: "2018-09-05", source: "Reuters" } });
  });

  it.each([
    ["an empty file", "e.txt", new Uint8Array(), 422, /empty/],
    ["a binary file", "e.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 415, /binary/],
    ["a non-UTF-8 file", "e.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]), 415, /UTF-8/],
    ["a 5 MB file", "e.txt", new Uint8Array(5 * 1024 * 1024).fill(0x61), 413, /over the 4 MB limit/],
    ["an unsupported type", "e.pdf", bytes("%PDF-1.4"), 415, /unsupported type/],
    ["bad front matter", "e.md", bytes("---\ntitle: [unclosed\n---\n\nBody.\n"), 422, /front matter/],
    ["a page with no article", "e.html", bytes("<html><body><nav>Home</nav></body></html>"), 422, /no article/],
    ["a page too large to read", "e.html", bytes(`<html><body>${"<i>x</i>".repeat(40_000)}</body></html>`), 422, /over 30,000 elements/],
  ])("refuses %s with a status and one sentence about the file", (_what, name, data, status, message) => {
    const read = fromFile(name, data);
    expect(read).toEqual({ ok: false, status, field: "file", error: expect.stringMatching(message) });
  });
});
