import { respondStoryImage } from "@/lib/publish";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/stories/[id]/graph.png?<story view params>&width=&theme=: the story's graph as a static image (lib/publish/story.ts). */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return respondStoryImage("graph", request, (await ctx.params).id, "png");
}
