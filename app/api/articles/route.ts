import { listArticles } from "@/lib/store";

export const dynamic = "force-dynamic";

/** GET /api/articles: every article's id, title, source, date and counts, or the problem with its file. */
export async function GET() {
  const { articles, problem } = await listArticles();
  return Response.json({ articles, ...(problem ? { problem } : {}) }, { headers: { "Cache-Control": "no-cache" } });
}
