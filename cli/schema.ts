/** Writes the committed JSON Schema (schema/analysis.schema.json) from the zod schemas. */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { analysisJsonSchema } from "../lib/model";

const out = path.join(__dirname, "../schema/analysis.schema.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(analysisJsonSchema(), null, 2) + "\n");
process.stderr.write(`wrote ${path.relative(process.cwd(), out)}\n`);
