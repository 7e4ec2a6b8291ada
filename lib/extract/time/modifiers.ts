import type { Candidate, Scan } from "./mention";

/**
 * TimeML keeps a point's modifier inside the expression ("early 2009", "mid-June", "the end of
 * next month") and leaves the value alone. Extends a calendar mention over a modifier just before it.
 */
const MODIFIER =
  /(?:\b(?:(?:the\s+)?(?:early|late|mid)|the\s+(?:end|beginning|start|middle|rest|remainder|first\s+half|second\s+half)\s+of)\s*-?\s*|\bmid-)$/i;
const CALENDAR_VALUE = /^(?:FY)?\d{3,4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI))?$/;
/** A day takes only the lighter modifiers: "late Monday", "early on Friday" is left alone. */
const DAY_MODIFIER = /\b(?:early|late)\s+$/i;
const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;

export function withModifiers(scan: Scan, mentions: Candidate[]): Candidate[] {
  let previousEnd = 0;
  return mentions.map((mention) => {
    const floor = previousEnd;
    previousEnd = mention.end;
    if (mention.type !== "DATE") return mention;
    const pattern = CALENDAR_VALUE.test(mention.value)
      ? MODIFIER
      : DAY_VALUE.test(mention.value)
        ? DAY_MODIFIER
        : null;
    if (!pattern) return mention;
    const before = scan.text.slice(Math.max(floor, mention.start - 28), mention.start);
    const match = pattern.exec(before);
    if (!match) return mention;
    const start = mention.start - match[0].length;
    return { ...mention, start, text: scan.text.slice(start, mention.end) };
  });
}
