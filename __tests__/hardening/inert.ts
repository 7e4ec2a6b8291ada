/**
 * The checker of the hostile-content tests: what a parsed SVG or HTML document holds that no
 * renderer draws on purpose. Shared by hostile-content.test.ts (articles) and hostile-story.test.ts.
 */
/** Elements the renderers draw on purpose; anything else in the output came from the article. */
export const SVG_TAGS = new Set(
  "svg g rect line path text tspan title desc circle ellipse polygon polyline defs clipPath linearGradient radialGradient mask pattern stop marker".split(" "),
);
/** Embed pages add their chrome (document.ts) and the table view (table.ts). */
export const HTML_TAGS = new Set(
  "html head meta link title style body main div span button footer a script table caption thead tbody tr th td ul li p strong em small time".split(" "),
);

/** Problems with a parsed document: unintended elements, event handlers, scriptable URLs. */
export function unintended(root: Element, allowed: Set<string>, scriptAllowed?: (el: Element) => boolean): string[] {
  const problems: string[] = [];
  for (const el of [root, ...root.querySelectorAll("*")]) {
    const tag = el.localName;
    if (tag === "parsererror") problems.push(`parser error: ${el.textContent?.slice(0, 200)}`);
    else if (!allowed.has(tag) && !allowed.has(el.tagName)) problems.push(`<${tag}>`);
    if (tag === "script" && !scriptAllowed?.(el)) problems.push(`<script>${el.textContent?.slice(0, 80)}`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      if (name.startsWith("on")) problems.push(`<${tag} ${attr.name}>`);
      if (value.includes("javascript:") && (name.endsWith("href") || name === "src" || name === "action" || name === "style"))
        problems.push(`<${tag} ${attr.name}="${attr.value.slice(0, 80)}">`);
      const ownHref = value.startsWith("#") || (tag === "a" && value.startsWith("/")) || (tag === "link" && value === "data:,");
      if ((name === "href" || name === "xlink:href") && !ownHref) problems.push(`<${tag} ${attr.name}="${attr.value.slice(0, 80)}">`);
    }
  }
  return problems;
}

export function parseSvg(svg: string): Element {
  const doc = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\s*/, ""), "image/svg+xml");
  return doc.documentElement;
}

