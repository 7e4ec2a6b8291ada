import Link from "next/link";
import type { Selection } from "@/lib/selection";
import { eventVersions, storyQuery } from "@/lib/story-view";
import type { StoryAnalysis, StoryEvent } from "@/lib/story";

type Common = { story: StoryAnalysis; selection: Selection; articles: readonly string[] | null };

const th = "border-b border-border px-2 py-1 text-left font-semibold";
const td = "border-b border-border px-2 py-1 align-top";
const outletOf = (story: StoryAnalysis, article: string) => story.articles.find((a) => a.id === article)?.source ?? article;

function datesOf(e: StoryEvent): string {
  if (e.dates.length === 0) return "undated";
  return e.dates.map((d) => (d.start === d.end ? d.start : `${d.start} – ${d.end}`)).join("; ");
}

/** Every story event: what the timeline draws, as a table (and the undated ones it cannot draw). */
export function StoryEventTable({ story, selection, articles }: Common) {
  const events = [...story.events].sort((a, b) => b.articles.length - a.articles.length || (a.dates[0]?.start ?? "9").localeCompare(b.dates[0]?.start ?? "9"));
  return (
    <table id="story-events" className="w-full border-collapse text-sm">
      <caption className="sr-only">Story events, the most reported first</caption>
      <thead>
        <tr>
          <th className={th}>Event</th>
          <th className={th}>Dates given</th>
          <th className={th}>Articles</th>
          <th className={th}>Agree on the date?</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const on = selection?.kind === "event" && selection.id === e.id;
          return (
            <tr key={e.id} className={on ? "bg-highlight text-highlight-fg" : ""} data-event-row={e.id}>
              <td className={td}>
                <Link href={storyQuery({ select: on ? null : { kind: "event", id: e.id }, articles })} scroll={false} className="underline" aria-current={on ? "true" : undefined}>
                  {e.label}
                </Link>
              </td>
              <td className={td}>{datesOf(e)}</td>
              <td className={td} data-report-count>
                {e.articles.length}
              </td>
              <td className={td}>{e.dates.length <= 1 ? (e.dates.length === 0 ? "—" : "yes") : e.dateConflict ? "no: dates conflict" : "no: overlapping dates"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const mark = (differs: boolean) => (differs ? "bg-notice-bg font-semibold text-notice-fg" : "");

/** Each article's version of the selected event, side by side; what departs from most is highlighted. */
export function EventVersions({ story, event }: { story: StoryAnalysis; event: StoryEvent }) {
  const versions = eventVersions(story, event);
  return (
    <section aria-labelledby="versions-title" className="flex flex-col gap-2" data-versions>
      <h3 id="versions-title" className="font-semibold">
        “{event.label}” as {versions.length === 1 ? "one article reports it" : `${new Set(versions.map((v) => v.article)).size} articles report it`}
      </h3>
      <p className="text-xs text-fg-muted">Highlighted: where an article departs from what most of them say.</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Each article&apos;s version of the event</caption>
          <thead>
            <tr>
              <th className={th}>Outlet</th>
              <th className={th}>Date (as it resolved it)</th>
              <th className={th}>Certainty</th>
              <th className={th}>Who said it</th>
              <th className={th}>Evidence</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={`${v.article}-${i}`} data-version={v.article}>
                <td className={td}>
                  <Link href={`/articles/${encodeURIComponent(v.article)}`} prefetch={false} className="underline">
                    {v.outlet ?? v.title}
                  </Link>
                  <span className="block text-xs text-fg-muted">{v.label}</span>
                </td>
                <td className={`${td} ${mark(v.differs.date)}`} data-differs={v.differs.date || undefined}>
                  {v.date ?? "not dated"}
                  {v.dateText && <span className="block text-xs">“{v.dateText}”</span>}
                </td>
                <td className={`${td} ${mark(v.differs.certainty)}`} data-differs={v.differs.certainty || undefined}>
                  {v.certainty}
                </td>
                <td className={`${td} ${mark(v.differs.saidBy)}`}>{v.saidBy.length > 0 ? v.saidBy.join(" ← ") : "the outlet itself"}</td>
                <td className={`${td} max-w-md`}>{v.sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The merged relations with their support: the graph as a table. */
export function StoryRelationTable({ story, selection, articles }: Common) {
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  const relations = [...story.relations].sort((a, b) => b.support - a.support);
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Relations between the story&apos;s actors</caption>
      <thead>
        <tr>
          <th className={th}>Relation</th>
          <th className={th}>Articles</th>
          <th className={th}>Reported by</th>
        </tr>
      </thead>
      <tbody>
        {relations.map((r) => {
          const on = selection?.kind === "relation" && selection.id === r.id;
          const touches = selection?.kind === "actor" && (r.source === selection.id || r.target === selection.id);
          return (
            <tr key={r.id} className={on || touches ? "bg-highlight text-highlight-fg" : ""}>
              <td className={td}>
                <Link href={storyQuery({ select: on ? null : { kind: "relation", id: r.id }, articles })} scroll={false} className="underline">
                  {names.get(r.source) ?? r.source} {r.kind.replace(/_/g, " ")} {names.get(r.target) ?? r.target}
                </Link>
              </td>
              <td className={td}>{r.support}</td>
              <td className={td}>{r.articles.map((a) => outletOf(story, a)).join(", ")}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One row per story actor: one row for Macron, however many articles and spellings name him. */
export function StoryActorTable({ story, selection, articles }: Common) {
  const actors = [...story.actors].filter((a) => a.kind !== "media").sort((a, b) => new Set(b.mentions.map((m) => m.article)).size - new Set(a.mentions.map((m) => m.article)).size);
  return (
    <table className="w-full border-collapse text-sm" data-actor-table>
      <caption className="sr-only">The story&apos;s actors, merged across articles</caption>
      <thead>
        <tr>
          <th className={th}>Actor</th>
          <th className={th}>Names used</th>
          <th className={th}>Articles</th>
        </tr>
      </thead>
      <tbody>
        {actors.map((a) => {
          const on = selection?.kind === "actor" && selection.id === a.id;
          const inArticles = new Set(a.mentions.map((m) => m.article));
          return (
            <tr key={a.id} className={on ? "bg-highlight text-highlight-fg" : ""} data-actor-row={a.id}>
              <td className={td}>
                <Link href={storyQuery({ select: on ? null : { kind: "actor", id: a.id }, articles })} scroll={false} className="underline">
                  {a.name}
                </Link>
                {a.roles.length > 0 && <span className="block text-xs text-fg-muted">{a.roles.join("; ")}</span>}
              </td>
              <td className={td}>{[...new Set(a.mentions.map((m) => m.name))].join(", ")}</td>
              <td className={td}>{inArticles.size}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A sentence with the cues that make it evaluative marked (text nodes only: never HTML). */
function MarkedSentence({ text, cues }: { text: string; cues: readonly string[] }) {
  const lower = text.toLowerCase();
  const marks: { start: number; end: number }[] = [];
  for (const cue of cues) {
    const at = lower.indexOf(cue.toLowerCase());
    if (at >= 0 && !marks.some((m) => at < m.end && m.start < at + cue.length)) marks.push({ start: at, end: at + cue.length });
  }
  marks.sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let from = 0;
  for (const m of marks) {
    parts.push(text.slice(from, m.start));
    parts.push(
      <mark key={m.start} className="bg-highlight text-highlight-fg" data-cue>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    from = m.end;
  }
  parts.push(text.slice(from));
  return <q className="block text-xs">{parts}</q>;
}

const ROLE_LABEL: Record<string, string> = { agency: "agencies", official: "officials", unnamed: "unnamed", person: "other people", institution: "institutions", other: "other" };

/** How each outlet tells the story: whom it cites, how much evaluation it leaves unattributed, what only it reports. */
export function OutletTable({ story, articles }: Omit<Common, "selection">) {
  const events = new Map(story.events.map((e) => [e.id, e]));
  const textOf = new Map(story.analyses.map((a) => [a.article.id, a.article.text]));
  return (
    <table className="w-full border-collapse text-sm" data-outlet-table>
      <caption className="sr-only">The outlets compared</caption>
      <thead>
        <tr>
          <th className={th}>Outlet</th>
          <th className={th}>Sources cited</th>
          <th className={th}>Unattributed evaluative framing</th>
          <th className={th}>Events only it reports</th>
          <th className={th}>Its graph</th>
        </tr>
      </thead>
      <tbody>
        {story.outlets.map((o) => {
          const byRole = new Map<string, string[]>();
          for (const s of o.sources) byRole.set(s.role, [...(byRole.get(s.role) ?? []), `${s.name} (${s.claims})`]);
          return (
            <tr key={o.article} data-outlet-row={o.article}>
              <td className={td}>
                <Link href={`/articles/${encodeURIComponent(o.article)}`} prefetch={false} className="underline">
                  {o.outlet ?? o.article}
                </Link>
                {o.published && <span className="block text-xs text-fg-muted">{o.published}</span>}
              </td>
              <td className={td}>
                {o.sources.length === 0
                  ? "none"
                  : [...byRole].map(([role, names]) => (
                      <span key={role} className="block">
                        <span className="text-fg-muted">{ROLE_LABEL[role] ?? role}:</span> {names.join(", ")}
                      </span>
                    ))}
              </td>
              <td className={td} data-framing={o.article}>
                {Math.round(o.unattributedEvaluativeShare * 100)}% ({o.unattributedEvaluative} of {o.claims} claims)
                {o.framing.map((f) => (
                  <span key={f.claim} className="mt-1 block" data-framing-claim={f.claim}>
                    <MarkedSentence text={textOf.get(o.article)?.slice(f.evidence.start, f.evidence.end) ?? ""} cues={[...f.words, ...f.quoted]} />
                    {f.words.length > 0 && <span className="block text-xs text-fg-muted">loaded words: {f.words.join(", ")}</span>}
                    {f.quoted.length > 0 && <span className="block text-xs text-fg-muted">in quotation marks, no speaker: {f.quoted.join(", ")}</span>}
                  </span>
                ))}
              </td>
              <td className={td}>{o.exclusiveEvents.length === 0 ? "none" : o.exclusiveEvents.map((id) => events.get(id)?.label ?? id).join("; ")}</td>
              <td className={td}>
                {articles?.length === 1 && articles[0] === o.article ? (
                  "shown"
                ) : (
                  <Link href={storyQuery({ select: null, articles: [o.article] })} className="underline" data-only-outlet={o.article}>
                    {o.outlet ?? o.article} alone
                  </Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
