import { z } from "zod";

const isoDate = z.iso.date({ error: "must be an ISO date (YYYY-MM-DD)" });

/** Front matter of an article file: the boundary where untrusted metadata is parsed. */
export const FrontMatter = z.object({
  title: z.string({ error: "is required and must be text" }).trim().min(1, "must not be empty").max(500, "is longer than 500 characters"),
  dek: z.string({ error: "must be text" }).max(2000).optional(),
  source: z.string({ error: "must be text" }).max(200).optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000).optional(),
  published: isoDate.optional(),
  reference_date: isoDate.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as en").default("en"),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/** An article as read from disk, before analysis. */
export type ArticleInput = {
  id: string;
  title: string;
  dek?: string;
  source: string | null;
  url: string | null;
  published: string | null;
  referenceDate: string | null;
  language: string;
  body: string;
};
