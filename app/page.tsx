import { AddArticle } from "@/components/add/AddArticle";
import { ArticleList } from "@/components/home/ArticleList";
import { listArticles } from "@/lib/store";

// The list follows the articles folder, so it is rendered per request (the store caches the work).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { articles, problem } = await listArticles();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <header className="mb-6">
        <h1 className="text-3xl font-bold">Newsline</h1>
        <p className="text-fg-muted">
          Each article as a timeline, an actor graph and a traced reading of who claims what.
        </p>
      </header>
      {problem && (
        <p role="alert" className="mb-4 rounded border border-danger p-3 text-danger">
          {problem}
        </p>
      )}
      <div className="mb-8">
        <AddArticle compact />
      </div>
      <h2 className="mb-3 text-xl font-semibold">Articles</h2>
      <ArticleList articles={articles} />
    </main>
  );
}
