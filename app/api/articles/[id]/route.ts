import { z } from "zod";
import { messages } from "@/lib/messages";
import { ARTICLE_ID_PATTERN } from "@/lib/model";
import { guardedWrite, jsonError, cachedJson } from "@/lib/api";
import { deleteArticle, getAnalysis } from "@/lib/store";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.string().regex(ARTICLE_ID_PATTERN) });

/** GET /api/articles/[id]: the full analysis; 304 when the client's ETag is current; 404/422 with `{ error }`. */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const raw = await ctx.params;
  const params = Params.safeParse(raw);
  if (!params.success) return Response.json({ error: messages.articleNotFound(String(raw.id).slice(0, 100)) }, { status: 404 });
  const found = await getAnalysis(params.data.id);
  if (found.kind === "missing") return Response.json({ error: messages.articleNotFound(found.id) }, { status: 404 });
  if (found.kind === "problem") return Response.json({ error: found.problem }, { status: 422 });
  return cachedJson(request, found.stored);
}

/** DELETE /api/articles/[id]: deletes an article a user added (204); built-in articles stay (403). */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return guardedWrite(request, "writes", async () => {
    const params = Params.safeParse(await ctx.params);
    if (!params.success) return jsonError(404, messages.articleNotFound("?"));
    if (await deleteArticle(params.data.id)) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    const found = await getAnalysis(params.data.id);
    if (found.kind !== "missing") return jsonError(403, messages.builtInNotDeletable(params.data.id));
    return jsonError(404, messages.articleNotFound(params.data.id));
  });
}
