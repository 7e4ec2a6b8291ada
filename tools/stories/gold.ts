import { z } from "zod";
import { Certainty } from "../../lib/model";

/**
 * A story's gold standard, written by reading its articles: which actors and which events are
 * the same across articles. `names` are the surface forms an actor takes (in any of `articles`);
 * an event's report in an article is located by `quotes`, verbatim substrings of that article's
 * text, with the article's status for the event where its text gives one.
 */
export const GoldSplit = ["dev", "held-out"] as const;
export const GoldStory = z.object({
  story: z.string().min(1),
  /** "held-out": a story no merge rule was written or tuned on, scored apart from the others */
  split: z.enum(GoldSplit).default("dev"),
  description: z.string(),
  actors: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string(),
      names: z.array(z.string()).min(1),
      articles: z.array(z.string()).min(1),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string().min(1),
      label: z.string(),
      reports: z.record(
        z.string(),
        z.object({
          quotes: z.array(z.string().min(1)).min(1),
          status: z.enum(Certainty).optional(),
        }),
      ),
    }),
  ),
});
export type GoldStory = z.infer<typeof GoldStory>;
