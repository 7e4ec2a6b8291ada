/**
 * npm run --silent add -- <file|url> [more…]   adds each article to the same database as the server
 *   (SQLite at NEWSLINE_DB, default data/newsline.db, or PostgreSQL at DATABASE_URL).
 * Files: .md with front matter, .txt, or a saved .html page; links are fetched like the server does
 * (public addresses only, 10 s, 2 MB). One JSON line per article on stdout: { input, id, url, created };
 * progress and problems on stderr; exit code 2 when any input could not be added.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fetchPage, fromFile, fromHtml, testHostsFromEnv, type Extracted, type IngestError } from "../lib/ingest";
import { addArticle, closeDatabase, databaseTarget } from "../lib/store";

const USAGE = "usage: npm run --silent add -- <article.md|article.txt|page.html|https://…> [more…]";

async function read(input: string): Promise<Extracted | IngestError> {
  if (/^https?:\/\//i.test(input)) {
    const page = await fetchPage(input, { allowHosts: testHostsFromEnv() });
    return page.ok ? fromHtml(page.html, page.url, "url", { url: input }) : page;
  }
  const info = await stat(input).catch(() => null);
  if (!info) return { ok: false, status: 400, field: "file", error: "does not exist" };
  if (info.isDirectory()) return { ok: false, status: 400, field: "file", error: "is a directory" };
  if (info.size > 8 * 1024 * 1024) return { ok: false, status: 413, field: "file", error: "is over the 4 MB limit for one file" };
  return fromFile(path.basename(input), await readFile(input));
}

async function main(argv: string[]): Promise<number> {
  const inputs = argv.filter((a) => !a.startsWith("--"));
  if (inputs.length === 0 || argv.some((a) => a.startsWith("--"))) {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  const target = databaseTarget();
  process.stderr.write(`adding ${inputs.length} article${inputs.length === 1 ? "" : "s"} to ${target.kind === "sqlite" ? target.file : "PostgreSQL"}\n`);
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    const read_ = await read(input);
    const added = read_.ok ? await addArticle(read_.submission, "cli") : read_;
    if (!added.ok) {
      failed++;
      process.stderr.write(`[${i + 1}/${inputs.length}] error: ${input}: ${added.field === "file" || added.field === "url" ? "" : `${added.field} `}${added.error}\n`);
      continue;
    }
    const url = `/articles/${encodeURIComponent(added.id)}`;
    process.stdout.write(JSON.stringify({ input, id: added.id, url, created: added.created }) + "\n");
    process.stderr.write(`[${i + 1}/${inputs.length}] ${added.created ? "added" : "already there"}: ${input} → ${url}\n`);
  }
  await closeDatabase();
  return failed > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
