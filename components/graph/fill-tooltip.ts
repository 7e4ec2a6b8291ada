import type { TooltipContent } from "@/lib/graph";

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

export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * Places the card beside `box` (what it describes, in the container's coordinates) and never over it:
 * below, else above, else right, else left of it, the first side with room for the whole card; with
 * room on none, the side with the most, which may leave the container rather than cover the item.
 */
export function placeBeside(el: HTMLElement, box: Box, bounds: { width: number; height: number }): void {
  const gap = 8;
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const clampX = (x: number) => Math.max(0, Math.min(x, bounds.width - w));
  const clampY = (y: number) => Math.max(0, Math.min(y, bounds.height - h));
  const sides = [
    { room: bounds.height - box.bottom - gap, need: h, left: clampX(box.left), top: box.bottom + gap },
    { room: box.top - gap, need: h, left: clampX(box.left), top: box.top - gap - h },
    { room: bounds.width - box.right - gap, need: w, left: box.right + gap, top: clampY(box.top) },
    { room: box.left - gap, need: w, left: box.left - gap - w, top: clampY(box.top) },
  ];
  const side = sides.find((s) => s.room >= s.need) ?? sides.reduce((a, b) => (b.room - b.need > a.room - a.need ? b : a));
  el.style.left = `${Math.round(side.left)}px`;
  el.style.top = `${Math.round(side.top)}px`;
}
