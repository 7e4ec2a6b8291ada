import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readArticleFolder } from "../../lib/article";
import type { ArticleInput } from "../../lib/model";
import { GoldStory } from "./gold";

export const STORIES_DIR = path.join(__dirname, "../../__tests__/fixtures/stories");

export type StoryFixture = { name: string; articles: ArticleInput[]; gold: GoldStory };

/** Every story under __tests__/fixtures/stories: its articles and its gold, parsed at the boundary. */
export async function loadStoryFixtures(dir = STORIES_DIR): Promise<StoryFixture[]> {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const entries = await readArticleFolder(path.join(dir, name));
      const bad = entries.find((e) => !e.ok);
      if (bad && !bad.ok) throw new Error(`${name}/${bad.error}`);
      const parsed = GoldStory.safeParse(
        JSON.parse(readFileSync(path.join(dir, name, "gold.json"), "utf8")),
      );
      if (!parsed.success)
        throw new Error(
          `${name}/gold.json: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
        );
      return {
        name,
        articles: entries.flatMap((e) => (e.ok ? [e.article] : [])),
        gold: parsed.data,
      };
    }),
  );
}
