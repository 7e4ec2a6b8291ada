import { z } from "zod";
import { ActorKind, AnchorRelation, Certainty, EventKind, RelationKind } from "../../lib/model";
import { normalizeName } from "../../lib/text";

const isoDate = z.iso.date();
const text = z.string().trim().min(1);
/** An item the pipeline may or may not find: found, it is neither a hit nor a false positive; missed, no harm. */
const optional = z.boolean().optional();

export const GoldActor = z.object({
  name: text,
  aliases: z.array(text).optional(),
  kind: z.enum(ActorKind).optional(),
  optional,
});
export type GoldActor = z.infer<typeof GoldActor>;

export const GoldEvent = z.object({
  sentence: text.describe("a distinctive substring of the evidence sentence"),
  keywords: z
    .array(text)
    .min(1)
    .describe("the predicted label must contain one of these (case-insensitive)"),
  kinds: z
    .array(z.enum(EventKind))
    .optional()
    .describe("…or the predicted kind must be one of these"),
  date: isoDate.optional().describe("expected time.start"),
  end: isoDate.optional().describe("expected time.end, for ranges"),
  yearInferred: z.boolean().optional(),
  certainty: z.union([z.enum(Certainty), z.array(z.enum(Certainty)).min(1)]).optional(),
  anchor: z
    .object({ relation: z.enum(AnchorRelation), keywords: z.array(text).min(1) })
    .optional()
    .describe("the predicted anchor event's label must contain one of the keywords"),
  optional,
});
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldRelation = z.object({
  source: text.describe("a gold actor's name or alias"),
  target: text,
  kinds: z.array(z.enum(RelationKind)).min(1),
  undirected: z.boolean().optional(),
  optional,
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldClaim = z.object({
  sentence: text.describe("a distinctive substring of the claim's evidence"),
  sources: z
    .array(text)
    .describe("gold actor names, nearest first, without the outlet; [] when the outlet speaks"),
  altSources: z
    .array(z.array(text))
    .optional()
    .describe("other chains an annotator would also accept"),
  evaluative: z
    .boolean()
    .optional()
    .describe("omitted when annotators would not agree; then not scored"),
  optional,
});
export type GoldClaim = z.infer<typeof GoldClaim>;

/**
 * A check that a name in a gold file (a relation's end, a claim's source) is the name or alias of
 * one of its gold actors; a name that is not is an issue at `path`.
 */
export function goldActorCheck(
  actors: readonly { name: string; aliases?: string[] }[],
  ctx: z.RefinementCtx,
): (name: string, path: (string | number)[]) => void {
  const known = new Set(actors.flatMap((a) => [a.name, ...(a.aliases ?? [])].map(normalizeName)));
  return (name, path) => {
    if (!known.has(normalizeName(name)))
      ctx.addIssue({ code: "custom", path, message: `"${name}" is not the name or alias of a gold actor` });
  };
}

/** The gold annotation of one article: what a careful reader would extract. */
export const Gold = z
  .object({
    article: text.describe("the article id (its file name without extension)"),
    actors: z.array(GoldActor),
    events: z.array(GoldEvent),
    relations: z.array(GoldRelation),
    claims: z.array(GoldClaim),
  })
  .superRefine((gold, ctx) => {
    const check = goldActorCheck(gold.actors, ctx);
    gold.relations.forEach((r, i) => {
      check(r.source, ["relations", i, "source"]);
      check(r.target, ["relations", i, "target"]);
    });
    gold.claims.forEach((c, i) => {
      c.sources.forEach((s, j) => check(s, ["claims", i, "sources", j]));
      c.altSources?.forEach((chain, k) =>
        chain.forEach((s, j) => check(s, ["claims", i, "altSources", k, j])),
      );
    });
  });
export type Gold = z.infer<typeof Gold>;

/** Parses a gold file's JSON; a problem becomes a message naming the field, never a throw. */
export function parseGold(json: unknown): { ok: true; gold: Gold } | { ok: false; error: string } {
  const parsed = Gold.safeParse(json);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `gold ${issue.path.join(".") || "(root)"}: ${issue.message}` };
}
