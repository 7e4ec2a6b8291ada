import { imagePath } from "../share";

const SOCIAL_WIDTH = 1200;

/**
 * The Open Graph and Twitter card entries of an article page: the timeline PNG (the same route
 * reports use) as the preview picture, the article title as the card title. Absolute URLs, as
 * the crawlers require: `origin` is the site's public origin.
 */
export function socialMetadata(articleId: string, title: string, description: string, origin: string) {
  const url = `${origin}${imagePath(articleId, "", "timeline", "png", { width: SOCIAL_WIDTH, theme: "light" })}`;
  const alt = `Timeline of events in “${title}”`;
  return {
    openGraph: { type: "article" as const, title, description, images: [{ url, width: SOCIAL_WIDTH, alt }] },
    twitter: { card: "summary_large_image" as const, title, description, images: [{ url, alt }] },
  };
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * The public origin: `NEWSLINE_PUBLIC_URL` when set (deployments behind a proxy), else the
 * request's Host, checked so a forged header cannot put markup or another scheme in the page.
 */
export function publicOrigin(env: string | undefined, host: string | null, proto: string | null): string {
  const configured = env?.trim().replace(/\/+$/, "");
  if (configured && /^https?:\/\/[^/\s"'<>]+$/.test(configured)) return configured;
  const scheme = proto === "https" ? "https" : "http";
  return host && HOST.test(host) ? `${scheme}://${host}` : "http://localhost:3000";
}
