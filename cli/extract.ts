/**
 * npm run --silent extract -- <file> [more files…]   one JSON analysis per file (JSON Lines for several)
 * npm run --silent extract -- --schema               the JSON Schema of the output
 * Bad input: one line on stderr naming the file and the problem, exit code 2. Nothing but JSON on stdout.
 */
import { readArticleFile } from "../lib/article";
import { analyzeArticle } from "../lib/extract";
import { analysisJsonSchema } from "../lib/model";
import { messages } from "../lib/messages";

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--schema")) {
    process.stdout.write(JSON.stringify(analysisJsonSchema(), null, 2) + "\n");
    return 0;
  }
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = argv.filter((a) => a.startsWith("--"));
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(messages.usage + "\n");
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const entry = await readArticleFile(file);
    if (!entry.ok) {
      process.stderr.write(`error: ${entry.error}\n`);
      failed = true;
      continue;
    }
    const analysis = analyzeArticle(entry.article);
    process.stdout.write(JSON.stringify(analysis) + "\n");
  }
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
