import { AddArticle } from "@/components/add/AddArticle";
import { ArticleList } from "@/components/home/ArticleList";
import Link from "next/link";
import { MakeStory } from "@/components/story/MakeStory";
import { listArticles, listStories, storyPicker } from "@/lib/store";

// The list follows the articles folder, so it is rendered per request (the store caches the work).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { articles, problem } = await listArticles();
  const [picker, stories] = await Promise.all([storyPicker(), listStories().catch(() => [])]);
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
      <div className="mb-8 flex flex-col gap-3">
        <MakeStory articles={picker.articles} />
        {stories.length > 0 && (
          <section aria-labelledby="stories-title">
            <h2 id="stories-title" className="mb-2 text-xl font-semibold">
              Stories
            </h2>
            <ul className="flex flex-col gap-1" aria-label="Stories">
              {stories.map((s) => (
                <li key={s.id}>
                  <Link href={`/stories/${encodeURIComponent(s.id)}`} prefetch={false} className="text-accent hover:underline">
                    {s.title}
                  </Link>{" "}
                  <span className="text-sm text-fg-muted">· {s.articles.length} articles</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <h2 className="mb-3 text-xl font-semibold">Articles</h2>
      <ArticleList articles={articles} />
    </main>
  );
}
