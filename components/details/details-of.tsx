import type { ReactNode } from "react";
import type { Actor, Analysis, Claim, Event, Relation, Span } from "@/lib/model";
import { actorKindStyle, relationKindStyle } from "@/lib/graph";
import { messages } from "@/lib/messages";
import type { Selection } from "@/lib/selection";
import { describeEventTime, relationSentence } from "@/lib/text";
import { SourceChain } from "@/components/common/SourceChain";

type Visible = { events: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
type Details = { heading: string; body: ReactNode };

/** What the details panel shows for one selection, shared by the four kinds of item. */
type Context = {
  analysis: Analysis;
  names: ReadonlyMap<string, string>;
  onSelect: (selection: Selection) => void;
  labelOf: (id: string) => string | undefined;
  actorButton: (id: string) => ReactNode;
  list: (ids: readonly string[], render: (id: string) => ReactNode) => ReactNode;
};

/** The heading and body of the details panel for `selection`, or the empty state. */
export function detailsOf(analysis: Analysis, selection: Selection, onSelect: (s: Selection) => void, visible: Visible): Details {
  const empty = { heading: "Details", body: <p className="text-fg-muted">{messages.nothingSelected}</p> };
  if (!selection) return empty;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const ctx: Context = {
    analysis,
    names,
    onSelect,
    labelOf: (id) => analysis.events.find((e) => e.id === id)?.label,
    actorButton: (id) => (
      <button key={id} type="button" className="text-accent underline-offset-2 hover:underline" onClick={() => onSelect({ kind: "actor", id })}>
        {names.get(id) ?? id}
      </button>
    ),
    list: (ids, render) => (ids.length === 0 ? <span className="text-fg-muted">none</span> : ids.map((id, i) => [i > 0 ? ", " : null, render(id)])),
  };
  if (selection.kind === "event") {
    const event = analysis.events.find((e) => e.id === selection.id);
    return event ? eventDetails(event, ctx) : empty;
  }
  if (selection.kind === "actor") {
    const actor = analysis.actors.find((a) => a.id === selection.id);
    return actor ? actorDetails(actor, ctx, visible) : empty;
  }
  if (selection.kind === "relation") {
    const relation = analysis.relations.find((r) => r.id === selection.id);
    return relation ? relationDetails(relation, ctx) : empty;
  }
  const claim = analysis.claims.find((c) => c.id === selection.id);
  return claim ? claimDetails(claim, ctx) : empty;
}

function eventDetails(event: Event, { analysis, names, onSelect, labelOf, actorButton, list }: Context): Details {
  const certainty = `${event.certainty}${event.hypothetical ? " · hypothetical (only mentioned as a condition)" : ""}${event.alleged ? " · alleged (claimed, not established)" : ""}`;
  const anchor = event.time.anchor;
  return {
    heading: event.label,
    body: (
      <>
        <Fields
          rows={[
            ["Kind", event.kind.replace(/_/g, " ")],
            ["When", describeEventTime(event, labelOf)],
            ["Certainty", certainty],
            ["Actors", list(event.actors, actorButton)],
            ["Said by", <SourceChain key="s" ids={event.sources} names={names} />],
          ]}
        />
        {anchor && (
          <p className="text-sm">
            Anchored {anchor.relation}{" "}
            <button type="button" className="text-accent hover:underline" onClick={() => onSelect({ kind: "event", id: anchor.event })}>
              {labelOf(anchor.event) ?? anchor.event}
            </button>
          </p>
        )}
        <Evidence text={analysis.article.text} spans={event.evidence} />
      </>
    ),
  };
}

function actorDetails(actor: Actor, { analysis, names, onSelect }: Context, visible: Visible): Details {
  const allEvents = analysis.events.filter((e) => e.actors.includes(actor.id));
  const allRelations = analysis.relations.filter((r) => r.source === actor.id || r.target === actor.id);
  const events = visible ? allEvents.filter((e) => visible.events.has(e.id)) : allEvents;
  const relations = visible ? allRelations.filter((r) => visible.relations.has(r.id)) : allRelations;
  const hidden = allEvents.length - events.length + allRelations.length - relations.length;
  return {
    heading: actor.name,
    body: (
      <>
        <Fields
          rows={[
            ["Kind", actorKindStyle[actor.kind].label],
            ["Also called", actor.aliases.length > 0 ? actor.aliases.join(", ") : "—"],
            ["Mentions", String(actor.mentions.length)],
            ["Quoted as source", String(analysis.claims.filter((c) => c.sources[0] === actor.id).length) + " claims"],
          ]}
        />
        <ItemList title="Events" items={events.map((e) => ({ key: e.id, label: e.label, select: () => onSelect({ kind: "event", id: e.id }) }))} />
        {hidden > 0 && <p className="text-sm text-fg-muted">{messages.hiddenByFilters(hidden)}</p>}
        <ItemList
          title="Relations"
          items={relations.map((r) => ({ key: r.id, label: relationPhrase(r, names), select: () => onSelect({ kind: "relation", id: r.id }) }))}
        />
      </>
    ),
  };
}

function relationDetails(relation: Relation, { analysis, names, actorButton }: Context): Details {
  return {
    heading: relationPhrase(relation, names),
    body: (
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
        <Evidence text={analysis.article.text} spans={relation.evidence} />
      </>
    ),
  };
}

function claimDetails(claim: Claim, { analysis, names }: Context): Details {
  const character = claim.evaluative ? `evaluative${claim.cues?.length ? ` (cues: ${claim.cues.join(", ")})` : ""}` : "reported";
  return {
    heading: "Claim",
    body: (
      <>
        <Fields
          rows={[
            ["Said by", <SourceChain key="s" ids={claim.sources} names={names} />],
            ["Character", character],
          ]}
        />
        <Evidence text={analysis.article.text} spans={[claim.evidence]} />
      </>
    ),
  };
}

function relationPhrase(r: Relation, names: ReadonlyMap<string, string>): string {
  return relationSentence(names.get(r.source) ?? r.source, relationKindStyle[r.kind].label, names.get(r.target) ?? r.target);
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
