import { respondStoryEmbed } from "@/lib/publish";

export const dynamic = "force-dynamic";

/** GET /embed/stories/[id]/table: a static, server-drawn HTML page of the story for iframes (lib/publish/story.ts). */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return respondStoryEmbed("table", request, (await ctx.params).id);
}
