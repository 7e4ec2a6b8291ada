import Link from "next/link";
import type { Selection } from "@/lib/selection";
import { eventRadius, layoutStoryTimeline, storyQuery, TIMELINE_ROW, type StoryTimelineLayout } from "@/lib/story-view";
import type { StoryEvent } from "@/lib/story";
import { formatIsoDate } from "@/lib/text";

const WIDTH = 1000;
const NARROW = 360;

type Props = { events: readonly StoryEvent[]; selection: Selection; articles: readonly string[] | null };

/**
 * The merged timeline, drawn on the server: one mark per story event at the dates its articles
 * give, the number in the mark how many articles report it, a dashed amber ring where they give
 * different dates. Each mark is a link selecting the event, so it works by keyboard and without script.
 * Drawn twice, for a wide and a phone-sized column, and the page shows the one that fits (the
 * chart is drawn on the server, which does not know the screen): on a phone the dates stay in view
 * instead of scrolling off to the right.
 */
export function StoryTimeline({ events, selection, articles }: Props) {
  const wide = layoutStoryTimeline(events, WIDTH);
  return (
    <figure className="flex flex-col gap-2" aria-labelledby="story-timeline-caption">
      <div className="hidden overflow-x-auto sm:block">
        <TimelineSvg layout={wide} selection={selection} articles={articles} className="min-w-[640px] max-w-none" />
      </div>
      <div className="sm:hidden">
        <TimelineSvg layout={layoutStoryTimeline(events, NARROW)} selection={selection} articles={articles} className="h-auto w-full" />
      </div>
      <figcaption id="story-timeline-caption" className="text-xs text-fg-muted">
        The number in each mark is how many articles report the event; a dashed amber ring means the articles give different dates. Columns are the dates given, evenly spaced.
        {wide.undated.length > 0 && ` ${wide.undated.length} events no article dates are in the table below.`}{" "}
        <Link href="#story-events" className="underline">
          The events as a table
        </Link>
      </figcaption>
    </figure>
  );
}

function TimelineSvg({ layout, selection, articles, className }: { layout: StoryTimelineLayout; selection: Selection; articles: readonly string[] | null; className: string }) {
  const selected = selection?.kind === "event" ? selection.id : null;
  return (
    <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} className={className} role="group" aria-label="Merged timeline of the story's events">
      {layout.ticks.map((t, i) => (
        <g key={t.date}>
          <line x1={t.x} x2={t.x} y1={22} y2={layout.height} stroke="var(--border)" />
          <text x={t.x} y={14} fontSize={11} textAnchor="middle" fill="var(--fg-muted)">
            {formatIsoDate(t.date, { year: i === 0 || layout.ticks[i - 1]!.date.slice(0, 4) !== t.date.slice(0, 4) })}
          </text>
        </g>
      ))}
      {layout.events.map((e) => {
        const y = 34 + e.row * TIMELINE_ROW + TIMELINE_ROW / 2;
        const r = eventRadius(e.reports);
        const isSelected = e.id === selected;
        return (
          <a key={e.id} href={storyQuery({ select: isSelected ? null : { kind: "event", id: e.id }, articles })} data-story-event={e.id} aria-label={`${e.label}: ${e.reports} article${e.reports === 1 ? "" : "s"}${e.disagree ? ", dates differ" : ""}`} aria-current={isSelected ? "true" : undefined}>
            {e.x2 > e.x && <line x1={e.x} x2={e.x2} y1={y} y2={y} stroke="var(--accent)" strokeOpacity={0.35} strokeWidth={6} strokeLinecap="round" />}
            <circle cx={e.x} cy={y} r={r} fill={isSelected ? "var(--highlight)" : "var(--bg-raised)"} stroke={e.disagree ? "#b45309" : "var(--accent)"} strokeWidth={isSelected ? 3 : 2} strokeDasharray={e.disagree ? "4 2" : undefined} />
            <text x={e.x} y={y + 4} fontSize={11} fontWeight={700} textAnchor="middle" fill="var(--fg)">
              {e.reports}
            </text>
            {/* a halo in the panel's colour keeps the label legible over its date bar */}
            <text x={e.x + r + 4} y={y + 4} fontSize={11} fill="var(--fg)" stroke="var(--bg-raised)" strokeWidth={5} strokeLinejoin="round" paintOrder="stroke">
              {e.text}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
