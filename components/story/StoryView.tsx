import Link from "next/link";
import { Notices } from "@/components/dashboard/Notices";
import { Panel } from "@/components/dashboard/Panel";
import { storyQuery, storySubset, type StoryView as View } from "@/lib/story-view";
import type { StoryAnalysis } from "@/lib/story";
import { EventVersions, OutletTable, StoryActorTable, StoryEventTable, StoryRelationTable } from "./tables";
import { StoryGraph } from "./StoryGraph";
import { StoryTimeline } from "./StoryTimeline";
import { StoryExport } from "./StoryExport";

type Props = { id: string; title: string; story: StoryAnalysis; view: View; origin: string };

/**
 * A story's page, rendered on the server from the URL: the merged timeline, the selected event's
 * versions side by side, the merged graph (all articles, or the `articles=` subset) and the outlets
 * compared. Every control is a link under the article URL contract, so a view is a deep link.
 */
export function StoryView({ id, title, story, view, origin }: Props) {
  const shown = storySubset(story, view.articles);
  const subset = view.subset ? view.articles : null;
  const selection = view.state.select;
  const event = selection?.kind === "event" ? shown.events.find((e) => e.id === selection.id) : undefined;
  const sourceOf = new Map(story.articles.map((a) => [a.id, a.source ?? a.title]));
  return (
    <div className="mx-auto flex max-w-[1500px] flex-col gap-3 px-3 py-3 sm:px-4" data-story={id}>
      <header className="flex flex-col gap-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/" prefetch={false} className="text-accent hover:underline">
            ← All articles
          </Link>
        </nav>
        <h1 className="text-xl font-bold leading-snug sm:text-2xl">{title}</h1>
        <p className="text-sm text-fg-muted">
          A story of {story.articles.length} articles: {story.events.length} events, {story.actors.length} actors, {story.relations.length} relations, merged.
        </p>
        <Notices notices={view.notices} />
        <StoryExport id={id} title={title} query={storyQuery({ select: selection, articles: subset }).replace(/^\?/, "")} origin={origin} />
        <nav aria-label="Articles shown" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-fg-muted">Shown:</span>
          {subset ? (
            <Link href={storyQuery({ select: selection, articles: null })} className="rounded border border-border px-2 py-0.5 text-accent underline">
              All {story.articles.length} articles
            </Link>
          ) : (
            <span className="rounded bg-accent px-2 py-0.5 text-accent-fg">All {story.articles.length} articles</span>
          )}
          {story.articles.map((a) => {
            const on = subset?.includes(a.id) ?? false;
            const next = on ? subset!.filter((x) => x !== a.id) : [...(subset ?? []), a.id];
            return (
              <Link
                key={a.id}
                href={storyQuery({ select: selection, articles: next.length > 0 ? next : null })}
                aria-pressed={on}
                data-subset-article={a.id}
                className={`rounded border px-2 py-0.5 ${on ? "border-accent bg-accent text-accent-fg" : "border-border text-accent"}`}
                title={a.title}
              >
                {sourceOf.get(a.id)}
              </Link>
            );
          })}
        </nav>
      </header>
      <main id="main" className="grid grid-cols-1 gap-3 xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
        <Panel id="story-timeline" title="Merged timeline" className="xl:col-span-2">
          <StoryTimeline events={shown.events} selection={selection} articles={subset} />
          {event ? (
            <EventVersions story={shown} event={event} />
          ) : (
            <p className="text-sm text-fg-muted">Select an event (a mark, or a row of the table) to see each article&apos;s version side by side.</p>
          )}
        </Panel>
        <Panel id="story-events-panel" title="Events">
          <div className="max-h-[32rem] overflow-y-auto">
            <StoryEventTable story={shown} selection={selection} articles={subset} />
          </div>
        </Panel>
        <Panel id="story-graph" title={subset ? `Actors (${subset.map((a) => sourceOf.get(a)).join(", ")})` : "Actors (all articles)"}>
          <StoryGraph story={shown} selection={selection} articles={subset} />
          <details>
            <summary className="cursor-pointer text-sm">Relations as a table</summary>
            <StoryRelationTable story={shown} selection={selection} articles={subset} />
          </details>
          <details>
            <summary className="cursor-pointer text-sm">Actors as a table</summary>
            <StoryActorTable story={shown} selection={selection} articles={subset} />
          </details>
        </Panel>
        <Panel id="story-outlets" title="Outlets compared" className="xl:col-span-2">
          <div className="overflow-x-auto">
            <OutletTable story={story} articles={subset} />
          </div>
        </Panel>
      </main>
    </div>
  );
}
