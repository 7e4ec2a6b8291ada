import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseArticle } from "@/lib/article";
import { checkIntegrity } from "@/lib/model";
import { splitSentences } from "@/tools/eval";
import { analyzeArticle } from "@/lib/extract";
import type { ArticleInput } from "@/lib/model";

const DIRS = [path.join(__dirname, "../fixtures/articles"), path.join(__dirname, "../../seeds")];

/** Every sentence of the fixtures and seeds: the material the generated articles are made of. */
const SENTENCES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => /\.(md|txt)$/.test(n) && !/_broken\./.test(n))
    .flatMap((n) => {
      const parsed = parseArticle(n, readFileSync(path.join(dir, n)));
      return parsed.ok ? splitSentences(parsed.article.body) : [];
    }),
);

const noise = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    "«",
    "»",
    "“",
    "”",
    "—",
    "U.S.",
    "Jan. 6",
    "\u00a0",
    "\u200b",
    "e\u0301",
    "👩‍👩‍👧",
    "\t",
    "…",
    "(",
    ")",
  ),
);
/** A piece of body text: mostly real sentences, sometimes noise. */
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 1, arbitrary: noise },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...SENTENCES), noise)
      .map(([s, n]) => s.slice(0, s.length >> 1) + n + s.slice(s.length >> 1)),
  },
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(" "));
const isoDay = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const articleFile = fc.record({
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
  date: isoDay,
  dateField: fc.constantFrom("published", "reference_date", null),
  source: fc.option(fc.constantFrom("Wire Service", "Bloomberg", "Gulf Dispatch", "X"), {
    nil: null,
  }),
});

const direct = fc.record({
  body: fc
    .tuple(
      fc.array(paragraph, { minLength: 0, maxLength: 4 }),
      fc.constantFrom("\n\n", "\n", " ", "\n \n\n"),
    )
    .map(([ps, separator]) => ps.join(separator)),
  date: fc.option(isoDay, { nil: null }),
});

const RUNS = { numRuns: 150, seed: 20260106 };

describe("analyzeArticle(article) on articles recombined from the fixtures", () => {
  it("has sentences to recombine", () => expect(SENTENCES.length).toBeGreaterThan(50));

  it("validates, keeps every span inside the text and non-empty, and refers only to ids that exist", () => {
    fc.assert(
      fc.property(articleFile, ({ paragraphs, date, dateField, source }) => {
        const front = ["---", 'title: "Generated article"'];
        if (source) front.push(`source: ${source}`);
        if (dateField) front.push(`${dateField}: ${date}`);
        front.push("---", "");
        const parsed = parseArticle(
          "generated.md",
          new TextEncoder().encode(front.join("\n") + paragraphs.join("\n\n")),
        );
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        expect(checkIntegrity(analyzeArticle(parsed.article))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("holds the same properties for an ArticleInput built in code, whatever its spacing", () => {
    fc.assert(
      fc.property(direct, ({ body, date }) => {
        const article: ArticleInput = {
          id: "generated",
          title: "Generated",
          source: null,
          url: null,
          published: null,
          referenceDate: date,
          language: "en",
          body,
        };
        expect(checkIntegrity(analyzeArticle(article))).toEqual([]);
      }),
      RUNS,
    );
  });
});
