/**
 * A drawing as plain data: the timeline and graph renderers return these trees, which become
 * an SVG string on the server (`toSvgString`) or DOM nodes in the browser (`toDom`). Text is
 * always a text node, never markup, so article text cannot become code.
 */
export type SvgNode = {
  tag: string;
  attrs?: Record<string, string | number | undefined | null | false>;
  children?: (SvgNode | string)[];
};

export function h(tag: string, attrs?: SvgNode["attrs"], children?: SvgNode["children"]): SvgNode {
  return { tag, attrs, children };
}

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";
const TAG = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const ATTR = /^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/;

/** Rounds numbers so goldens are stable across platforms. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    // Characters XML 1.0 forbids (control characters, lone surrogates) are dropped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

function attrValue(v: string | number): string {
  return typeof v === "number" ? fmt(v) : v;
}

/** Serialises a tree to SVG/XML text; attribute names and tags are checked, all values escaped. */
export function toSvgString(node: SvgNode | string): string {
  if (typeof node === "string") return escapeXml(node);
  if (!TAG.test(node.tag)) throw new Error(`invalid tag ${node.tag}`);
  let out = `<${node.tag}`;
  for (const [k, v] of Object.entries(node.attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (!ATTR.test(k) || /^on/i.test(k)) continue;
    out += ` ${k}="${escapeXml(attrValue(v))}"`;
  }
  const children = node.children ?? [];
  if (children.length === 0) return out + "/>";
  return out + ">" + children.map(toSvgString).join("") + `</${node.tag}>`;
}

/** Materialises a tree as DOM nodes with the given document (browser, or jsdom in tests). */
export function toDom(node: SvgNode | string, doc: Document): Node {
  if (typeof node === "string") return doc.createTextNode(node);
  const el = doc.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (!ATTR.test(k) || /^on/i.test(k)) continue;
    if (k.startsWith("xlink:")) el.setAttributeNS(XLINK_NS, k, attrValue(v));
    else el.setAttribute(k, attrValue(v));
  }
  for (const child of node.children ?? []) el.appendChild(toDom(child, doc));
  return el;
}
