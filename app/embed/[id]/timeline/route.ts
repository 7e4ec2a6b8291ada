import { respondEmbed } from "@/lib/publish";

export const dynamic = "force-dynamic";

/** GET /embed/[id]/timeline: a complete, script-light HTML page for iframes (see lib/publish). */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return respondEmbed("timeline", request, (await ctx.params).id);
}
