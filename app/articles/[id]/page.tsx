import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ArticleProblem } from "@/components/article/ArticleProblem";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { publicOrigin, socialMetadata } from "@/lib/publish";
import { MakeStory } from "@/components/story/MakeStory";
import { getAnalysis, storyPicker } from "@/lib/store";
import { parseViewState, validateViewState } from "@/lib/view";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = await getAnalysis(id);
  if (found.kind !== "ok") return { title: "Article not available" };
  const { article } = found.stored.analysis;
  const description = article.dek ?? `${article.source ?? "Article"} in Newsline`;
  const h = await headers();
  const origin = publicOrigin(process.env.NEWSLINE_PUBLIC_URL, h.get("x-forwarded-host") ?? h.get("host"), h.get("x-forwarded-proto"));
  return { title: article.title, description, ...socialMetadata(id, article.title, description, origin) };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const found = await getAnalysis(id);
  if (found.kind === "missing") notFound();
  if (found.kind === "problem") return <ArticleProblem id={found.id} file={found.file} problem={found.problem} />;
  const { analysis } = found.stored;
  const parsed = parseViewState(await searchParams);
  const checked = validateViewState(parsed.state, analysis);
  const picker = await storyPicker(id);
  const makeStory = <MakeStory articles={picker.articles} openId={id} suggestions={picker.suggestions} />;
  return <Dashboard id={id} analysis={analysis} notices={[...parsed.notices, ...checked.notices]} actions={makeStory} />;
}
