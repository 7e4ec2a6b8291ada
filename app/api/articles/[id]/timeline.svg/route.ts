import { respondImage } from "@/lib/publish";

export const dynamic = "force-dynamic";

/** GET /api/articles/[id]/timeline.svg?<view params>&width=&theme=: the timeline as a static image for reports. */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return respondImage("timeline", request, (await ctx.params).id);
}
