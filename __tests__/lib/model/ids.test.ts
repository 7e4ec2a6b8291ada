import { ARTICLE_ID_PATTERN, isArticleId, isStoryId, STORY_ID_PATTERN } from "@/lib/model";

// The patterns the routes, the store and the article reader each wrote out before they shared one.
const ARTICLE_BEFORE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const STORY_BEFORE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$/;

const samples = [
  "",
  "a",
  "A",
  "0",
  "-a",
  "_a",
  "a-b_c",
  "us-europe-ukraine-security-guarantees",
  "story-paris-summit-1a2b3c",
  "a.b",
  "a b",
  "a/b",
  "a,b",
  "é",
  "caf\u00e9",
  "a\n",
  "a".repeat(99),
  "a".repeat(100),
  "a".repeat(101),
  "a".repeat(119),
  "a".repeat(120),
  "a".repeat(121),
  "x" + "-".repeat(99),
  "x" + "-".repeat(100),
];

describe("article and story ids", () => {
  it.each(samples.map((s) => [JSON.stringify(s), s]))(
    "%s is accepted exactly as before",
    (_, id) => {
      expect(isArticleId(id)).toBe(ARTICLE_BEFORE.test(id));
      expect(ARTICLE_ID_PATTERN.test(id)).toBe(ARTICLE_BEFORE.test(id));
      expect(isStoryId(id)).toBe(STORY_BEFORE.test(id));
      expect(STORY_ID_PATTERN.test(id)).toBe(STORY_BEFORE.test(id));
    },
  );

  it("are the same regular expressions, without flags that would make test() stateful", () => {
    expect(ARTICLE_ID_PATTERN.source).toBe(ARTICLE_BEFORE.source);
    expect(STORY_ID_PATTERN.source).toBe(STORY_BEFORE.source);
    expect(ARTICLE_ID_PATTERN.flags).toBe("");
    expect(STORY_ID_PATTERN.flags).toBe("");
  });
});
