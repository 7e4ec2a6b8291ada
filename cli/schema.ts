/** Writes the committed JSON Schemas (schema/*.schema.json) from the zod schemas. */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { analysisJsonSchema, articleRequestJsonSchema } from "../lib/model";
import { storyJsonSchema } from "../lib/story";

const dir = path.join(__dirname, "../schema");
mkdirSync(dir, { recursive: true });
for (const [name, schema] of [
  ["analysis.schema.json", analysisJsonSchema()],
  ["article-request.schema.json", articleRequestJsonSchema()],
  ["story.schema.json", storyJsonSchema()],
] as const) {
  const out = path.join(dir, name);
  writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
  process.stderr.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}
