import type { Span } from "../model";

/** True when the two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when any span of `as` overlaps any span of `bs`. */
export function anyOverlap(as: readonly Span[], bs: readonly Span[]): boolean {
  return as.some((a) => bs.some((b) => overlaps(a, b)));
}
