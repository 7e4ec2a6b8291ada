import type { StoryEvent } from "../story";

/** One story event placed on the merged timeline. */
export type PlacedEvent = {
  id: string;
  label: string;
  /** the label as drawn: as much as the chart's width gives room for, cut at a word */
  text: string;
  x: number;
  /** where the event's latest reported date ends (a range is a bar) */
  x2: number;
  row: number;
  reports: number;
  /** articles give dates that do not overlap, or several distinct dates */
  disagree: boolean;
};

export type StoryTimelineLayout = {
  width: number;
  height: number;
  events: PlacedEvent[];
  ticks: { x: number; date: string }[];
  /** story events no article dates: shown in the table only */
  undated: string[];
};

export const TIMELINE_ROW = 34;
const PAD_X = 24;
const TOP = 34;
const LABEL_CHARS = 26;
const CHAR_PX = 6.4;
/** How many characters a label may take: more where the chart is wide ("Meeting of Kyiv's allies to discuss…"). */
const labelChars = (width: number) => (width >= 960 ? 44 : width >= 640 ? 34 : LABEL_CHARS);

/** The label as drawn: at most `max` characters, cut at a word. */
export function shortLabel(label: string, max = LABEL_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 10 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/**
 * Lays the story's dated events out by date: each at the earliest date any article gives it, a bar
 * to the latest. The axis is ordinal, one evenly spaced column per distinct date, so one report
 * misdated by months does not squash the days the story happens on into a pixel. Events are packed
 * into rows so no two labels overlap (greedy, in date order, the most reported first on a tie).
 * Pure, so the page and its tests share one layout.
 */
export function layoutStoryTimeline(events: readonly StoryEvent[], width: number): StoryTimelineLayout {
  const dated = events.filter((e) => e.dates.length > 0);
  const undated = events.filter((e) => e.dates.length === 0).map((e) => e.id);
  if (dated.length === 0) return { width, height: TOP, events: [], ticks: [], undated };
  const starts = dated.map((e) => e.dates.map((d) => d.start).sort()[0]!);
  const ends = dated.map((e) => e.dates.map((d) => d.end).sort().at(-1)!);
  const columns = [...new Set(starts)].sort();
  const chars = labelChars(width);
  const step = columns.length > 1 ? Math.max(0, width - 2 * PAD_X - 14 - chars * CHAR_PX) / (columns.length - 1) : 0;
  const xOfColumn = (i: number) => PAD_X + i * step;
  // a date's column: the last column on or before it
  const xOf = (date: string) => xOfColumn(Math.max(0, columns.filter((c) => c <= date).length - 1));
  const order = dated.map((_, i) => i).sort((a, b) => starts[a]!.localeCompare(starts[b]!) || dated[b]!.articles.length - dated[a]!.articles.length);
  const rowEnds: number[] = [];
  const placed: PlacedEvent[] = [];
  for (const i of order) {
    const e = dated[i]!;
    const x = xOf(starts[i]!);
    const x2 = Math.max(x, xOf(ends[i]!));
    const text = shortLabel(e.label, chars);
    const right = Math.max(x2, x + 14 + text.length * CHAR_PX);
    let row = rowEnds.findIndex((end) => end + 8 < x);
    if (row === -1) row = rowEnds.push(right) - 1;
    else rowEnds[row] = right;
    placed.push({ id: e.id, label: e.label, text, x, x2, row, reports: e.articles.length, disagree: e.dateConflict || e.dates.length > 1 });
  }
  return {
    width,
    height: TOP + rowEnds.length * TIMELINE_ROW + 8,
    events: placed,
    ticks: columns.map((date, i) => ({ x: xOfColumn(i), date })),
    undated,
  };
}
