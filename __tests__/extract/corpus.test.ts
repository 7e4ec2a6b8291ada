import { readdirSync } from "node:fs";
import path from "node:path";
import { readArticleFile } from "@/lib/article";
import { checkIntegrity } from "@/lib/model";
import { analyzeArticle } from "@/lib/extract";

const SEEDS = path.join(__dirname, "../../seeds");
const files = readdirSync(SEEDS)
  .filter((n) => /\.(md|markdown|txt)$/i.test(n) && n !== "README.md")
  .sort();
const isBroken = (file: string) => /_broken\./.test(file);

describe("every article in seeds/ through the whole pipeline", () => {
  it("finds the seed articles", () => expect(files.length).toBeGreaterThan(0));

  it.each(files.filter((f) => !isBroken(f)))(
    "%s validates, its spans slice the text and it has no warnings",
    async (file) => {
      const entry = await readArticleFile(path.join(SEEDS, file));
      if (!entry.ok) throw new Error(entry.error);
      const analysis = analyzeArticle(entry.article);
      expect(checkIntegrity(analysis)).toEqual([]);
      expect(analysis.warnings ?? []).toEqual([]);
      expect(analysis.events.length).toBeGreaterThan(0);
      expect(analysis.claims.length).toBeGreaterThan(0);
    },
  );

  const broken = files.filter(isBroken);
  // Only defined when seeds/ holds a *_broken.* file: no placeholder test is left skipped.
  if (broken.length > 0)
    it.each(broken)("%s is reported as a problem", async (file) => {
      const entry = await readArticleFile(path.join(SEEDS, file));
      if (!entry.ok)
        return expect(entry.error).toMatch(new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      const analysis = analyzeArticle(entry.article);
      expect(checkIntegrity(analysis)).toEqual([]);
      expect(analysis.warnings?.length ?? 0).toBeGreaterThan(0);
    });
});
