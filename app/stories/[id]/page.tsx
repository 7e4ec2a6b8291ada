import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryView } from "@/components/story/StoryView";
import { isStoryId } from "@/lib/model";
import { publicOrigin } from "@/lib/publish";
import { getStory } from "@/lib/store";
import { parseStoryView } from "@/lib/story-view";

// Stories follow their articles (a re-analysis, a deletion), so the page is rendered per request.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!isStoryId(id)) return { title: "Story not available" };
  const found = await getStory(id);
  return { title: found.kind === "ok" ? found.stored.record.title : "Story not available" };
}

export default async function StoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!isStoryId(id)) notFound();
  const found = await getStory(id);
  if (found.kind === "missing") notFound();
  if (found.kind === "problem") {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-3 text-2xl font-bold">Story not available</h1>
        <p role="alert" className="rounded border border-danger p-3 text-danger">
          {found.problem}
        </p>
        <Link href="/" className="mt-4 inline-block text-accent underline">
          ← All articles
        </Link>
      </main>
    );
  }
  const { record, analysis } = found.stored;
  const view = parseStoryView(await searchParams, analysis);
  const h = await headers();
  const origin = publicOrigin(process.env.NEWSLINE_PUBLIC_URL, h.get("x-forwarded-host") ?? h.get("host"), h.get("x-forwarded-proto"));
  return <StoryView id={record.id} title={record.title} story={analysis} view={view} origin={origin} />;
}
