/**
 * npm run --silent extract -- <file> [more files…]        one JSON analysis per file (JSON Lines for several)
 * npm run --silent extract -- --story <file> <file> […]   one story analysis merging the articles
 * npm run --silent extract -- [--story] --schema          the JSON Schema of the output
 * Bad input: one line on stderr naming the file and the problem, exit code 2. Nothing but JSON on stdout.
 */
import { readArticleFile } from "../lib/article";
import { analyzeArticle } from "../lib/extract";
import { analysisJsonSchema, type ArticleInput } from "../lib/model";
import { messages } from "../lib/messages";
import { analyzeStory, storyJsonSchema } from "../lib/story";

const FLAGS = new Set(["--schema", "--story"]);

async function main(argv: string[]): Promise<number> {
  const story = argv.includes("--story");
  if (argv.includes("--schema")) {
    process.stdout.write(JSON.stringify(story ? storyJsonSchema() : analysisJsonSchema(), null, 2) + "\n");
    return 0;
  }
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = argv.filter((a) => a.startsWith("--") && !FLAGS.has(a));
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(messages.usage + "\n");
    return 2;
  }
  if (story) return mergeFiles(files);
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

/** A story needs every one of its articles: any bad file is reported and nothing is printed. */
async function mergeFiles(files: string[]): Promise<number> {
  if (files.length < 2) {
    process.stderr.write(`error: ${messages.storyNeedsArticles(files.length)}\n`);
    return 2;
  }
  const articles: ArticleInput[] = [];
  const seen = new Map<string, string>();
  let failed = false;
  for (const file of files) {
    const entry = await readArticleFile(file);
    const other = entry.ok ? seen.get(entry.id) : undefined;
    const error = !entry.ok ? entry.error : other ? messages.duplicateId(entry.file, entry.id, other) : null;
    if (error) {
      process.stderr.write(`error: ${error}\n`);
      failed = true;
      continue;
    }
    if (!entry.ok) continue;
    seen.set(entry.id, entry.file);
    articles.push(entry.article);
  }
  if (failed) return 2;
  process.stdout.write(JSON.stringify(analyzeStory(articles)) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
