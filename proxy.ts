import { NextResponse, type NextRequest } from "next/server";
import { embedPolicy, makeNonce, pagePolicy } from "@/lib/embed/csp";
import { messages } from "@/lib/messages";

/**
 * A fresh nonce and Content-Security-Policy for every page and embed. Next reads the nonce from
 * the request's policy and puts it on its own scripts; embeds read it from `x-nonce` for their one
 * script and style. Pages refuse to be framed (frame-ancestors 'none'); embeds may be framed by
 * anyone. Static files, images and API answers get their headers from next.config.js.
 */
export function proxy(request: NextRequest) {
  // Next 16 answers 500 when a dynamic segment cannot be percent-decoded (vercel/next.js#92527).
  const api = request.nextUrl.pathname.startsWith("/api/");
  if (!decodable(request.nextUrl.pathname)) {
    const headers = { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };
    return api
      ? NextResponse.json({ error: BAD_ENCODING }, { status: 400, headers })
      : new NextResponse(BAD_ENCODING, { status: 400, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (api) return NextResponse.next();
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

const BAD_ENCODING = messages.badPercentEncoding;

function decodable(pathname: string): boolean {
  try {
    pathname.split("/").forEach((segment) => decodeURIComponent(segment));
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    // API routes only for the percent-encoding check: their headers come from next.config.js
    "/api/:path*",
    {
      source: "/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:js|css|map|svg|png|ico|txt|json)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
