import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { Tick } from "../types";

const formatDay = utcFormat("%b %-d");
const formatMonth = utcFormat("%b");
const formatYear = utcFormat("%Y");
const formatLong = utcFormat("%-d %B %Y");

/** Axis labels at the coarsest level a tick starts: a year, a month, or a day. */
export function tickLabel(t: number): string {
  const d = new Date(t);
  if (utcYear.floor(d).getTime() === t) return formatYear(d);
  if (utcMonth.floor(d).getTime() === t) return formatMonth(d);
  return formatDay(d);
}

/** "6 January 2026": the date as read out and shown in tooltips. */
export function longDate(t: number): string {
  return formatLong(new Date(t));
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([range[0], range[1]]);
}

/** Fewer ticks than this and a reader cannot tell the scale's direction and pace. */
const MIN_TICKS = 3;

/**
 * About one tick per 90 px and at least three, never finer than a day: the timeline works in calendar
 * dates, so hours would claim a precision the article does not have. d3 rounds the count to a "nice"
 * interval, which on a narrow plot can leave one or two ticks; the count is raised until three fit.
 */
export function axisTicks(scale: ScaleTime<number, number>): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [Date, Date];
  const days = (d1.getTime() - d0.getTime()) / 86_400_000;
  const atCount = (count: number) => {
    const dates = days / count < 1 ? scale.ticks(utcDay.every(Math.max(1, Math.ceil(days / count)))!) : scale.ticks(count);
    return dates.filter((d) => utcDay.floor(d).getTime() === d.getTime());
  };
  let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / 90));
  let dates = atCount(count);
  while (dates.length < MIN_TICKS && count < 4 * MIN_TICKS) {
    count += 1;
    const more = atCount(count);
    if (more.length > dates.length) dates = more;
  }
  return dates.map((d) => ({ t: d.getTime(), label: tickLabel(d.getTime()) }));
}
