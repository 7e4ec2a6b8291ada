/**
 * One query value, escaped as nuqs' URL renderer escapes it: readable, yet safe in any query string.
 * Its own file, free of imports, so the embed scripts can use it without pulling zod into their bundle.
 */
export function encodeQueryValue(value: string): string {
  return value
    .replace(/%/g, "%25")
    .replace(/\+/g, "%2B")
    .replace(/ /g, "+")
    .replace(/#/g, "%23")
    .replace(/&/g, "%26")
    .replace(/"/g, "%22")
    .replace(/'/g, "%27")
    .replace(/`/g, "%60")
    .replace(/</g, "%3C")
    .replace(/>/g, "%3E")
    .replace(/[\x00-\x1F]/g, (c) => encodeURIComponent(c));
}

