"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { Analysis, Span } from "@/lib/model/analysis";
import { actorKindStyle, relationKindStyle } from "@/lib/graph/style";
import { messages } from "@/lib/messages";
import type { Selection } from "@/lib/selection/types";
import { describeEventTime } from "@/lib/text/event-time";
import { SourceChain } from "@/components/common/SourceChain";

type Props = {
  analysis: Analysis;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** what the active filters show: an actor's lists keep to it and say how many the filters hide */
  visible?: { events: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
};

/** The selected item's fields, its evidence quoted from the text, and who said it. */
/** Below this width the details open as a sheet over the page (DashboardClient), so focus moves into it. */
const SHEET_QUERY = "(max-width: 1023.98px)";

export function DetailsPanel({ analysis, selection, onSelect, visible = null }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const key = selection ? `${selection.kind}:${selection.id}` : null;
  // On a phone the sheet takes focus when something is selected (a screen reader reads its heading),
  // and gives it back to what was tapped when it closes (Escape or Clear).
  // while the sheet is open, the page keeps what is scrolled into view (the next item tapped, the
  // evidence) above it rather than under it (app/globals.css)
  useEffect(() => {
    document.documentElement.classList.toggle("nl-sheet-open", key !== null);
    return () => document.documentElement.classList.remove("nl-sheet-open");
  }, [key]);
  useEffect(() => {
    if (typeof window === "undefined" || !window.matchMedia?.(SHEET_QUERY).matches) return;
    const heading = headingRef.current;
    if (key && heading) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && !heading.closest("section")?.contains(active) && active !== document.body) returnTo.current = active;
      heading.focus({ preventScroll: true });
    } else if (!key && returnTo.current?.isConnected) {
      returnTo.current.focus({ preventScroll: true });
      returnTo.current = null;
    }
  }, [key]);
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const labelOf = (id: string) => analysis.events.find((e) => e.id === id)?.label;
  const text = analysis.article.text;
  const actorButton = (id: string) => (
    <button key={id} type="button" className="text-accent underline-offset-2 hover:underline" onClick={() => onSelect({ kind: "actor", id })}>
      {names.get(id) ?? id}
    </button>
  );
  const list = (ids: readonly string[], render: (id: string) => ReactNode) =>
    ids.length === 0 ? <span className="text-fg-muted">none</span> : ids.map((id, i) => [i > 0 ? ", " : null, render(id)]);

  let body: ReactNode = <p className="text-fg-muted">{messages.nothingSelected}</p>;
  let heading = "Details";

  if (selection?.kind === "event") {
    const event = analysis.events.find((e) => e.id === selection.id);
    if (event) {
      heading = event.label;
      body = (
        <>
          <Fields
            rows={[
              ["Kind", event.kind.replace(/_/g, " ")],
              ["When", describeEventTime(event, labelOf)],
              ["Certainty", `${event.certainty}${event.hypothetical ? " · hypothetical (only mentioned as a condition)" : ""}${event.alleged ? " · alleged (claimed, not established)" : ""}`],
              ["Actors", list(event.actors, actorButton)],
              ["Said by", <SourceChain key="s" ids={event.sources} names={names} />],
            ]}
          />
          {event.time.anchor && (
            <p className="text-sm">
              Anchored {event.time.anchor.relation}{" "}
              <button type="button" className="text-accent hover:underline" onClick={() => onSelect({ kind: "event", id: event.time.anchor!.event })}>
                {labelOf(event.time.anchor.event) ?? event.time.anchor.event}
              </button>
            </p>
          )}
          <Evidence text={text} spans={event.evidence} />
        </>
      );
    }
  } else if (selection?.kind === "actor") {
    const actor = analysis.actors.find((a) => a.id === selection.id);
    if (actor) {
      heading = actor.name;
      const allEvents = analysis.events.filter((e) => e.actors.includes(actor.id));
      const allRelations = analysis.relations.filter((r) => r.source === actor.id || r.target === actor.id);
      const events = visible ? allEvents.filter((e) => visible.events.has(e.id)) : allEvents;
      const relations = visible ? allRelations.filter((r) => visible.relations.has(r.id)) : allRelations;
      const hidden = allEvents.length - events.length + allRelations.length - relations.length;
      body = (
        <>
          <Fields
            rows={[
              ["Kind", actorKindStyle[actor.kind].label],
              ["Also called", actor.aliases.length > 0 ? actor.aliases.join(", ") : "—"],
              ["Mentions", String(actor.mentions.length)],
              ["Quoted as source", String(analysis.claims.filter((c) => c.sources[0] === actor.id).length) + " claims"],
            ]}
          />
          <ItemList
            title="Events"
            items={events.map((e) => ({ key: e.id, label: e.label, select: () => onSelect({ kind: "event", id: e.id }) }))}
          />
          {hidden > 0 && <p className="text-sm text-fg-muted">{messages.hiddenByFilters(hidden)}</p>}
          <ItemList
            title="Relations"
            items={relations.map((r) => ({
              key: r.id,
              label: `${names.get(r.source) ?? r.source} ${relationKindStyle[r.kind].label} ${names.get(r.target) ?? r.target}`,
              select: () => onSelect({ kind: "relation", id: r.id }),
            }))}
          />
        </>
      );
    }
  } else if (selection?.kind === "relation") {
    const relation = analysis.relations.find((r) => r.id === selection.id);
    if (relation) {
      heading = `${names.get(relation.source) ?? relation.source} ${relationKindStyle[relation.kind].label} ${names.get(relation.target) ?? relation.target}`;
      body = (
        <>
          <Fields
            rows={[
              ["From", actorButton(relation.source)],
              ["Relation", relation.label],
              ["To", actorButton(relation.target)],
              ["Certainty", relation.certainty],
              ["Said by", <SourceChain key="s" ids={relation.sources} names={names} />],
            ]}
          />
          <Evidence text={text} spans={relation.evidence} />
        </>
      );
    }
  } else if (selection?.kind === "claim") {
    const claim = analysis.claims.find((c) => c.id === selection.id);
    if (claim) {
      heading = "Claim";
      body = (
        <>
          <Fields
            rows={[
              ["Said by", <SourceChain key="s" ids={claim.sources} names={names} />],
              ["Character", claim.evaluative ? `evaluative${claim.cues?.length ? ` (cues: ${claim.cues.join(", ")})` : ""}` : "reported"],
            ]}
          />
          <Evidence text={text} spans={[claim.evidence]} />
        </>
      );
    }
  }

  return (
    <section aria-labelledby="details-heading" className="flex flex-col gap-3" data-testid="details-panel">
      <div className="flex items-start justify-between gap-2">
        <h2 id="details-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold leading-snug outline-none">
          {heading}
        </h2>
        {selection && (
          <button type="button" onClick={() => onSelect(null)} className="shrink-0 rounded border border-border px-2 py-0.5 text-sm hover:bg-bg-soft">
            Clear <span className="sr-only">selection</span>
            <kbd className="ml-1 text-xs text-fg-muted" aria-hidden="true">
              Esc
            </kbd>
          </button>
        )}
      </div>
      {body}
    </section>
  );
}

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-fg-muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Evidence({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">Evidence</h3>
      {spans.map((s) => (
        <blockquote key={`${s.start}-${s.end}`} className="border-l-4 border-border pl-3 text-sm italic">
          {text.slice(s.start, s.end)}
        </blockquote>
      ))}
    </div>
  );
}

function ItemList({ title, items }: { title: string; items: { key: string; label: string; select: () => void }[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <ul className="flex flex-col gap-0.5 text-sm">
        {items.map((item) => (
          <li key={item.key}>
            <button type="button" className="text-left text-accent hover:underline" onClick={item.select}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
