import { guardedWrite, ingestFailure } from "@/lib/api";
import { readArticleRequest } from "@/lib/ingest";
import { addArticle, listArticles } from "@/lib/store";

export const dynamic = "force-dynamic";

/** GET /api/articles: every article's id, title, source, date and counts, or the problem with its file. */
export async function GET() {
  const { articles, problem } = await listArticles();
  return Response.json({ articles, ...(problem ? { problem } : {}) }, { headers: { "Cache-Control": "no-cache" } });
}

/**
 * POST /api/articles: JSON `{ title?, text, source?, url?, published? }`, JSON `{ url }` or a form with
 * a `file`. 201 `{ id, url }` with `Location` for a new article, 200 for one already stored.
 */
export async function POST(request: Request) {
  return guardedWrite(request, "writes", async ({ beforeFetch }) => {
    const read = await readArticleRequest(request, beforeFetch);
    if (!read.ok) return ingestFailure(read);
    const added = await addArticle(read.submission, read.via);
    if (!added.ok) return ingestFailure({ ok: false, status: 422, field: added.field, error: added.error });
    const url = `/articles/${encodeURIComponent(added.id)}`;
    return Response.json(
      { id: added.id, url, created: added.created },
      { status: added.created ? 201 : 200, headers: { Location: url, "Cache-Control": "no-store" } },
    );
  });
}
