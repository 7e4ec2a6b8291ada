import { z } from "zod";
import { guardedWriteToken } from "@/lib/api";

export const dynamic = "force-dynamic";

const Body = z.object({ token: z.string().min(1).max(500) }).strict();

/** POST /api/session `{ token }`: checks the write token and keeps it in an HttpOnly, SameSite=Strict cookie. */
export async function POST(request: Request) {
  return guardedWriteToken(request, Body);
}

/** DELETE /api/session: forgets the write token. */
export async function DELETE() {
  return new Response(null, {
    status: 204,
    headers: { "Set-Cookie": "newsline_write=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0", "Cache-Control": "no-store" },
  });
}
