import { guardedWrite, ingestFailure } from "@/lib/api";
import { readArticleRequest } from "@/lib/ingest";
import { previewSubmission } from "@/lib/store";

export const dynamic = "force-dynamic";

/**
 * POST /api/preview: what `POST /api/articles` would store, without storing it: the article as read
 * (title, text, date, outlet), where its fields came from, the id it would get and what was found.
 */
export async function POST(request: Request) {
  return guardedWrite(request, "previews", async ({ beforeFetch }) => {
    const read = await readArticleRequest(request, beforeFetch);
    if (!read.ok) return ingestFailure(read);
    const preview = previewSubmission(read.submission);
    if (!preview.ok) return ingestFailure({ ok: false, status: 422, field: preview.field, error: preview.error });
    const { content, id, counts } = preview;
    return Response.json(
      {
        id,
        article: {
          title: content.title,
          text: content.body,
          dek: content.dek ?? null,
          source: content.source,
          url: content.url,
          published: content.published,
          referenceDate: read.submission.referenceDate ?? null,
          language: content.language,
        },
        counts,
        notes: read.notes,
        via: read.via,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  });
}
