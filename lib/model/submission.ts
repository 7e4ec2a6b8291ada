import { z } from "zod";

/** The most text one article may hold once extracted (the same bound as an article file). */
export const MAX_TEXT_CHARS = 1024 * 1024;

const isoDate = z.iso.date({ error: "must be an ISO date (YYYY-MM-DD)" });
const optionalText = (max: number) =>
  z
    .string({ error: "must be text" })
    .max(max, `is longer than ${max.toLocaleString("en")} characters`)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

/** A web address the server may be asked to read or record: http(s), no credentials. */
export const ArticleUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) address" })
  .max(2000, "is longer than 2,000 characters")
  .refine((u) => {
    const url = new URL(u);
    return url.username === "" && url.password === "";
  }, "must not carry a user name or password");

/**
 * An article sent by a user, pasted or as extracted from a file or a page and then checked by them:
 * the boundary where the API's JSON is parsed. `title` may be empty: the text's first line is then
 * the title. Dates are ISO days; `published` resolves the article's relative dates ("on Monday").
 */
export const ArticleSubmission = z.object({
  title: optionalText(500),
  text: z
    .string({ error: "is required and must be text" })
    .max(MAX_TEXT_CHARS, `is longer than ${MAX_TEXT_CHARS.toLocaleString("en")} characters`)
    .refine((t) => t.trim().length > 0, "is empty"),
  dek: optionalText(2000),
  source: optionalText(200),
  url: z
    .union([z.literal(""), ArticleUrl])
    .optional()
    .transform((v) => v || undefined),
  published: z
    .union([z.literal(""), isoDate])
    .optional()
    .transform((v) => v || undefined),
  referenceDate: z
    .union([z.literal(""), isoDate])
    .optional()
    .transform((v) => v || undefined),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as en").optional(),
  /** How the user brought it (the form says; an API client need not). */
  via: z.enum(["paste", "upload", "link"]).optional(),
});
export type ArticleSubmission = z.output<typeof ArticleSubmission>;

/** `{ url }`: the server fetches the page and reads the article from it. */
export const LinkSubmission = z.object({ url: ArticleUrl }).strict();
export type LinkSubmission = z.output<typeof LinkSubmission>;

/** The JSON body of `POST /api/articles` and `POST /api/articles/preview`. */
export const ArticleRequest = z.union([LinkSubmission, ArticleSubmission]);

/** What the server answers to a created (201) or already known (200) article. */
export const ArticleCreated = z.object({ id: z.string(), url: z.string(), created: z.boolean() });

/** The JSON Schema of the request body, published beside the analysis schema. */
export function articleRequestJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://newsline.local/schema/article-request-v1.json",
    title: "Newsline article request",
    description:
      "POST /api/articles (and /api/articles/preview): an article's text with optional metadata, or { url } for the server to fetch. A file goes as multipart/form-data in the field `file`.",
    ...z.toJSONSchema(ArticleRequest, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
  };
}
