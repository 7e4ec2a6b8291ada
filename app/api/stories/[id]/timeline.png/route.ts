import { respondStoryImage } from "@/lib/publish";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/stories/[id]/timeline.png?<story view params>&width=&theme=: the story's timeline as a static image (lib/publish/story.ts). */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return respondStoryImage("timeline", request, (await ctx.params).id, "png");
}
