import { analyze, speakersOf } from "./helpers";

/**
 * Session 29 (issues 14/17): structural attribution rules, each on invented sentences; none uses a
 * word of the real articles.
 */

describe("attribution: who speaks (session 29)", () => {
  it("a lower-case owner of the role before a name ('the agency's director X said') opens the subject", () => {
    const a = analyze(
      "Speaking to reporters on Monday, the agency's director Ingrid Halvorsen said the second case had been confirmed in Tromso. " +
        "The council's deputy chairman Tomasz Wierzbicki said the bridge would reopen in May.",
    );
    expect(speakersOf(a, "second case had been confirmed")).toEqual(["Ingrid Halvorsen"]);
    expect(speakersOf(a, "bridge would reopen")).toEqual(["Tomasz Wierzbicki"]);
  });

  it("a closing relative clause of saying ('… by X who said …') is X's report", () => {
    const a = analyze(
      "This echoed earlier remarks by Governor Chukwuma Okonkwo who said his party was winning support in every state. " +
        "The warning came from Senator Aiko Tanabe, who told reporters the dam could fail within a week.",
    );
    expect(speakersOf(a, "winning support in every state")).toEqual(["Chukwuma Okonkwo"]);
    expect(speakersOf(a, "dam could fail")).toEqual(["Aiko Tanabe"]);
  });

  it("a relative clause closed by a comma hands the sentence back to its main verb", () => {
    const a = analyze("Mayor Lucia Ferraro, who said last year that taxes would fall, won the vote on Sunday.");
    expect(speakersOf(a, "won the vote")).not.toEqual(["Lucia Ferraro"]);
  });

  it("'affirms' reports; 'assures' reports before 'that' or a quotation, not before an object alone", () => {
    const a = analyze(
      "The Tamsin Rail Workers Union affirms that its members “will not return before Monday”. " +
        "The Tamsin Rail Workers Union assures that the night trains “are running normally.”",
    );
    expect(speakersOf(a, "will not return before Monday")).toEqual(["Tamsin Rail Workers Union"]);
    expect(speakersOf(a, "are running normally")).toEqual(["Tamsin Rail Workers Union"]);
  });
});
