/**
 * The layout's connectors: from the anchor's edge the relation points at, to the dependent, turning
 * beside the labels they pass rather than through them.
 */
import { metrics, resolveX } from "./geometry";
import { linesWidth } from "./text";
import type { timeScale } from "./ticks";
import type { Connector, Mark, XPos } from "../types";

type Scale = ReturnType<typeof timeScale>;

/** A position `dx` px further right. */
function shifted(pos: XPos, dx: number): XPos {
  return "fixed" in pos ? { fixed: pos.fixed + dx } : { t: pos.t, dx: pos.dx + dx };
}

/** Room (px) between a connector's vertical and the label it passes. */
const LABEL_CLEARANCE = 4;
/** How far a label's glyphs reach above and below its baseline (px, at the label size). */
const LABEL_ASCENT = 10;
const LABEL_DESCENT = 3;

type LabelBox = { x0: XPos; x: number; left: number; right: number; top: number; bottom: number };

/** A shown label's box at the layout's scale (its glyph's x0 kept, to place a connector beside it at any zoom). */
function labelBox(mark: Mark, scale: Scale): LabelBox {
  const x = resolveX(mark.x0, scale);
  const left = x - metrics.r;
  const top = mark.y - metrics.labelRise - (mark.labelLines.length - 1) * metrics.labelLine - LABEL_ASCENT;
  return { x0: mark.x0, x, left, right: left + linesWidth(mark.labelLines, mark.yearInferred), top, bottom: mark.y - metrics.labelRise + LABEL_DESCENT };
}

/**
 * Where a connector between two rows turns (see `Connector`): its vertical passes through the band
 * above the upper glyph line, where the upper mark's label is, so it goes beside that label: for a
 * rising connector (the anchor below), left of the anchor's label or, when the dependent lies beyond
 * its end, right of it; for a falling one, just left of the dependent's label, which it then enters
 * along the glyph line. Null when the rows are one, or the mark passed shows no label (the S-curve).
 */
function connectorVia(anchor: Mark, dependent: Mark, b: XPos, scale: Scale, labels: readonly LabelBox[]): XPos | null {
  if (Math.abs(anchor.y - dependent.y) < 0.5) return null;
  const rising = dependent.y < anchor.y;
  const passed = rising ? anchor : dependent;
  if (!passed.labelLines.length) return null;
  const left = shifted(passed.x0, -metrics.r - LABEL_CLEARANCE);
  const right = shifted(passed.x0, -metrics.r + linesWidth(passed.labelLines, passed.yearInferred) + LABEL_CLEARANCE);
  const preferred = !rising ? [left, right] : resolveX(right, scale) <= resolveX(b, scale) ? [right, left] : [left, right];
  // a label of a row in between may stand in the way too: then beside that label, nearest first
  const top = Math.min(anchor.y, dependent.y);
  const bottom = Math.max(anchor.y, dependent.y);
  const crossed = (pos: XPos) => {
    const x = resolveX(pos, scale);
    return labels.some((l) => x > l.left && x < l.right && l.bottom > top && l.top < bottom);
  };
  const base = resolveX(preferred[0]!, scale);
  const around = labels
    .filter((l) => l.bottom > top && l.top < bottom)
    .flatMap((l) => [shifted(l.x0, l.left - l.x - LABEL_CLEARANCE), shifted(l.x0, l.right - l.x + LABEL_CLEARANCE)])
    .sort((p, q) => Math.abs(resolveX(p, scale) - base) - Math.abs(resolveX(q, scale) - base));
  return [...preferred, ...around].find((pos) => !crossed(pos)) ?? preferred[0]!;
}

/** A connector for each mark whose anchor is drawn too (neither in the undated strip). */
export function connectMarks(marks: readonly Mark[], scale: Scale): Connector[] {
  const markById = new Map(marks.map((mk) => [mk.id, mk]));
  const connectors: Connector[] = [];
  const labelBoxes = marks.filter((mk) => mk.area !== "undated" && mk.labelLines.length).map((mk) => labelBox(mk, scale));
  for (const mk of marks) {
    const anchor = mk.anchor ? markById.get(mk.anchor.id) : undefined;
    if (!anchor || !mk.anchor || mk.area === "undated" || anchor.area === "undated") continue;
    const a = mk.anchor.relation === "after" ? anchor.x1 ?? anchor.x0 : anchor.x0;
    const b = mk.anchor.relation === "before" ? mk.x1 ?? mk.x0 : mk.x0;
    connectors.push({ from: anchor.id, to: mk.id, a, ay: anchor.y, b, by: mk.y, via: connectorVia(anchor, mk, b, scale, labelBoxes), conditional: mk.area === "conditional" });
  }
  return connectors;
}
