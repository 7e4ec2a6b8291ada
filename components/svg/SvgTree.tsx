import { createElement, type ReactNode, type SVGProps } from "react";
import { fmt, type SvgNode } from "@/lib/svg";

/**
 * An `SvgNode` drawing as React elements, so a drawing from `lib/` is part of the server HTML (the
 * first paint) and hydrates like any markup. Same rules as `toSvgString`/`toDom`: tags and attribute
 * names are checked, `on*` attributes are dropped, numbers are rounded the same way, and text is
 * always a React text child (escaped), never markup. No hooks: usable from server and client components.
 */
export function SvgTree({ node, rootProps }: { node: SvgNode; rootProps?: SVGProps<SVGSVGElement> }) {
  return toReact(node, rootProps);
}

const TAG = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const ATTR = /^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/;
/** Elements that could run code or embed HTML; the renderers never emit them. */
const BLOCKED_TAGS = new Set(["script", "foreignobject", "iframe", "object", "embed"]);
/** React's names for the attributes whose DOM name it does not take as is. */
const RENAMED: Record<string, string> = {
  class: "className",
  tabindex: "tabIndex",
  "xlink:href": "xlinkHref",
  "xml:space": "xmlSpace",
  "xml:lang": "xmlLang",
  "xmlns:xlink": "xmlnsXlink",
};

/** `stroke-width` → `strokeWidth`; `data-*` and `aria-*` stay as they are. */
export function reactAttributeName(name: string): string | null {
  if (!ATTR.test(name) || /^on/i.test(name) || name === "style") return null;
  const renamed = RENAMED[name];
  if (renamed) return renamed;
  if (name.startsWith("data-") || name.startsWith("aria-") || !name.includes("-")) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toReact(node: SvgNode | string, rootProps?: SVGProps<SVGSVGElement>): ReactNode {
  if (typeof node === "string") return node;
  if (!TAG.test(node.tag) || BLOCKED_TAGS.has(node.tag.toLowerCase())) return null;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    const name = reactAttributeName(k);
    if (name) props[name] = typeof v === "number" ? fmt(v) : v;
  }
  const merged: Record<string, unknown> = rootProps
    ? { ...props, ...rootProps, className: [props.className, rootProps.className].filter(Boolean).join(" ") || undefined }
    : props;
  // children as arguments, not an array: a drawing is static, so no keys are needed
  return createElement(node.tag, merged, ...(node.children ?? []).map((c) => toReact(c)));
}

export default SvgTree;
