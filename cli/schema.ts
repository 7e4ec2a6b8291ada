/** Writes the committed JSON Schemas (schema/*.schema.json) from the zod schemas. */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { analysisJsonSchema, articleRequestJsonSchema } from "../lib/model";

const schemas = { "analysis.schema.json": analysisJsonSchema(), "article-request.schema.json": articleRequestJsonSchema() };
for (const [name, schema] of Object.entries(schemas)) {
  const out = path.join(__dirname, "../schema", name);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
  process.stderr.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}
