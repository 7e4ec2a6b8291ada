import { guardedWrite, jsonError } from "@/lib/api";
import { createStory, listStories, MAX_STORY_ARTICLES, MIN_STORY_ARTICLES, StoryRequest } from "@/lib/store";
import { messages } from "@/lib/messages";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

/** GET /api/stories: every story's id, title, creation time and article ids, newest first. */
export async function GET() {
  return Response.json({ stories: await listStories() }, { headers: { "Cache-Control": "no-cache" } });
}

/**
 * POST /api/stories: JSON `{ title?, articles: [id…] }`, 2–50 article ids. 201 `{ id, url }` with
 * `Location` for a new story, 200 for the same set of articles again; 422 naming unknown ids.
 */
export async function POST(request: Request) {
  return guardedWrite(request, "writes", async () => {
    if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return jsonError(415, "The request must be JSON.", "body");
    const text = await request.text();
    if (new TextEncoder().encode(text).byteLength > MAX_BODY_BYTES) return jsonError(413, "The request is too large for a story.", "body");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return jsonError(400, "The request is not valid JSON.", "body");
    }
    const parsed = StoryRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "body");
      const count = Array.isArray((body as { articles?: unknown } | null)?.articles) ? (body as { articles: unknown[] }).articles.length : 0;
      const error =
        field === "articles" && issue?.path.length === 1
          ? messages.storyArticleCount(MIN_STORY_ARTICLES, MAX_STORY_ARTICLES, count)
          : `The field "${issue?.path.join(".") || "body"}" ${issue?.message ?? "is invalid"}.`;
      return jsonError(400, error, field);
    }
    const made = await createStory(parsed.data);
    if (!made.ok) {
      return Response.json(
        { error: made.error, field: made.field, ...(made.unknown ? { articles: made.unknown } : {}) },
        { status: made.status, headers: { "Cache-Control": "no-store" } },
      );
    }
    const url = `/stories/${encodeURIComponent(made.id)}`;
    return Response.json(
      { id: made.id, url, created: made.created },
      { status: made.created ? 201 : 200, headers: { Location: url, "Cache-Control": "no-store" } },
    );
  });
}
