import { parseArticle } from "../article";
import { type ArticleSubmission, MAX_TEXT_CHARS } from "../model";
import { countTags, looksLikeHtml, MAX_ELEMENTS, readHtmlArticle } from "./html";

/** The fields a user checks before saving, as read from what they gave, with notes on where each came from. */
export type Extracted = { ok: true; submission: ArticleSubmission; notes: string[] };
export type IngestError = { ok: false; status: 400 | 413 | 415 | 422; field: string; error: string };

/** The largest file a user may upload (a saved web page carries its scripts and styles). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

export const ingestError = (status: IngestError["status"], field: string, error: string): IngestError => ({ ok: false, status, field, error });

/** A pasted text: HTML is read as a page, anything else is the article's words. */
export function fromText(sub: ArticleSubmission): Extracted | IngestError {
  if (!looksLikeHtml(sub.text)) return { ok: true, submission: sub, notes: [] };
  return fromHtml(sub.text, sub.url, "text", sub);
}

/** An HTML page (pasted, uploaded or fetched): Readability's article, with the user's own fields kept over the page's. */
export function fromHtml(html: string, pageUrl: string | undefined, field: string, given: Partial<ArticleSubmission> = {}): Extracted | IngestError {
  if (countTags(html) > MAX_ELEMENTS)
    return ingestError(422, field, `is a page of over ${MAX_ELEMENTS.toLocaleString("en")} elements, too large to read: paste the article's text instead`);
  const page = readHtmlArticle(html, pageUrl);
  if (!page) return ingestError(422, field, "holds no article that could be read (no paragraphs of text were found in the page)");
  if (page.text.length > MAX_TEXT_CHARS) return ingestError(413, field, "holds more than 1 MB of article text");
  const notes = ["The text was read from the page with Readability: check that nothing is missing or extra."];
  if (page.published && !given.published) notes.push(`The publication date comes from the page's ${page.published.from}.`);
  if (!page.published && !given.published) notes.push("The page gives no publication date: enter it if you know it.");
  return {
    ok: true,
    notes,
    submission: {
      title: given.title ?? page.title ?? undefined,
      text: page.text,
      dek: given.dek ?? page.dek ?? undefined,
      source: given.source ?? page.source ?? page.byline ?? undefined,
      url: given.url ?? (page.url && /^https?:/i.test(page.url) ? page.url : undefined),
      published: given.published ?? page.published?.date,
      referenceDate: given.referenceDate,
      language: given.language ?? page.language ?? undefined,
    },
  };
}

/** An uploaded file: `.md` with front matter (the seeds' format), `.txt`, or a saved page `.html`. */
export function fromFile(name: string, bytes: Uint8Array): Extracted | IngestError {
  const label = name.replace(/^.*[\\/]/, "").slice(0, 200) || "file";
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return ingestError(413, "file", `is ${(bytes.byteLength / 1048576).toFixed(1)} MB, over the 4 MB limit for one file`);
  if (bytes.byteLength === 0) return ingestError(422, "file", "is empty");
  if (bytes.includes(0)) return ingestError(415, "file", "looks like binary data, not text: upload a .md, .txt or .html file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return ingestError(415, "file", "is not UTF-8 text: save it as UTF-8 and upload it again");
  }
  const ext = /\.([a-z0-9]+)$/i.exec(label)?.[1]?.toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return fromHtml(text, undefined, "file");
  if (ext === "md" || ext === "markdown") {
    // The seeds' format: parse it as a file would be, under a placeholder name that is a valid id.
    const parsed = parseArticle("upload.md", new TextEncoder().encode(text));
    if (!parsed.ok) return ingestError(422, "file", parsed.error.replace(/^upload\.md: /, ""));
    const a = parsed.article;
    return {
      ok: true,
      notes: [`Read from ${label}'s front matter.`],
      submission: {
        title: a.title,
        text: a.body,
        dek: a.dek,
        source: a.source ?? undefined,
        url: a.url ?? undefined,
        published: a.published ?? undefined,
        referenceDate: a.referenceDate ?? undefined,
        language: a.language,
      },
    };
  }
  if (ext === "txt" || ext === "text") {
    if (looksLikeHtml(text)) return fromHtml(text, undefined, "file");
    return { ok: true, notes: ["The first line of the file is the title."], submission: { text, title: undefined, dek: undefined, source: undefined, url: undefined, published: undefined, referenceDate: undefined } };
  }
  return ingestError(415, "file", `has an unsupported type (.${ext ?? "?"}): upload a .md, .txt or .html file`);
}
