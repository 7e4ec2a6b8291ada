import { ArticleSubmission, LinkSubmission } from "../model";
import { fromFile, fromHtml, fromText, ingestError, MAX_UPLOAD_BYTES, type Extracted, type IngestError } from "./extracted";
import { fetchPage, fetchTimeoutFromEnv, testHostsFromEnv } from "./fetch-page";

/** The largest request body read: a file at its limit plus the form's other fields. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export type RequestRead = (Extracted & { via: "paste" | "upload" | "link" | "api" }) | IngestError;

/**
 * Reads `POST /api/articles` (and its preview): JSON `{ title?, text, … }`, JSON `{ url }` (the page is
 * fetched, after `beforeFetch` allows it), or multipart/form-data with a `file`. Every body is read up
 * to a cap and parsed with the request schema; a problem names its field.
 */
export async function readArticleRequest(request: Request, beforeFetch: () => IngestError | null): Promise<RequestRead> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const declared = Number(request.headers.get("content-length"));
  if (declared > MAX_REQUEST_BYTES) return tooLarge();
  const bytes = await readCapped(request, MAX_REQUEST_BYTES);
  if (bytes === null) return tooLarge();
  if (type.startsWith("application/json")) return readJson(bytes, beforeFetch);
  if (type.startsWith("multipart/form-data")) return readMultipart(bytes, request.headers.get("content-type")!);
  return ingestError(415, "body", "must be JSON (application/json) or a form with a file (multipart/form-data)");
}

async function readJson(bytes: Uint8Array, beforeFetch: () => IngestError | null): Promise<RequestRead> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return ingestError(400, "body", "is not valid JSON");
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return ingestError(400, "body", "must be a JSON object");
  if (!("text" in data) && "url" in data) {
    const link = LinkSubmission.safeParse(data);
    if (!link.success) return schemaError(link.error);
    const refused = beforeFetch();
    if (refused) return refused;
    const page = await fetchPage(link.data.url, { allowHosts: testHostsFromEnv(), timeoutMs: fetchTimeoutFromEnv() });
    if (!page.ok) return page;
    const read = fromHtml(page.html, page.url, "url", { url: link.data.url });
    return read.ok ? { ...read, via: "link" } : read;
  }
  const sub = ArticleSubmission.safeParse(data);
  if (!sub.success) return schemaError(sub.error);
  const read = fromText(sub.data);
  return read.ok ? { ...read, via: sub.data.via ?? "api" } : read;
}

async function readMultipart(bytes: Uint8Array, contentType: string): Promise<RequestRead> {
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    return ingestError(400, "body", "is not a readable form");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return ingestError(400, "file", "is missing: send the article as the form field `file`");
  const read = fromFile((file as File).name ?? "upload", new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return read;
  // Fields typed beside the file win over what was read from it.
  const given: Record<string, string> = {};
  for (const key of ["title", "source", "url", "published"] as const) {
    const v = form.get(key);
    if (typeof v === "string" && v.trim()) given[key] = v;
  }
  const sub = ArticleSubmission.safeParse({ ...read.submission, ...given });
  if (!sub.success) return schemaError(sub.error);
  return { ok: true, submission: sub.data, notes: read.notes, via: "upload" };
}

function schemaError(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): IngestError {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? "body");
  return ingestError(field === "text" && /longer/.test(issue?.message ?? "") ? 413 : 400, field, issue?.message ?? "is not valid");
}

function tooLarge(): IngestError {
  return ingestError(413, "body", `is over the ${MAX_UPLOAD_BYTES / 1048576} MB limit for one article`);
}

async function readCapped(request: Request, cap: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
