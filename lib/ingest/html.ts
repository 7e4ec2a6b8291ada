import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What a web page yields: the article's text as paragraphs and the page's own metadata. */
export type PageArticle = {
  title: string | null;
  /** The outlet: the page's site name, else its byline. */
  source: string | null;
  byline: string | null;
  dek: string | null;
  /** ISO day from the page's metadata, with where it was found. */
  published: { date: string; from: string } | null;
  url: string | null;
  language: string | null;
  /** Paragraphs joined by a blank line. */
  text: string;
};

const BLOCKS = new Set(["P", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DD", "DT"]);
const MIN_ARTICLE_WORDS = 25;
/** The most elements a page may have to be read (a saved news page has a few thousand). */
export const MAX_ELEMENTS = 30_000;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/;

/**
 * Reads an article out of a page's HTML with Mozilla's Readability over a server-side DOM (linkedom).
 * Nothing of the page runs: linkedom executes no script and loads nothing. Returns null when the page
 * holds no article (Readability finds no content, or fewer than 25 words of it).
 */
export function readHtmlArticle(html: string, pageUrl?: string): PageArticle | null {
  // A bound on the work one page can cost, counted before parsing (a saved news page has a few
  // thousand elements; one with tens of thousands is not worth the server's time).
  if (countTags(html) > MAX_ELEMENTS) return null;
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document as it goes.
  const meta = readMetadata(document);
  const reader = new Readability(document as unknown as Document, { serializer: (node: Node) => node, charThreshold: 200 });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  let text = paragraphsOf(parsed.content as unknown as Element);
  // A menu or a sign-in box is not an article, though Readability returns what it found.
  if (text.split(/\s+/).length < MIN_ARTICLE_WORDS) return null;
  const title = clean(parsed.title) ?? meta.title;
  const [first, ...rest] = text.split("\n\n");
  // A byline left in the article's first lines ("By Jane Doe · 5 March") is the page's, not the story's.
  const byline = first && /^[Bb]y\s+\p{Lu}/u.test(first) && first.length < 120 ? first.replace(/^by\s+/i, "").split(/\s[·|,–-]\s/)[0]! : null;
  if (byline) text = rest.join("\n\n");
  return {
    title,
    source: meta.siteName ?? clean(parsed.siteName) ?? null,
    byline: clean(parsed.byline) ?? meta.author ?? byline,
    dek: meta.description && !text.startsWith(meta.description) ? meta.description : null,
    published: meta.published ?? isoDayOf(parsed.publishedTime, "page metadata"),
    url: meta.canonical ?? pageUrl ?? null,
    language: meta.language ?? clean(parsed.lang),
    text,
  };
}

/** How many elements a page has, counted up to just past MAX_ELEMENTS, without parsing it. */
export function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf("<"); i !== -1 && n <= MAX_ELEMENTS; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** True when a text looks like a web page rather than an article's words. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(?:body|article|p|div)[\s>]/.test(head);
}

type Metadata = {
  title: string | null;
  siteName: string | null;
  author: string | null;
  description: string | null;
  published: { date: string; from: string } | null;
  canonical: string | null;
  language: string | null;
};

function readMetadata(document: Document): Metadata {
  const metaContent = (selector: string) => clean(document.querySelector(selector)?.getAttribute("content"));
  const jsonLd = readJsonLd(document);
  const published =
    isoDayOf(metaContent('meta[property="article:published_time"]'), "article:published_time") ??
    isoDayOf(jsonLd.datePublished, "JSON-LD datePublished") ??
    isoDayOf(metaContent('meta[itemprop="datePublished"]'), "datePublished") ??
    isoDayOf(document.querySelector("time[datetime]")?.getAttribute("datetime"), "<time datetime>") ??
    isoDayOf(
      metaContent('meta[name="date"]') ?? metaContent('meta[name="pubdate"]') ?? metaContent('meta[name="dc.date"]'),
      "meta date",
    );
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent('meta[property="og:url"]');
  return {
    title: metaContent('meta[property="og:title"]') ?? jsonLd.headline ?? clean(document.querySelector("title")?.textContent),
    siteName: metaContent('meta[property="og:site_name"]') ?? jsonLd.publisher,
    author: metaContent('meta[name="author"]') ?? jsonLd.author,
    description: metaContent('meta[name="description"]') ?? metaContent('meta[property="og:description"]'),
    published,
    canonical: canonical && /^https?:\/\//i.test(canonical) ? canonical.slice(0, 2000) : null,
    language: clean(document.documentElement?.getAttribute("lang"))?.toLowerCase().match(/^[a-z]{2,3}/)?.[0] ?? null,
  };
}

type JsonLdFacts = { datePublished: string | null; headline: string | null; publisher: string | null; author: string | null };

/** The first news article (or any item with a datePublished) in the page's JSON-LD, graphs and lists included. */
function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = { datePublished: null, headline: null, publisher: null, author: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const item = items(data).find((x) => typeof x.datePublished === "string");
    if (!item) continue;
    facts.datePublished = String(item.datePublished);
    facts.headline = typeof item.headline === "string" ? clean(item.headline) : null;
    facts.publisher = nameOf(item.publisher);
    facts.author = nameOf(Array.isArray(item.author) ? item.author[0] : item.author);
    break;
  }
  return facts;
}

function items(data: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 4 || data === null || typeof data !== "object") return [];
  if (Array.isArray(data)) return data.flatMap((d) => items(d, depth + 1));
  const obj = data as Record<string, unknown>;
  return [obj, ...items(obj["@graph"], depth + 1)];
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return clean(value);
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string")
    return clean((value as { name: string }).name);
  return null;
}

function isoDayOf(value: string | null | undefined, from: string): { date: string; from: string } | null {
  const day = value?.trim().match(ISO_DAY)?.[1];
  if (!day) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : { date: day, from };
}

/** The article's block elements as paragraphs; text outside any block (a bare div) is one paragraph. */
function paragraphsOf(root: Element): string {
  const out: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (BLOCKS.has(child.tagName.toUpperCase()) && !hasBlockChild(child)) {
        const t = fold(child.textContent);
        if (t) out.push(t);
      } else walk(child);
    }
  };
  walk(root);
  if (out.length === 0) {
    const t = fold(root.textContent);
    if (t) out.push(t);
  }
  return out.join("\n\n");
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toUpperCase()) || hasBlockChild(c));
}

function fold(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function clean(text: string | null | undefined): string | null {
  const t = fold(text);
  return t ? t.slice(0, 500) : null;
}
