// @ts-check
/**
 * What the server refuses before Next sees a request. Next 16 answers 500 when a path segment cannot
 * be percent-decoded (vercel/next.js#92527); these get a clear 400 instead, as JSON under /api.
 */
export const BAD_ENCODING = "Bad request: the address is not correctly percent-encoded.";
const POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Whether every segment of the request path percent-decodes. */
export function decodablePath(/** @type {string | undefined} */ url) {
  const q = (url ?? "/").indexOf("?");
  const pathname = q === -1 ? (url ?? "/") : (url ?? "/").slice(0, q);
  if (!pathname.includes("%")) return true;
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers the request with 400 and returns true when its path is malformed; false otherwise.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 */
export function refuseMalformed(req, res) {
  if (decodablePath(req.url)) return false;
  const api = (req.url ?? "").startsWith("/api/");
  const body = api ? JSON.stringify({ error: BAD_ENCODING }) : BAD_ENCODING;
  res.writeHead(400, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
  return true;
}
