import type { Analysis } from "@/lib/model";
import { actorNamed, analyze, spanText } from "./helpers";

/**
 * General rules for the classes of misses round 8a of real news showed (session 28b), each on an
 * invented sentence with names of several cultures; none uses a word of the articles themselves.
 */
const said = (a: Analysis, words: string) => {
  const claim = a.claims.find((c) => spanText(a, c.evidence).includes(words));
  const name = new Map(a.actors.map((x) => [x.id, x.name]));
  return claim?.sources.map((s) => name.get(s)).filter((n) => n !== "The Test Outlet");
};

describe("attribution: who speaks (round 8a)", () => {
  it("lower-case nouns compounding a company's class noun before its name open the subject", () => {
    const a = analyze(
      "Brazilian steel and mining conglomerate Ferrovale said Monday it had sold its port. " +
        "Finnish paper group Kotimetsa said on Tuesday that profits fell. " +
        "Korean battery maker Hanseong Cell said it would build a plant in Poland.",
    );
    expect(said(a, "sold its port")).toEqual(["Ferrovale"]);
    expect(said(a, "profits fell")).toEqual(["Kotimetsa"]);
    expect(said(a, "build a plant")).toEqual(["Hanseong Cell"]);
  });

  it("a colon dateline before the subject ('LYON: …') leaves the subject opening the sentence", () => {
    const a = analyze("LYON: French dairy group Lactalpe said on Monday it had bought a cheese maker. NAIROBI: Kenyan lender Umoja Bank said profits rose.");
    expect(said(a, "bought a cheese maker")).toEqual(["Lactalpe"]);
    expect(said(a, "profits rose")).toEqual(["Umoja Bank"]);
  });

  it("'the <Nationality> <role> said' is the body described so before", () => {
    const a = analyze(
      "Japanese electronics group Nakamori said on Friday it would cut 2,000 jobs. " +
        "Unions criticised the plan. The Japanese group said it would also close a factory in Osaka.",
    );
    expect(said(a, "close a factory")).toEqual(["Nakamori"]);
  });

  it("a name inside the words a statement is said to say is not the speaker: the statement's owner is", () => {
    const a = analyze(
      "Chilean miner Cobreandes said in a statement that it would sell its smelter. " +
        "The sale needs “the approval of the European Commission and Peru's regulator”, the statement said.",
    );
    expect(said(a, "the approval of the European Commission")).toEqual(["Cobreandes"]);
  });
});
