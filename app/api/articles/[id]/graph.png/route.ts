import { respondImage } from "@/lib/publish";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/articles/[id]/graph.png?<view params>&width=&theme=: the graph as a static image for reports. */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return respondImage("graph", request, (await ctx.params).id, "png");
}
