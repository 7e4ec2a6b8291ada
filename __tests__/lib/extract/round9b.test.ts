import { actorNamed, analyze, relationsOf, speakersOf } from "./helpers";

/**
 * General rules for the misses of round 9b of real news (session 29b), each on invented sentences:
 * who is named, who speaks, what the headline event is, who acts on whom.
 */

describe("actors: where a body is based, and what names no one (round 9b)", () => {
  it("'Porto-based Vorgin Orbit' is a body; 'Chapter 11' and 'Globally' are no part of a name", () => {
    const a = analyze(
      "Porto-based Vorgin Orbit filed for Chapter 11 bankruptcy on Tuesday. " +
        "The chief executive said Chapter 11 was the best path. Globally Vorgin Orbit had 900 staff.",
    );
    expect(actorNamed(a, "Vorgin Orbit")?.kind).toBe("organization");
    expect(actorNamed(a, "Chapter")).toBeUndefined();
    expect(actorNamed(a, "Globally Vorgin Orbit")).toBeUndefined();
    // A person is based somewhere with a role noun between: "a Lagos-based lawyer, Ada Obi".
    const b = analyze("A Lagos-based lawyer, Ada Obi, said the ruling was wrong.");
    expect(actorNamed(b, "Ada Obi")?.kind).not.toBe("organization");
  });

  it("'Limited' closes a company's name as 'Ltd' does", () => {
    const a = analyze("The firm received $4 million from Nordlicht Capital Limited, the filing showed.");
    expect(actorNamed(a, "Nordlicht Capital Limited")?.kind).toBe("organization");
  });
});

describe("attribution: the voice of what follows (round 9b)", () => {
  it("'…, it added' goes on in the voice of the body that spoke just before", () => {
    const a = analyze(
      "The Harbour Board said it has ordered Nordex to revise its contracts. " +
        "Nordex is required to report the outcome to the board, it added.",
    );
    expect(speakersOf(a, "Nordex is required")).toEqual(["Harbour Board"]);
    // "…, it said" with no one speaking before is still the sentence's subject's.
    const b = analyze("The Harbour Board fined Nordex for a year, it said on Monday.");
    expect(speakersOf(b, "fined Nordex")).toEqual(["Harbour Board"]);
  });

  it("'She pointed out that …', 'X expressed that …' are verbs of saying", () => {
    const a = analyze(
      "Health Minister Ana Ruiz Soto said the ministry was ready. " +
        "She pointed out that the World Health Organization had declared an emergency. " +
        "Interior Minister Tomas Ortega Vidal expressed that patrols will be increased.",
    );
    expect(speakersOf(a, "had declared an emergency")).toEqual(["Ana Ruiz Soto"]);
    expect(speakersOf(a, "patrols will be increased")).toEqual(["Tomas Ortega Vidal"]);
  });

  it("a pronoun that stood for a speaker keeps standing for her past a name who has not spoken", () => {
    const a = analyze(
      "Health Minister Ana Ruiz said the ministry was ready. " +
        'During a visit by President Diego Marquez to the state of Jalisco, she said that "this is a new disease.\n\n' +
        '"The most relevant aspect is that it spread fast," she said.',
    );
    expect(speakersOf(a, "The most relevant aspect")).toEqual(["Ana Ruiz"]);
  });

  it("'according to the filing with X': a document lodged with X is not X's word", () => {
    const a = analyze(
      "The firm received $4 million from its owner, according to the filing with the Securities Board. " +
        "Prices rose, according to the Central Statistics Office.",
    );
    expect(speakersOf(a, "received $4 million")).toEqual([]);
    expect(speakersOf(a, "Prices rose")).toEqual(["Central Statistics Office"]);
  });
});

describe("events: the kind of a message sent and of a bankruptcy (round 9b)", () => {
  it("'sent a letter to X' is a statement, 'sent troops' a deployment; a bankruptcy is economic", () => {
    const kind = (body: string) => analyze(body).events[0]?.kind;
    expect(kind("The antitrust regulator has sent a formal letter to Nordex about its fine.")).toBe("statement");
    expect(kind("The government sent 500 troops to the border.")).toBe("deployment");
    expect(kind("Vorgin Orbit filed for bankruptcy on Tuesday.")).toBe("economic");
  });
});

describe("relations: taking charge is no charge (round 9b)", () => {
  it("'will take charge with immediate effect' relates no one as a sanction; 'charged X with' does", () => {
    const a = analyze(
      "The Harbour Panel will take charge with immediate effect and liaise with Nordex chief Ana Ruiz. " +
        "The Port Authority charged Tomas Ortega with fraud on Monday.",
    );
    expect(relationsOf(a)).not.toContain("Harbour Panel sanctions Ana Ruiz");
    expect(relationsOf(a)).toContain("Port Authority sanctions Tomas Ortega");
  });
});
