import { messages } from "../messages";
import type { Analysis } from "../model";
import { describeEventTime, eventsInTimeOrder } from "../text";
import { escapeHtml as e } from "../text";
import type { Scene } from "./scene";

/**
 * The events and relations of a scene as plain HTML tables: the embed that needs no script and
 * the accessible alternative to the charts. Every string is escaped.
 */
export function tablesHtml(analysis: Analysis, scene: Scene): string {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const chain = (ids: readonly string[]) => (ids.length ? ids.map(name).join(" → ") : "—");
  const labelOf = (id: string) => analysis.events.find((ev) => ev.id === id)?.label;
  const select = scene.view.select;
  const rowClass = (kind: "event" | "relation", id: string, linkedSet: ReadonlySet<string>) =>
    select?.kind === kind && select.id === id ? ' class="nl-selected" aria-current="true"' : select && linkedSet.has(id) ? ' class="nl-linked"' : "";

  const events = eventsInTimeOrder(
    analysis.events.filter((ev) => scene.visible.events.has(ev.id)),
    analysis.events,
  );
  const eventRows = events.map(
    (ev) =>
      `<tr data-event-id="${e(ev.id)}"${rowClass("event", ev.id, scene.linked.events)}><td>${e(describeEventTime(ev, labelOf))}</td>` +
      `<th scope="row">${e(ev.label)}${ev.hypothetical ? " <small>(hypothetical)</small>" : ""}</th>` +
      `<td>${e(ev.certainty)}</td><td>${e(ev.actors.map(name).join(", ") || "—")}</td><td>${e(chain(ev.sources))}</td></tr>`,
  );
  const relations = analysis.relations.filter((r) => scene.visible.relations.has(r.id));
  const relationRows = relations.map(
    (r) =>
      `<tr data-relation-id="${e(r.id)}"${rowClass("relation", r.id, scene.linked.relations)}><th scope="row">${e(name(r.source))}</th>` +
      `<td>${e(r.label)}</td><td>${e(name(r.target))}</td><td>${e(r.certainty)}</td><td>${e(chain(r.sources))}</td></tr>`,
  );
  const empty = (cols: number) => `<tr><td colspan="${cols}">${e(messages.noMatches)}</td></tr>`;
  return [
    `<table class="nl-table"><caption>Events (${events.length} of ${analysis.events.length})</caption>`,
    `<thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Certainty</th><th scope="col">Actors</th><th scope="col">According to</th></tr></thead>`,
    `<tbody>${eventRows.join("") || empty(5)}</tbody></table>`,
    `<table class="nl-table"><caption>Relations (${relations.length} of ${analysis.relations.length})</caption>`,
    `<thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th><th scope="col">Certainty</th><th scope="col">According to</th></tr></thead>`,
    `<tbody>${relationRows.join("") || empty(5)}</tbody></table>`,
  ].join("");
}
