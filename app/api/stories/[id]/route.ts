import { z } from "zod";
import { guardedWrite, jsonError, cachedJson } from "@/lib/api";
import { messages } from "@/lib/messages";
import { STORY_ID_PATTERN } from "@/lib/model";
import { deleteStory, getStory } from "@/lib/store";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.string().regex(STORY_ID_PATTERN) });

/** GET /api/stories/[id]: the story analysis (lib/story); 304 for a current ETag; 404, or 422 when an article is gone. */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const raw = await ctx.params;
  const params = Params.safeParse(raw);
  if (!params.success) return Response.json({ error: messages.storyNotFound(String(raw.id).slice(0, 100)) }, { status: 404 });
  const found = await getStory(params.data.id);
  if (found.kind === "missing") return Response.json({ error: messages.storyNotFound(found.id) }, { status: 404 });
  if (found.kind === "problem") return Response.json({ error: found.problem, articles: found.articles }, { status: 422 });
  return cachedJson(request, found.stored);
}

/** DELETE /api/stories/[id]: deletes the story (204), never its articles; 404 for an unknown id. */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return guardedWrite(request, "writes", async () => {
    const params = Params.safeParse(await ctx.params);
    if (!params.success) return jsonError(404, messages.storyNotFound("?"));
    if (await deleteStory(params.data.id)) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    return jsonError(404, messages.storyNotFound(params.data.id));
  });
}
