import { readdirSync } from "node:fs";
import path from "node:path";
import { analyzeArticle } from "@/lib/extract";
import {
  Attribute,
  Category,
  formatReport,
  readGoldCorpus,
  scoreAnalysis,
  totalScore,
  type GoldCase,
  type Score,
} from "@/tools/eval";

/** The bar every gold-annotated article must clear, per category, and the pooled total too. Calibrate here, nowhere else. */
const THRESHOLDS: Record<Category, { precision: number; recall: number }> = {
  actors: { precision: 0.85, recall: 0.7 },
  events: { precision: 0.75, recall: 0.75 },
  relations: { precision: 0.7, recall: 0.5 },
  claims: { precision: 0.9, recall: 0.9 },
};

/** A category with fewer gold items than this in one article is judged only in the pooled total: one miss is not a rate. */
const MIN_ITEMS_PER_ARTICLE = 5;

/** Accuracy of the attributes of matched items, over all articles together (per article they are few). */
const ATTRIBUTE_THRESHOLDS: Partial<Record<Attribute, number>> = {
  eventDate: 0.6,
  eventCertainty: 0.6,
  eventAnchor: 0.6,
  // 42/53 → 49/53 at 2026.12.08-14b.
  claimSources: 0.85,
  claimEvaluative: 0.6,
};

const GOLD_DIR = path.join(__dirname, "../fixtures/gold");
const ARTICLE_DIRS = [
  path.join(__dirname, "../fixtures/articles"),
  path.join(__dirname, "../../seeds"),
];
const ids = readdirSync(GOLD_DIR)
  .filter((n) => n.endsWith(".gold.json"))
  .map((n) => n.replace(/\.gold\.json$/, ""))
  .sort();

const cases = new Map<string, GoldCase>();
const scores = new Map<string, Score>();

beforeAll(async () => {
  for (const c of await readGoldCorpus(GOLD_DIR, ARTICLE_DIRS)) cases.set(c.id, c);
});

afterAll(() => {
  const all = ids.map((id) => scores.get(id)).filter((s): s is Score => s !== undefined);
  if (all.length) console.log(formatReport(all, totalScore(all)));
});

describe("analyzeArticle(article) against the gold annotations", () => {
  it("has at least four gold-annotated articles, the seed among them", () => {
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids).toContain("us-europe-ukraine-security-guarantees");
  });

  describe.each(ids)("%s", (id) => {
    let score: Score;
    beforeAll(() => {
      const c = cases.get(id);
      if (!c?.ok) throw new Error(c ? c.error : `gold case ${id} was not loaded`);
      score = scoreAnalysis(analyzeArticle(c.article), c.gold);
      scores.set(id, score);
    });

    it.each(Category)(
      "%s clear the precision and recall thresholds (if the article has enough of them)",
      (category) => {
        const { precision, recall, tp, fn } = score.categories[category];
        if (tp + fn < MIN_ITEMS_PER_ARTICLE) return;
        expect(precision).toBeGreaterThanOrEqual(THRESHOLDS[category].precision);
        expect(recall).toBeGreaterThanOrEqual(THRESHOLDS[category].recall);
      },
    );
  });

  it.each(Category)(
    "%s pooled over all articles clear the precision and recall thresholds",
    (category) => {
      const all = [...cases.values()].map((c) => {
        if (!c.ok) throw new Error(c.error);
        return scores.get(c.id) ?? scoreAnalysis(analyzeArticle(c.article), c.gold);
      });
      const { precision, recall } = totalScore(all).categories[category];
      expect(precision).toBeGreaterThanOrEqual(THRESHOLDS[category].precision);
      expect(recall).toBeGreaterThanOrEqual(THRESHOLDS[category].recall);
    },
  );

  it.each(Object.keys(ATTRIBUTE_THRESHOLDS) as Attribute[])(
    "%s of matched items clears its accuracy threshold over all articles",
    (attribute) => {
      const all = [...cases.values()].map((c) => {
        if (!c.ok) throw new Error(c.error);
        return scores.get(c.id) ?? scoreAnalysis(analyzeArticle(c.article), c.gold);
      });
      const { accuracy } = totalScore(all).attributes[attribute];
      expect(accuracy ?? 1).toBeGreaterThanOrEqual(ATTRIBUTE_THRESHOLDS[attribute]!);
    },
  );
});
