import Link from "next/link";
import { listArticles } from "@/lib/store";

/** An unknown article id: say so, and offer the articles that do exist. */
export default async function ArticleNotFound() {
  const { articles } = await listArticles();
  const available = articles.filter((a) => a.ok);
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">No such article</h1>
      <p>
        There is no article at this address. It may have been renamed or removed, or the link was cut short when it was copied.
      </p>
      {available.length > 0 && (
        <>
          <h2 className="text-lg font-semibold">Articles you can open</h2>
          <ul className="list-disc pl-6">
            {available.map((a) => (
              <li key={a.id}>
                <Link href={`/articles/${encodeURIComponent(a.id)}`} className="text-accent hover:underline">
                  {a.ok ? a.title : a.id}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href="/" className="text-accent hover:underline">
        ← All articles
      </Link>
    </main>
  );
}
