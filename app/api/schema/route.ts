import { analysisJsonSchema } from "@/lib/model";

/** GET /api/schema: the JSON Schema of the analysis format, generated from the zod schemas. */
export function GET() {
  return Response.json(analysisJsonSchema(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
