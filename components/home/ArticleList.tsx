import Link from "next/link";
import type { ArticleSummary } from "@/lib/store";
import { formatIsoDate } from "@/lib/text";
import { DeleteButton } from "./DeleteButton";

/** The home page's list of articles; files that could not be used are listed with their problem. */
export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Articles">
      {[...articles.filter((a) => a.ok), ...articles.filter((a) => !a.ok)].map((a) =>
        a.ok ? (
          <li key={a.id} className="flex flex-col gap-2 rounded-lg border border-border bg-bg-raised p-4">
            <h2 className="text-lg font-semibold leading-snug">
              <Link href={`/articles/${encodeURIComponent(a.id)}`} className="text-accent hover:underline">
                {a.title}
              </Link>
            </h2>
            <p className="text-sm text-fg-muted">
              {a.source ?? "Unknown outlet"} ·{" "}
              {a.published ? (
                <time dateTime={a.published}>{formatIsoDate(a.published)}</time>
              ) : (
                <>
                  date unknown (read as of <time dateTime={a.referenceDate}>{formatIsoDate(a.referenceDate)}</time>)
                </>
              )}
            </p>
            <p className="text-sm">{a.preview}</p>
            <p className="mt-auto text-sm text-fg-muted">
              {count(a.counts.actors, "actor")} · {count(a.counts.events, "event")} · {count(a.counts.relations, "relation")} ·{" "}
              {count(a.counts.claims, "claim")}
            </p>
            {a.added && (
              <p className="flex items-center justify-between text-xs text-fg-muted">
                <span>
                  Added <time dateTime={a.added.at}>{formatIsoDate(a.added.at.slice(0, 10))}</time>
                </span>
                <DeleteButton id={a.id} title={a.title} />
              </p>
            )}
          </li>
        ) : (
          <li key={a.file} className="flex flex-col gap-2 rounded-lg border border-danger bg-bg-raised p-4">
            <h2 className="text-lg font-semibold">{a.file}</h2>
            <p className="text-sm text-danger">
              <span className="font-semibold">Not shown: </span>
              {a.problem}
            </p>
          </li>
        ),
      )}
    </ul>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
