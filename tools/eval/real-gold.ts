import { z } from "zod";
import { EventKind } from "../../lib/model";
import { GoldActor, GoldRelation, goldActorCheck } from "./gold";

/** The subjects the real-news development set is balanced over. */
export const Genre = [
  "diplomacy",
  "election",
  "business",
  "courts",
  "disaster",
  "labour",
  "health",
  "central-bank",
  "sport",
  "protest",
  "sanctions",
  "ceasefire",
  "conflict",
  "technology",
  "local-government",
] as const;
export type Genre = (typeof Genre)[number];

/**
 * `dev` articles may guide changes to the pipeline; `heldout` ones only measure them; `test` ones
 * were annotated blind in a later session and judge a change once, never guide one.
 */
export const Split = ["dev", "heldout", "test"] as const;
export type Split = (typeof Split)[number];

const text = z.string().trim().min(1);
const optional = z.boolean().optional();

export const GoldSource = z.object({
  source: text.describe("a gold actor's name or alias: who is said to say it"),
  sentence: text.describe("a distinctive substring of what they are said to say"),
  optional,
});
export type GoldSource = z.infer<typeof GoldSource>;

export const GoldDate = z.object({
  text: text.describe("the time expression as written"),
  value: text.describe("its ISO-TimeML value (date part only for times of day)"),
  optional,
});
export type GoldDate = z.infer<typeof GoldDate>;

export const GoldHeadline = z.object({
  sentence: text.describe("a distinctive substring of the sentence that states the headline event"),
  keywords: z.array(text).min(1).describe("the predicted label must contain one of these"),
  kinds: z.array(z.enum(EventKind)).min(1).describe("the kinds an annotator accepts for it"),
});
export type GoldHeadline = z.infer<typeof GoldHeadline>;

/** The hand annotation of one real news article (`__tests__/fixtures/real/<id>.gold.json`). */
export const RealGold = z
  .object({
    article: text,
    split: z.enum(Split),
    genre: z.enum(Genre),
    headline: GoldHeadline,
    actors: z.array(GoldActor),
    sources: z.array(GoldSource),
    dates: z.array(GoldDate),
    relations: z.array(GoldRelation),
  })
  .superRefine((gold, ctx) => {
    const check = goldActorCheck(gold.actors, ctx);
    gold.relations.forEach((r, i) => {
      check(r.source, ["relations", i, "source"]);
      check(r.target, ["relations", i, "target"]);
    });
    gold.sources.forEach((s, i) => check(s.source, ["sources", i, "source"]));
  });
export type RealGold = z.infer<typeof RealGold>;

/** Parses a real-news gold file's JSON; a problem becomes a message naming the field, never a throw. */
export function parseRealGold(
  json: unknown,
): { ok: true; gold: RealGold } | { ok: false; error: string } {
  const parsed = RealGold.safeParse(json);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `gold ${issue.path.join(".") || "(root)"}: ${issue.message}` };
}
