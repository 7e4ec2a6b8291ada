import { access, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readArticleFile } from "../../lib/article";
import type { ArticleInput } from "../../lib/model";
import { parseGold, type Gold } from "./gold";

export type GoldCase =
  | { ok: true; id: string; article: ArticleInput; gold: Gold }
  | { ok: false; id: string; error: string };

const GOLD_FILE = /\.gold\.json$/;

/**
 * Every gold file of `goldDir` (`<id>.gold.json`) with its article, looked up as `<id>.md` or
 * `<id>.txt` in the first of `articleDirs` that has it. A bad pair is reported, never thrown.
 */
export async function readGoldCorpus(
  goldDir: string,
  articleDirs: readonly string[],
): Promise<GoldCase[]> {
  const names = (await readdir(goldDir)).filter((n) => GOLD_FILE.test(n)).sort();
  return Promise.all(
    names.map(async (name): Promise<GoldCase> => {
      const id = name.replace(GOLD_FILE, "");
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path.join(goldDir, name), "utf8"));
      } catch (e) {
        return { ok: false, id, error: `${name}: ${(e as Error).message}` };
      }
      const gold = parseGold(json);
      if (!gold.ok) return { ok: false, id, error: `${name}: ${gold.error}` };
      if (gold.gold.article !== id)
        return { ok: false, id, error: `${name}: names article "${gold.gold.article}"` };
      for (const dir of articleDirs) {
        for (const ext of [".md", ".txt"]) {
          const file = path.join(dir, id + ext);
          if (!(await exists(file))) continue;
          const entry = await readArticleFile(file);
          return entry.ok
            ? { ok: true, id, article: entry.article, gold: gold.gold }
            : { ok: false, id, error: entry.error };
        }
      }
      return {
        ok: false,
        id,
        error: `${name}: no article ${id}.md or ${id}.txt in ${articleDirs.join(", ")}`,
      };
    }),
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
