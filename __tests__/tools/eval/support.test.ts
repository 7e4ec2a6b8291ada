import { checkIntegrity } from "@/lib/model";
import { normalizeName } from "@/lib/text/normalize";
import { parseGold, recombineArticle, splitSentences } from "@/tools/eval";
import { maximumMatching } from "@/tools/eval/matching";
import { seededRandom } from "@/lib/random";
import { GOLD, perfectAnalysis } from "./fixture";

describe("normalizeName(name)", () => {
  it.each([
    ["U.S.", "US"],
    ["the White House", "White House"],
    ["Washington’s", "Washington"],
    ["«coalition of the willing»", "Coalition of the Willing"],
    ["São Tomé", "Sao Tome"],
  ])("normalizeName(%p) equals normalizeName(%p)", (a, b) =>
    expect(normalizeName(a)).toBe(normalizeName(b)),
  );
});

describe("maximumMatching(candidates)", () => {
  const c = (p: number, rank = 1) => ({ p, rank });
  it("reassigns an earlier choice so that a later item keeps its only candidate", () => {
    expect(maximumMatching([[c(0), c(1)], [c(0)]])).toEqual([1, 0]);
  });
  it("leaves unmatched items at -1", () => {
    expect(maximumMatching([[c(0)], [c(0)], []])).toEqual([0, -1, -1]);
  });
  it("gives a contested item to the gold item that fits it best, whatever the order", () => {
    expect(maximumMatching([[c(0, 1)], [c(0, 4)]])).toEqual([-1, 0]);
  });
});

describe("parseGold(json)", () => {
  it("accepts a well-formed gold file", () => expect(parseGold(GOLD).ok).toBe(true));
  it("rejects a relation that names no gold actor, naming the field", () => {
    const r = parseGold({
      ...GOLD,
      relations: [{ source: "US", target: "Atlantis", kinds: ["supports"] }],
    });
    expect(r).toEqual({
      ok: false,
      error: 'gold relations.0.target: "Atlantis" is not the name or alias of a gold actor',
    });
  });
  it("rejects an unknown event kind", () => {
    const r = parseGold({
      ...GOLD,
      events: [{ sentence: "x", keywords: ["x"], kinds: ["party"] }],
    });
    expect(r.ok).toBe(false);
  });
});

describe("checkIntegrity(analysis)", () => {
  it("finds nothing wrong with a sound analysis", () =>
    expect(checkIntegrity(perfectAnalysis())).toEqual([]));
  it("reports spans outside the text, blank spans and unknown ids", () => {
    const a = perfectAnalysis();
    a.actors[0]!.mentions.push({ start: 5, end: 5000 });
    a.claims[0]!.evidence = { start: 3, end: 4 };
    a.relations[0]!.target = "nobody";
    a.events[2]!.time.anchor = { event: "e9", relation: "after" };
    a.claims[1]!.sources = ["ghost"];
    expect(checkIntegrity(a)).toEqual([
      "actor us mention 2: span 5-5000 is outside the text (189)",
      'event e3: anchor refers to unknown event "e9"',
      'relation r1 target: unknown actor "nobody"',
      "claim c1 evidence: span 3-4 is blank",
      'claim c2 sources: unknown actor "ghost"',
    ]);
  });
  it("reports a schema violation", () => {
    expect(checkIntegrity({ ...perfectAnalysis(), schemaVersion: 2 })[0]).toMatch(
      /^schema: schemaVersion/,
    );
  });
});

describe("splitSentences(body)", () => {
  it("splits at sentence ends but not inside U.S. or quotes", () => {
    expect(splitSentences("U.S. troops left. «Fine», he said.\n\nThe end? Yes.")).toEqual([
      "U.S. troops left.",
      "«Fine», he said.",
      "The end?",
      "Yes.",
    ]);
  });
});

describe("recombineArticle(pool, rand, id, words)", () => {
  const pool = {
    sentences: ["One two three.", "Four five six seven."],
    referenceDates: ["2025-05-01"],
    sources: ["Wire"],
  };
  it("is deterministic for a seed and reaches the word count", () => {
    const a = recombineArticle(pool, seededRandom(7), "a", 60);
    expect(recombineArticle(pool, seededRandom(7), "a", 60)).toEqual(a);
    expect(a.body.split(/\s+/).length).toBeGreaterThanOrEqual(60);
    expect(a.published ?? a.referenceDate).toBe("2025-05-01");
  });
});
