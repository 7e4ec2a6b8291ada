import { NextResponse, type NextRequest } from "next/server";
import { embedPolicy, makeNonce, pagePolicy } from "@/lib/guard";

/**
 * A fresh nonce and Content-Security-Policy for every page and embed. Next reads the nonce from
 * the request's policy and puts it on its own scripts; embeds read it from `x-nonce` for their one
 * script and style. Pages refuse to be framed (frame-ancestors 'none'); embeds may be framed by
 * anyone. Static files, images and API answers get their headers from next.config.js. (Paths that
 * cannot be percent-decoded never get here: server/request-guard.mjs answers them with 400.)
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const policy = request.nextUrl.pathname.startsWith("/embed/")
    ? embedPolicy(nonce)
    : pagePolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:js|css|map|svg|png|ico|txt|json)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
