import type { Span } from "../../model";
import { addDays, isoDay, parseDay } from "./calendar";
import { MONTHS } from "./words";

/**
 * A wire dateline's day: "GENEVA, Oct. 12 (Xinhua) --", "WELLINGTON, Dec 10 (Reuters) -". The story
 * speaks from that day, which can differ from the page's publication date (a wire story posted the
 * next morning, or a time zone ahead): "today" and "Thursday" are read from it. Trusted only near
 * the publication date (three days before it to one after), the year taken from that date.
 */
const DATELINE =
  /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?,\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:,\s*((?:19|20)\d\d))?\s*(?:\(?[\p{L} .-]{0,30}\)?\s*)?(?:--|—|–|-)\s/du;

export function datelineDate(body: string, published: string): { date: string; evidence: Span } | null {
  const m = DATELINE.exec(body);
  if (!m) return null;
  const month = MONTHS[(m[1] ?? "").toLowerCase()];
  const day = Number(m[2]);
  if (!month) return null;
  const pub = parseDay(published);
  const years = m[3] ? [Number(m[3])] : [pub.y - 1, pub.y, pub.y + 1];
  for (const y of years) {
    const t = new Date(Date.UTC(y, month - 1, day));
    if (t.getUTCMonth() !== month - 1) continue;
    const date = t.toISOString().slice(0, 10);
    if (date >= isoDay(addDays(pub, -3)) && date <= isoDay(addDays(pub, 1))) {
      const start = m.indices?.[1]?.[0] ?? m.index;
      const end = m.indices?.[3]?.[1] ?? m.indices?.[2]?.[1] ?? start;
      return { date, evidence: { start, end } };
    }
  }
  return null;
}
