import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readArticleFile } from "../../lib/article";
import type { ArticleInput } from "../../lib/model";
import { parseRealGold, type RealGold } from "./real-gold";

export type RealCase =
  | { ok: true; id: string; article: ArticleInput; gold: RealGold }
  | { ok: false; id: string; error: string };

const GOLD_FILE = /\.gold\.json$/;

/** Every `<id>.gold.json` of `dir` with its article `<id>.md` beside it. A bad pair is reported, never thrown. */
export async function readRealCorpus(dir: string): Promise<RealCase[]> {
  const names = (await readdir(dir)).filter((n) => GOLD_FILE.test(n)).sort();
  return Promise.all(
    names.map(async (name): Promise<RealCase> => {
      const id = name.replace(GOLD_FILE, "");
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path.join(dir, name), "utf8"));
      } catch (e) {
        return { ok: false, id, error: `${name}: ${(e as Error).message}` };
      }
      const gold = parseRealGold(json);
      if (!gold.ok) return { ok: false, id, error: `${name}: ${gold.error}` };
      if (gold.gold.article !== id)
        return { ok: false, id, error: `${name}: names article "${gold.gold.article}"` };
      const entry = await readArticleFile(path.join(dir, `${id}.md`));
      return entry.ok
        ? { ok: true, id, article: entry.article, gold: gold.gold }
        : { ok: false, id, error: entry.error };
    }),
  );
}
