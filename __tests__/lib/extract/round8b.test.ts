import { actorNamed, analyze } from "./helpers";
import type { Analysis } from "@/lib/model";

/**
 * General rules for the misses of round 8b of real news (issue s28c), each on invented sentences
 * with names of several cultures: who speaks, and who acts on whom.
 */
const speakersOf = (a: Analysis, sentence: string) => {
  const at = a.article.text.indexOf(sentence);
  const claim = a.claims.find((c) => c.evidence.start <= at && c.evidence.end > at)!;
  return claim.sources.map((s) => a.actors.find((x) => x.id === s)!.name).filter((n) => n !== "The Test Outlet");
};

describe("attribution: a name after the verb that has a verb of its own (round 8b)", () => {
  it("'X, an official of Y, said Z was …': X speaks, Z is what the words are about", () => {
    const a = analyze(
      "In a separate statement, Karim Haddad, an official from Lebanon's ruling Amal movement, said Israel was playing with fire. " +
        "Ingrid Solberg, a spokeswoman for the Oslo Port Authority, said Sweden had broken the deal. " +
        "Talks will resume next week, said Tomasz Wrona, the union's negotiator.",
    );
    expect(speakersOf(a, "said Israel was")).toEqual(["Karim Haddad"]);
    expect(speakersOf(a, "said Sweden had")).toEqual(["Ingrid Solberg"]);
    // An inverted speaker is still read after the verb.
    expect(speakersOf(a, "Talks will resume")).toEqual(["Tomasz Wrona"]);
    expect(actorNamed(a, "Israel")).toBeDefined();
  });
});

describe("attribution: a pronoun speaking again after an adverb of sequence (round 8b)", () => {
  it("'It also said …', 'She later tweeted …' go on in the last speaker's voice", () => {
    const a = analyze(
      "The Oslo Port Authority said the ships were late. It also said the cranes were broken. " +
        "Foreign minister Adaeze Nwosu said the talks went well. She later tweeted they had agreed on visas.",
    );
    expect(speakersOf(a, "It also said")).toEqual(["Oslo Port Authority"]);
    expect(speakersOf(a, "She later tweeted")).toEqual(["Adaeze Nwosu"]);
  });
});
