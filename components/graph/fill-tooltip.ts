import type { TooltipContent } from "@/lib/graph/tooltip";

/** Fills the hover card with text nodes only: evidence and names are article text, never markup. */
export function fillTooltip(el: HTMLElement, content: TooltipContent): void {
  el.replaceChildren();
  const add = (tag: string, className: string, text: string) => {
    const child = el.ownerDocument.createElement(tag);
    child.className = className;
    child.textContent = text;
    el.appendChild(child);
  };
  add("strong", "block", content.heading);
  add("span", "block opacity-80", content.detail);
  if (content.evidence) add("q", "mt-1 block italic", content.evidence);
  if (content.attribution) add("span", "mt-1 block opacity-80", content.attribution);
}

/** Places the card next to the pointer, flipped to stay inside the container. */
export function placeTooltip(el: HTMLElement, pointer: { x: number; y: number }, bounds: { width: number; height: number }): void {
  const gap = 12;
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const left = pointer.x + gap + w > bounds.width ? Math.max(0, pointer.x - gap - w) : pointer.x + gap;
  const top = pointer.y + gap + h > bounds.height ? Math.max(0, pointer.y - gap - h) : pointer.y + gap;
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
}
