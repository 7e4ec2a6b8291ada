import { addDays, type Day } from "./calendar";
import { candidate, dateOf, type Candidate, type Scan } from "./mention";

/**
 * Vague references (TimeML PRESENT_REF, PAST_REF, FUTURE_REF). Windows such as "the coming days" also
 * get plausible bounds for the timeline, flagged fuzzy. Prepositions stay outside the span, as in TimeML.
 */

type Vague = {
  pattern: RegExp;
  value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";
  window?: (text: string) => [number, number] | null;
};

const COMING_DAYS: Record<string, number> = { days: 7, weeks: 42, months: 183, years: 3 * 365 };

const VAGUE: Vague[] = [
  {
    pattern:
      /\b(?:right\s+now|now|currently|presently|at\s+present|at\s+the\s+moment|at\s+this\s+time|nowadays|these\s+days|to\s+date)\b(?![-'’])/gi,
    value: "PRESENT_REF",
  },
  {
    pattern: /\b(?:(?:more|most|very|only|until)\s+)?(?:recently|lately)\b/gi,
    value: "PAST_REF",
    window: () => [-30, 0],
  },
  // "previously", "formerly" only order one event before another: TimeML leaves expressions of
  // sequencing unmarked, as it does "before" and "afterwards".
  // "decades ago", "years ago": no count, so no date, as "several years ago"
  { pattern: /\b(?:years|decades|months|weeks|days)\s+ago\b/gi, value: "PAST_REF" },
  {
    pattern: /(?<=\bin\s)the\s+past\b(?!\s+(?:\d|(?:few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b))|(?<=\b(?:in|over|during|throughout|for|across)\s)(?:the\s+)?recent\s+(?:years|months|weeks|days|times|decades)\b/gi,
    value: "PAST_REF",
  },
  {
    pattern:
      /\bearlier\b(?=\s*[,.;:!?)]|\s*$|\s+(?:today|in\s+the\s+day|when|as|and|but|that)\b)/gi,
    value: "PAST_REF",
  },
  {
    pattern: /(?<!\bas\s)\b(?:soon|shortly)\b(?!-|\s+(?:after|before|as|afterwards)\b)/gi,
    value: "FUTURE_REF",
    window: (text) => (/soon/i.test(text) ? [0, 30] : [0, 14]),
  },
  {
    pattern: /(?<=\bin\s)(?:the\s+(?:near|foreseeable|immediate)\s+)future\b/gi,
    value: "FUTURE_REF",
    window: () => [0, 90],
  },
  { pattern: /(?<=\bin\s)(?:the\s+)?future\b/gi, value: "FUTURE_REF" },
  // "the future of the plant", "plans for the future.": the noun, not the adjective ("the future king")
  {
    pattern:
      /\bthe\s+future\b(?<!\bin\s+the\s+future)(?=\s*[,.;:!?)]|\s*$|\s+(?:of|is|was|looks|looked|remains|remained|will|would|and|as|that|holds|held)\b)/gi,
    value: "FUTURE_REF",
  },
  {
    pattern:
      /\bthe\s+(?:coming|upcoming)\s+(days|weeks|months|years)\b|\bthe\s+(days|weeks|months|years)\s+ahead\b/gi,
    value: "FUTURE_REF",
    window: (text) => [
      0,
      COMING_DAYS[/(days|weeks|months|years)/i.exec(text)?.[1]?.toLowerCase() ?? "days"] ?? 7,
    ],
  },
];

function windowDate(ref: Day, [from, to]: [number, number]) {
  return dateOf(
    { value: "", start: addDays(ref, from), end: addDays(ref, to) },
    { yearWritten: false, fuzzy: true },
  );
}

export function findVagueReferences(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const { pattern, value, window } of VAGUE) {
    for (const match of scan.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const bounds = window?.(match[0]) ?? null;
      out.push(
        candidate(
          scan,
          start,
          end,
          "DATE",
          value,
          bounds ? windowDate(scan.ref, bounds) : undefined,
        ),
      );
    }
  }
  return out;
}
