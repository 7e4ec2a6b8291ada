import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/article";
import { analyzeArticle } from "@/lib/extract";
import { cueSpans, framingOf } from "@/lib/text/cues";
import type { Analysis, Claim } from "@/lib/model/analysis";

function seed(): Analysis {
  const file = path.join(__dirname, "..", "..", "..", "seeds", "us-europe-ukraine-security-guarantees.md");
  const parsed = parseArticle(file, readFileSync(file));
  if (!parsed.ok) throw new Error("seed does not parse");
  return analyzeArticle(parsed.article);
}

describe("cueSpans(text, claim) and framingOf(analysis, claim)", () => {
  it("framingOf(seed, the «coalition of the willing» claim) is the outlet's own framing, not Bloomberg's", () => {
    const a = seed();
    const claim = a.claims.find((c) => c.evaluative && a.article.text.slice(c.evidence.start, c.evidence.end).includes("so-called"))!;
    expect(claim.sources[0]).toBe("bloomberg");
    const spans = cueSpans(a.article.text, claim);
    expect(spans.map((s) => a.article.text.slice(s.start, s.end))).toEqual(claim.cues);
    expect(framingOf(a, claim)).toEqual({ by: "voennoe-delo", quoted: false });
  });

  it("framingOf(analysis, claim) gives cues inside a longer quotation to the nearest source", () => {
    const a = seed();
    const text = "The minister said: “this reckless plan will fail”.";
    const claim: Claim = { id: "q", evidence: { start: 0, end: text.length }, sources: ["russia", "voennoe-delo"], evaluative: true, cues: ["reckless"] };
    expect(framingOf({ ...a, article: { ...a.article, text }, claims: [claim] }, claim)).toEqual({ by: "russia", quoted: true });
  });
});
