/**
 * What is drawn is true (issue 19), on the seed, two real `dev` articles and two real `test` articles
 * (the split chosen and annotated blind, never used to guide a change; their expectations below were
 * written from the text before the pipeline was run on it for this test):
 *  - relations against gold relations WITH direction: precision, and none drawn the wrong way round;
 *  - every event and relation drawn as a fact, each in a sentence a reader checked states it as one.
 * The expectations below are properties of the sentences, written by hand from the text, not
 * outputs of the pipeline.
 */
import path from "node:path";
import { analyzeArticle } from "@/lib/extract";
import type { Analysis, ArticleInput } from "@/lib/model";
import { readGoldCorpus, readRealCorpus, type GoldRelation } from "@/tools/eval";
import { alignActors } from "@/tools/eval/actors";
import type { GoldActor } from "@/tools/eval/gold";

const FIXTURES = path.join(__dirname, "../fixtures");
const SEED = "us-europe-ukraine-security-guarantees";
const DEV = ["ioc-suspends-russian-olympic-committee", "us-sanctions-putin-lavrov"];
const TEST = ["meta-irish-dpc-fine", "chevron-anadarko-deal"];
const REAL = [...DEV, ...TEST];

/** Relation precision with direction, per article; calibrated to what is measured, no lower. */
const MIN_PRECISION: Record<string, number> = {
  [SEED]: 1,
  "ioc-suspends-russian-olympic-committee": 1,
  "us-sanctions-putin-lavrov": 0.8,
  "meta-irish-dpc-fine": 0.8,
  "chevron-anadarko-deal": 0.8,
};

/**
 * What each sentence states as a fact, by hand: a distinctive part of the sentence, the words an
 * event it states as having happened (or happening) is named by, and the pairs of gold actors
 * (source, target) it states an act between. A sentence not listed states no fact drawn here.
 */
type Stated = { sentence: string; events?: RegExp; relations?: [string, string][] };
const STATED: Record<string, Stated[]> = {
  [SEED]: [
    // "are working to reach a common position": that they work together is stated; reaching it is not.
    { sentence: "are working to reach a common position", relations: [["Europe", "United States"]] },
    // the sources do tell the agency; the official does tell Bloomberg
    { sentence: "Sources cited by the agency indicate", relations: [["sources", "Bloomberg"]] },
    { sentence: "One European official told Bloomberg", relations: [["European official", "Bloomberg"]] },
    // Russia's demands exist (they are being disregarded); what they demand is not done
    { sentence: "Russia’s core demands", relations: [["Russia", "Ukraine"]] },
  ],
  "ioc-suspends-russian-olympic-committee": [
    { sentence: "announced Thursday to suspend", events: /suspen|announc/i, relations: [["IOC Executive Board", "Russian Olympic Committee"]] },
    // a statement was issued after the first day of a meeting that took place
    { sentence: "In an IOC statement after the first day", events: /statement|meeting/i, relations: [["International Olympic Committee", "National Olympic Committee of Ukraine"]] },
    // the board's decision, quoted from the IOC's statement, states the suspension as done (the gold lists IOC → ROC too)
    {
      sentence: "today decided that the Russian Olympic Committee is suspended",
      events: /suspend/i,
      relations: [["IOC Executive Board", "Russian Olympic Committee"], ["International Olympic Committee", "Russian Olympic Committee"]],
    },
    { sentence: "According to the statement, the Russian Olympic Committee is no longer", events: /^statement$/i },
  ],
  "us-sanctions-putin-lavrov": [
    {
      sentence: "on Friday (local time) sanctioned",
      events: /sanction|invasion/i,
      relations: [
        ["Office of Foreign Assets Control", "Vladimir Putin"],
        ["Office of Foreign Assets Control", "Sergei Lavrov"],
        ["Office of Foreign Assets Control", "Russia's Security Council"],
        ["Russia", "Ukraine"],
      ],
    },
    { sentence: "These actions impose unprecedented", events: /impose|statement/i },
    // the Treasury's statement gives Russia's invasion of Ukraine as a fact
    { sentence: "Putin and Lavrov are directly responsible", events: /statement|invasion/i, relations: [["Russia", "Ukraine"]] },
    { sentence: "Earlier in the press briefing", events: /press briefing/i },
    { sentence: "designated two additional", events: /statement|invasion|designat/i },
  ],
  "meta-irish-dpc-fine": [
    { sentence: "fined Meta 17 million euros", events: /fine|announc/i, relations: [["Data Protection Commission", "Meta"]] },
    // the fine, the inquiry and the breach notifications all happened
    { sentence: "The fine follows the commission", events: /fine|inquiry|breach|notification/i },
    // the commission says its inquiry found that Meta failed: stated, by the commission
    { sentence: "The commission said the inquiry found Meta", events: /inquiry|found|fail|statement|said/i, relations: [["Data Protection Commission", "Meta"]] },
    // Meta's statement was made; what Meta "will carefully consider" is not done
    { sentence: "Meta said in an emailed statement", events: /statement|fine|updat/i },
    { sentence: "leads cross-border data privacy cases", events: /lead|case/i },
    { sentence: "The commission in September fined WhatsApp", events: /fine/i, relations: [["Data Protection Commission", "WhatsApp"]] },
  ],
  "chevron-anadarko-deal": [
    // the agreement is made and announced; the purchase itself is not done ("expected to close")
    { sentence: "announced its agreement Friday to buy", events: /announc|agreement/i, relations: [["Chevron", "Anadarko"]] },
    { sentence: "said in a statement it has entered into a definitive agreement", events: /statement|agreement/i, relations: [["Chevron", "Anadarko"]] },
    { sentence: "After the announcement of the deal", events: /announc|declin|soar|trading|deal/i },
    { sentence: "Anadarko has major shale oil", events: /operation|project/i },
    { sentence: "Michael Wirth said in the statement", events: /statement/i },
    { sentence: "Anadarko had 1.47 billion barrels", events: /statement/i },
    // the boards approved; the shareholders' and regulators' approvals are awaited
    { sentence: "the deal was approved by the boards", events: /approv/i },
  ],
};

type Case = { id: string; article: ArticleInput; actors: GoldActor[]; relations: GoldRelation[] };
const cases = new Map<string, Case>();
const analyses = new Map<string, Analysis>();

beforeAll(async () => {
  for (const c of await readGoldCorpus(path.join(FIXTURES, "gold"), [path.join(__dirname, "../../seeds")]))
    if (c.ok && c.id === SEED) cases.set(c.id, { id: c.id, article: c.article, actors: c.gold.actors, relations: c.gold.relations });
  for (const c of await readRealCorpus(path.join(FIXTURES, "real")))
    if (c.ok && REAL.includes(c.id)) {
      expect(c.gold.split).toBe(DEV.includes(c.id) ? "dev" : "test");
      cases.set(c.id, { id: c.id, article: c.article, actors: c.gold.actors, relations: c.gold.relations });
    }
  for (const [id, c] of cases) analyses.set(id, analyzeArticle(c.article));
});

const IDS = [SEED, ...REAL];

/** Each drawn relation against the gold, with direction: right, reversed, or not in the gold. */
function judge(id: string) {
  const c = cases.get(id)!;
  const a = analyses.get(id)!;
  const align = alignActors(a, c.actors);
  const nameOf = new Map(a.actors.map((x) => [x.id, x.name]));
  const ends = c.relations.map((g) => [align.goldIndexOfName(g.source), align.goldIndexOfName(g.target)] as const);
  return a.relations.map((r) => {
    const s = align.goldOf.get(r.source);
    const t = align.goldOf.get(r.target);
    const kinded = c.relations.map((g, i) => ({ g, i })).filter(({ g }) => g.kinds.includes(r.kind));
    const right = kinded.some(({ g, i }) => (ends[i]![0] === s && ends[i]![1] === t) || (g.undirected && ends[i]![0] === t && ends[i]![1] === s));
    const reversed = !right && kinded.some(({ g, i }) => !g.undirected && ends[i]![0] === t && ends[i]![1] === s);
    const text = `${nameOf.get(r.source)} —${r.label}→ ${nameOf.get(r.target)}`;
    return { text, right, reversed };
  });
}

describe("relations against the gold, with direction", () => {
  it.each(IDS)("%s: no relation drawn the wrong way round", (id) => {
    expect(judge(id).filter((j) => j.reversed).map((j) => j.text)).toEqual([]);
  });
  it.each(IDS)("%s: relation precision with direction clears its floor", (id) => {
    const judged = judge(id);
    const precision = judged.length === 0 ? 1 : judged.filter((j) => j.right).length / judged.length;
    console.log(`${id}: relation precision ${judged.filter((j) => j.right).length}/${judged.length}`, judged.filter((j) => !j.right).map((j) => j.text));
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION[id]!);
  });
});

describe("everything drawn as a fact is stated as one by its sentence", () => {
  it.each(IDS)("%s", (id) => {
    const c = cases.get(id)!;
    const a = analyses.get(id)!;
    const text = a.article.text;
    const align = alignActors(a, c.actors);
    const stated = STATED[id]!;
    const statedIn = (span: { start: number; end: number }) => stated.filter((st) => text.slice(span.start, span.end).includes(st.sentence));
    const wrong: string[] = [];
    for (const e of a.events.filter((x) => x.certainty === "fact")) {
      const ok = e.evidence.some((sp) => statedIn(sp).some((st) => st.events?.test(e.label)));
      if (!ok) wrong.push(`event "${e.label}"`);
    }
    const goldName = (actor: string) => {
      const g = align.goldOf.get(actor);
      return g === undefined ? actor : (c.actors[g]?.name ?? actor);
    };
    for (const r of a.relations.filter((x) => x.certainty === "fact")) {
      const pair = [goldName(r.source), goldName(r.target)].join("|");
      const ok = r.evidence.some((sp) => statedIn(sp).some((st) => st.relations?.some((p) => p.join("|") === pair)));
      if (!ok) wrong.push(`relation ${pair} "${r.label}"`);
    }
    expect(wrong).toEqual([]);
  });

  it("the seed's assessment and demand are not facts: the agency's assessment, Russia's demand, the guarantees under discussion", () => {
    const a = analyses.get(SEED)!;
    const sentenceOf = (e: { evidence: { start: number; end: number }[] }) => a.article.text.slice(e.evidence[0]!.start, e.evidence[0]!.end);
    const facts = a.events.filter((e) => e.certainty === "fact").map(sentenceOf);
    expect(facts.filter((s) => /assessment/.test(s))).toEqual([]);
    expect(a.events.filter((e) => /demands/.test(sentenceOf(e)) && /withdraw/i.test(e.label)).map((e) => e.certainty)).toEqual(["proposed"]);
    expect(a.relations.filter((r) => r.kind === "provides").every((r) => r.certainty !== "fact")).toBe(true);
  });
});
