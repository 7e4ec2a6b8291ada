import { messages } from "../messages";
import type { Selection } from "../selection";
import type { StoryAnalysis } from "../story";
import { escapeHtml as e } from "../text";

/**
 * A story's merged events and relations as plain HTML tables (the story table embed, which needs no
 * script): events in date order with how many articles report each and the certainties they give,
 * relations with their support. Every string is escaped.
 */
export function storyTablesHtml(story: StoryAnalysis, selection: Selection): string {
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  const outlets = new Map(story.articles.map((a) => [a.id, a.source ?? a.title]));
  const name = (id: string) => names.get(id) ?? id;
  const mark = (kind: "event" | "relation", id: string) => (selection?.kind === kind && selection.id === id ? ' class="nl-selected" aria-current="true"' : "");
  const firstDate = (ev: StoryAnalysis["events"][number]) => ev.dates.map((d) => d.start).sort()[0] ?? "\uffff";
  const events = [...story.events].sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || b.articles.length - a.articles.length);
  const eventRows = events.map((ev) => {
    const dates = ev.dates.map((d) => (d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start)).join("; ") || "—";
    const certainties = [...new Set(ev.reports.map((r) => r.certainty))].join(", ");
    const by = [...new Set(ev.articles.map((a) => outlets.get(a) ?? a))].join(", ");
    return (
      `<tr data-story-event="${e(ev.id)}"${mark("event", ev.id)}><td>${e(dates)}${ev.dateConflict ? " <small>(dates differ)</small>" : ""}</td>` +
      `<th scope="row">${e(ev.label)}</th><td>${ev.articles.length}</td><td>${e(certainties)}</td><td>${e(by)}</td></tr>`
    );
  });
  const relationRows = story.relations.map(
    (r) =>
      `<tr data-story-relation="${e(r.id)}"${mark("relation", r.id)}><th scope="row">${e(name(r.source))}</th><td>${e(r.kind)}</td>` +
      `<td>${e(name(r.target))}</td><td>${r.support}</td></tr>`,
  );
  const empty = (cols: number) => `<tr><td colspan="${cols}">${e(messages.noMatches)}</td></tr>`;
  return [
    `<table class="nl-table"><caption>Events (${events.length}) merged from ${story.articles.length} articles</caption>`,
    `<thead><tr><th scope="col">Dates given</th><th scope="col">Event</th><th scope="col">Articles</th><th scope="col">Certainty</th><th scope="col">Reported by</th></tr></thead>`,
    `<tbody>${eventRows.join("") || empty(5)}</tbody></table>`,
    `<table class="nl-table"><caption>Relations (${story.relations.length})</caption>`,
    `<thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th><th scope="col">Articles</th></tr></thead>`,
    `<tbody>${relationRows.join("") || empty(4)}</tbody></table>`,
  ].join("");
}
