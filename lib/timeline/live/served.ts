/**
 * The server's static timeline drawings. The server cannot know the page's width, so it sends one laid
 * out for a phone, one for a tablet and one for a wide screen, and CSS shows the one for the viewport
 * (`className`: Tailwind's `sm` and `lg` breakpoints, which `media` repeats for script), scaled to the
 * panel's width (between about 0.75 and 1.5). The live chart that replaces them is laid out at the
 * width of the one shown and scaled the same way, so the swap leaves the panel's box as it was.
 */
export type ServedDrawing = { width: number; className: string; media: string | null };

const PHONE: ServedDrawing = { width: 360, className: "block sm:hidden", media: null };
// tablets: the wide drawing would be scaled to about 0.6 there (7 px text), in the live chart too
const TABLET: ServedDrawing = { width: 800, className: "hidden sm:block lg:hidden", media: "(width >= 40rem)" };
const WIDE: ServedDrawing = { width: 1200, className: "hidden lg:block", media: "(width >= 64rem)" };
const WIDE_FROM_TABLET: ServedDrawing = { width: 1200, className: "hidden sm:block", media: "(width >= 40rem)" };

/**
 * Above this many events a third drawing costs more than it buys (at 10,000 events it adds about
 * 24,000 nodes to parse and hydrate): tablets then get the wide drawing, scaled down.
 */
export const TABLET_DRAWING_MAX_EVENTS = 1500;

const FULL: readonly ServedDrawing[] = [PHONE, TABLET, WIDE];
const LEAN: readonly ServedDrawing[] = [PHONE, WIDE_FROM_TABLET];

/** The drawings served for an analysis of `eventCount` events (one of two constant lists). */
export function servedDrawings(eventCount: number): readonly ServedDrawing[] {
  return eventCount > TABLET_DRAWING_MAX_EVENTS ? LEAN : FULL;
}

type View = Pick<Window, "matchMedia">;

/** The width of the drawing CSS shows in this window, or null where media queries cannot be read. */
export function servedWidth(view: Partial<View>, drawings: readonly ServedDrawing[]): number | null {
  if (typeof view.matchMedia !== "function") return null;
  let width: number | null = null;
  for (const d of drawings) if (d.media === null || view.matchMedia(d.media).matches) width = d.width;
  return width;
}

/** Calls `onChange` when the viewport crosses into another drawing's band; returns the unsubscribe. */
export function watchServedWidth(view: Partial<View>, drawings: readonly ServedDrawing[], onChange: () => void): () => void {
  if (typeof view.matchMedia !== "function") return () => {};
  const lists = drawings.flatMap((d) => (d.media === null ? [] : [view.matchMedia!(d.media)]));
  for (const list of lists) list.addEventListener("change", onChange);
  return () => {
    for (const list of lists) list.removeEventListener("change", onChange);
  };
}
