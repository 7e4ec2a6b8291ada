import Link from "next/link";

/** The page of an article that exists but could not be analysed: what went wrong and what to do. */
export function ArticleProblem({ id, file, problem }: { id: string; file: string; problem: string }) {
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">This article cannot be shown</h1>
      <p>
        The file <code className="rounded bg-bg-soft px-1">{file}</code> (article <code className="rounded bg-bg-soft px-1">{id}</code>) was
        found, but Newsline could not use it:
      </p>
      <p role="alert" className="rounded border border-danger p-3 text-danger">
        {problem}
      </p>
      <p className="text-fg-muted">
        Fix the file and reload this page: articles are re-read a few seconds after they change. The other articles are not affected.
      </p>
      <Link href="/" className="text-accent hover:underline">
        ← All articles
      </Link>
    </main>
  );
}
