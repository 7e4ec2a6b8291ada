import { articleRequestJsonSchema } from "@/lib/model";

/** GET /api/schema/article-request: the JSON Schema of `POST /api/articles`' JSON body. */
export function GET() {
  return Response.json(articleRequestJsonSchema(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
