/**
 * Content-Security-Policies, one per kind of response. Pages and embeds get a fresh nonce per
 * request from the proxy (proxy.ts); images and JSON get theirs from next.config.js.
 */
const join = (directives: readonly string[]) => directives.join("; ");

/** Dashboard pages: Next's scripts carry the nonce ('strict-dynamic' lets them load their chunks). */
export function pagePolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return join([
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes (positions, widths): attributes, not style sheets.
    `style-src 'self' 'unsafe-inline'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]);
}

/** Embeds: one script file and one style element, both by nonce; anyone may frame them. */
export function embedPolicy(nonce: string): string {
  return join([
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors *",
  ]);
}

/** A nonce: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
