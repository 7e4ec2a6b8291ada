import fc from "fast-check";
import { findTimeExpressions } from "@/lib/extract/time";

const WORDS = [
  "on", "Monday", "January", "6", ",", "2026", "in", "the", "coming", "days", "last", "year", "three", "weeks", "ago",
  "now", "May", "may", "fall", "spring", "Q3", "quarter", "third", "at", "18:00", "UTC", "every", "week", "said", "will",
  "1990s", "early", "mid-2011", "recently", "soon", "7/8/07", "from", "to", "June", "5", ".", "\n", "a", "day", "Christmas",
];

describe("findTimeExpressions properties", () => {
  it("findTimeExpressions(any text, ref) returns sorted, non-overlapping spans that slice the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }), (words, date) => {
        const text = words.join(" ");
        const found = findTimeExpressions(text, date.toISOString().slice(0, 10));
        let previousEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.value.length).toBeGreaterThan(0);
          if (m.date) expect(m.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (m.date?.end) expect(m.date.end >= m.date.start).toBe(true);
          previousEnd = m.end;
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("findTimeExpressions(a long text, ref) stays linear: 50 kB of tricky input in well under a second", () => {
    const text = "in the past few several many days weeks years 2008-2009-2010 May May may ".repeat(700);
    const started = performance.now();
    findTimeExpressions(text, "2010-01-01");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
