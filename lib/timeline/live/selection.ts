/**
 * Selection, links and dimming applied to the drawn marks without redrawing (only marks whose state
 * changed are touched), and the roving tabindex: one mark in the tab order, the focused or selected one.
 */
import type { ScaleTime } from "d3-scale";
import { toDom } from "../../svg";
import { markOpacity, palettes, selectionRing, type Palette, type RenderOptions } from "../draw";
import type { TimelineLayout } from "../types";
import type { Entry, MarkIndex } from "./marks";

export type SelectState = Pick<RenderOptions, "selectedId" | "highlighted" | "dimOthers">;

export class MarkSelection {
  state: SelectState = {};
  /** the mark in the tab order */
  focusId: string | null = null;
  /** each mark's state as last applied, so unchanged marks are left alone */
  private applied = new Map<string, string>();

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly marks: MarkIndex,
  ) {}

  apply(state: SelectState, layout: TimelineLayout | null, scale: ScaleTime<number, number> | null): void {
    this.state = state;
    const palette = layout ? palettes[layout.theme] : null;
    for (const entry of this.marks.entries.values()) this.applyTo(entry, palette, scale);
    this.setRoving(this.focusId ?? state.selectedId ?? null, layout);
  }

  private applyTo(entry: Entry, palette: Palette | null, scale: ScaleTime<number, number> | null): void {
    const { el, mark } = entry;
    const state = this.state;
    const selected = state.selectedId === mark.id;
    const opacity = markOpacity(mark.id, state);
    const bold = state.highlighted?.has(mark.id) === true;
    const key = `${selected}|${opacity}|${bold}`;
    if (this.applied.get(mark.id) === key) return;
    this.applied.set(mark.id, key);
    el.setAttribute("aria-selected", selected ? "true" : "false");
    if (opacity === undefined) el.removeAttribute("opacity");
    else el.setAttribute("opacity", String(opacity));
    if (entry.ring && !selected) {
      entry.ring.remove();
      entry.stretch = entry.stretch.filter((s) => s !== entry.ring);
      entry.ring = null;
    } else if (!entry.ring && selected && palette && scale) {
      entry.ring = toDom(selectionRing(mark, scale, palette), el.ownerDocument) as SVGElement;
      el.insertBefore(entry.ring, el.firstChild);
      entry.stretch.push(entry.ring);
    }
    entry.label?.setAttribute("font-weight", bold ? "600" : "400");
  }

  /** Puts `id` (or, when it is not drawn, the first mark in reading order) in the tab order. */
  setRoving(id: string | null, layout: TimelineLayout | null): void {
    if (!layout) return;
    const entries = this.marks.entries;
    const target = id && entries.has(id) ? id : (layout.order[0] ?? null);
    const current = this.svg.querySelectorAll('[data-event-id][tabindex="0"]');
    for (const el of current) if (el.getAttribute("data-event-id") !== target) el.setAttribute("tabindex", "-1");
    if (target) entries.get(target)?.el.setAttribute("tabindex", "0");
    this.focusId = target;
  }

  /** The mark's node changed (a new label): its state is applied again next time. */
  forget(id: string): void {
    this.applied.delete(id);
  }

  /** A new drawing: every mark's state is applied again. */
  reset(): void {
    this.applied = new Map();
  }
}
