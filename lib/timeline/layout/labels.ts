import type { Event } from "../../model";
import { certaintyStyle } from "../certainty";
import { strings } from "../strings";
import { longDate } from "./ticks";
import type { Placement } from "../types";

/** The event's time in words, as announced to screen readers and shown in tooltips. */
export function dateText(event: Event, placement: Placement, anchorLabel: string | null): string {
  const relation = event.time.anchor ? strings.relation[event.time.anchor.relation] : null;
  const related = relation && anchorLabel ? `${relation} ${anchorLabel}` : null;
  let text: string;
  switch (placement.kind) {
    case "point":
      text = longDate(placement.t);
      break;
    case "range":
      text = placement.openStart && related
        ? `${related} (${longDate(placement.t1)})`
        : `${longDate(placement.t0)} – ${longDate(placement.t1)}`;
      break;
    case "fuzzy":
      text = `${strings.vague}, ${longDate(placement.t0)} – ${longDate(placement.t1)}`;
      break;
    case "relative":
      text = related ?? strings.dateUnknown;
      break;
    case "conditional":
      text = related ? `${strings.hypothetical}, ${related}` : strings.hypothetical;
      break;
    case "undated":
      text = related ? `${related}, ${strings.dateUnknown}` : strings.dateUnknown;
      break;
  }
  // the article's own words add something only where the date is vague or missing
  const said = event.time.text?.trim();
  const vague = placement.kind !== "point" && placement.kind !== "range";
  return said && vague && !text.includes(said) ? `${text} (“${said}”)` : text;
}

/** The accessible name of a mark: label, date, certainty and whether the year was inferred. */
export function ariaLabel(event: Event, date: string): string {
  const parts = [event.label, date, certaintyStyle[event.certainty].label];
  if (event.time.yearInferred) parts.push(strings.yearInferred);
  return parts.join(", ");
}
