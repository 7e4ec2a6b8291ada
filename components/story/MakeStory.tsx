"use client";

import { useId, useState, type FormEvent } from "react";

export type StoryCandidate = { id: string; title: string; source: string | null; date: string | null };
export type StorySuggestion = { id: string; sharedActors: string[]; sharedDates: number };

type Props = {
  articles: readonly StoryCandidate[];
  /** the article open on this page: picked to begin with, listed first */
  openId?: string;
  /** ranked articles sharing actors and dates with the open one */
  suggestions?: readonly StorySuggestion[];
};

const MIN = 2;
const MAX = 50;

/**
 * "Make a story": pick 2–50 articles (the ones sharing actors and dates with the open article are
 * suggested first), give it a title if you like, save, and the story's page opens.
 */
export function MakeStory({ articles, openId, suggestions = [] }: Props) {
  const formId = useId();
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(openId ? [openId] : []));
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const why = new Map(suggestions.map((s) => [s.id, s]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = [
    ...(openId && byId.has(openId) ? [openId] : []),
    ...suggestions.map((s) => s.id).filter((id) => byId.has(id) && id !== openId),
    ...articles.map((a) => a.id).filter((id) => id !== openId && !why.has(id)),
  ];

  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const pickSuggested = () => setPicked(new Set([...(openId ? [openId] : []), ...suggestions.map((s) => s.id)].slice(0, MAX)));

  async function save(e: FormEvent) {
    e.preventDefault();
    if (picked.size < MIN || picked.size > MAX) {
      setError(`Pick ${MIN} to ${MAX} articles (${picked.size} picked).`);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const res = await fetch("/api/stories", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...(title.trim() ? { title: title.trim() } : {}), articles: order.filter((id) => picked.has(id)) }),
      });
      const body = (await res.json().catch(() => null)) as { url?: unknown; error?: unknown } | null;
      if (res.ok && typeof body?.url === "string" && body.url.startsWith("/stories/")) {
        window.location.assign(body.url);
        return;
      }
      setError(typeof body?.error === "string" ? body.error : `The server answered ${res.status}.`);
    } catch {
      setError("The server could not be reached: check your connection and try again.");
    }
    setSaving(false);
  }

  return (
    <details className="rounded-lg border border-border bg-bg-raised" data-make-story>
      <summary className="cursor-pointer px-3 py-2 font-semibold">Make a story</summary>
      <form id={formId} onSubmit={save} className="flex flex-col gap-3 px-3 pb-3" aria-label="Make a story">
        <p className="text-sm text-fg-muted">
          Several articles on one event, merged into one timeline and graph, with the outlets compared. Pick {MIN} to {MAX}.
          {suggestions.length > 0 && " Articles sharing actors and dates with this one are suggested first."}
        </p>
        <label className="flex flex-col gap-1 text-sm">
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} className="rounded border border-border bg-bg px-2 py-1" />
        </label>
        {suggestions.length > 0 && (
          <button type="button" onClick={pickSuggested} className="self-start text-sm text-accent underline">
            Pick the {suggestions.length} suggested
          </button>
        )}
        <fieldset className="flex max-h-80 flex-col gap-1 overflow-y-auto">
          <legend className="sr-only">Articles</legend>
          {order.map((id) => {
            const a = byId.get(id)!;
            const s = why.get(id);
            return (
              <label key={id} className="flex items-start gap-2 rounded px-1 py-1 text-sm hover:bg-bg-soft">
                <input type="checkbox" name="article" value={id} checked={picked.has(id)} onChange={(e) => toggle(id, e.target.checked)} className="mt-1" />
                <span className="min-w-0">
                  <span className="font-medium">{a.title}</span>
                  <span className="text-fg-muted">
                    {" "}
                    · {a.source ?? "Unknown outlet"}
                    {a.date ? ` · ${a.date}` : ""}
                    {id === openId ? " · this article" : ""}
                  </span>
                  {s && (
                    <span className="block text-xs text-fg-muted" data-suggested>
                      Suggested: {[s.sharedActors.length > 0 ? `shares ${s.sharedActors.slice(0, 4).join(", ")}${s.sharedActors.length > 4 ? "…" : ""}` : "", s.sharedDates > 0 ? `${s.sharedDates} event date${s.sharedDates === 1 ? "" : "s"} in common` : ""].filter(Boolean).join("; ")}
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={saving} className="rounded bg-accent px-3 py-1.5 font-semibold text-accent-fg disabled:opacity-60">
            {saving ? "Saving…" : "Save and open"}
          </button>
          <span className="text-sm text-fg-muted" aria-live="polite">
            {picked.size} picked
          </span>
        </div>
      </form>
    </details>
  );
}
