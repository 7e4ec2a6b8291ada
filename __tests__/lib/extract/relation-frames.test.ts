import { analyze, relationsOf } from "./helpers";

/**
 * Verb frames (lib/extract/relations/frames.ts): a light verb, its noun and the preposition that
 * marks the patient read as one act, applied to the clause's own subject. Invented sentences;
 * each frame has one where it must fire and one where it must not.
 */
const relations = (body: string) => relationsOf(analyze(body));

describe("verb frames: a light verb, its noun and the preposition of the patient", () => {
  it("'impose a penalty on Y', 'hand a ban to Y' sanction Y; a curfew on a place or a number does not", () => {
    expect(relations("The Harbour Commission imposed a penalty of £40,000 on Google.")).toContain("Harbour Commission sanctions Google");
    expect(relations("The Harbour Commission handed a three-year ban to Google.")).toContain("Harbour Commission sanctions Google");
    // the noun is not a penalty: no act on the name after it
    expect(relations("The Harbour Commission imposed a deadline on Google.")).not.toContain("Harbour Commission sanctions Google");
    // "on" followed by a number, not a name: no patient
    expect(relations("Norway imposed penalties on six Google managers.")).toEqual([]);
  });

  it("'take punitive action on Y' sanctions Y; 'take action' with no name after its preposition does not", () => {
    expect(relations("The Harbour Commission (HC) decided to take punitive action on Google.")).toContain("Harbour Commission sanctions Google");
    expect(relations("The Harbour Commission took punitive action on behalf of consumers, Google said.")).not.toContain(
      "Harbour Commission sanctions Google",
    );
  });

  it("'file a lawsuit against Y', 'take legal action against Y' oppose Y, whoever is named after the noun", () => {
    const sued = analyze("Microsoft filed a lawsuit against Google in Delaware.");
    expect(relationsOf(sued)).toContain("Microsoft opposes Google");
    // read as one act, it is labelled by the lawsuit, not by the bare "against"
    expect(sued.relations.map((r) => r.label)).toContain("sues");
    expect(relations("Microsoft took legal action against Google on Monday.")).toContain("Microsoft opposes Google");
    // a lawsuit filed with a court names the court, not the defendant
    expect(relations("Microsoft filed a lawsuit with the Delaware court.")).toEqual([]);
  });

  it("'make an offer to Y' negotiates with Y; 'to' before a verb is the offer's infinitive", () => {
    expect(relations("Norway made a formal offer to Sweden to buy its shares in the airline.")).toContain("Norway negotiates Sweden");
    expect(relations("Norway made a formal offer to buy the airline, Sweden said.")).not.toContain("Norway negotiates Sweden");
  });

  it("'launch airstrikes on Y' attacks Y", () => {
    expect(relations("Russia launched airstrikes on Ukraine overnight.")).toContain("Russia attacks Ukraine");
    expect(relations("Russia launched a campaign on Monday, Ukraine said.")).not.toContain("Russia attacks Ukraine");
  });

  it("'receive funding from Y' is Y providing; 'receive a call from Y' is no aid", () => {
    expect(relations("Ukraine received $2 billion in new funding from Germany.")).toContain("Germany provides Ukraine");
    expect(relations("Ukraine received a call from Germany.")).toEqual([]);
    // turned round, the frame needs a named subject: a description read by coreference is no agent's patient
    expect(relations("Ukraine met Poland. The country received new funding from Germany.")).not.toContain("Germany provides Poland");
  });

  it("'win backing from Y' is Y supporting", () => {
    expect(relations("Finland won backing from Sweden for its bid.")).toContain("Sweden supports Finland");
  });

  it("'punish Y' sanctions Y; 'punish' said of no one named does not", () => {
    expect(relations("The Harbour Commission has punished Google.")).toContain("Harbour Commission sanctions Google");
    expect(relations("The Harbour Commission has punished the firm for its failings, Google said.")).not.toContain("Harbour Commission sanctions Google");
  });

  it("a name that only modifies the subject's noun is no subject: 'A Norway court handed a ban to Y'", () => {
    expect(relations("A Norway court on Thursday handed a two-year ban to Google.")).not.toContain("Norway sanctions Google");
    // "the Norway government" acts for Norway
    expect(relations("The Norway government imposed sanctions on Google.")).toContain("Norway sanctions Google");
  });

  it("a frame relates its clause's own subject, not one borrowed from the clause before", () => {
    expect(relations("Norway was angry, and to make matters worse received new funding from Sweden.")).not.toContain("Sweden provides Norway");
  });
});

describe("verb frames read from round 10c's classes of misses (after its transfer figure)", () => {
  it("'agreed to Y's offer', 'accepted an offer from Y' negotiate with Y; an offer of no one named does not", () => {
    expect(relations("Germany agreed to France's increased offer of $2 billion.")).toContain("Germany negotiates France");
    expect(relations("Germany accepted an offer from France on Monday.")).toContain("Germany negotiates France");
    expect(relations("Germany agreed to an increased offer, France said.")).not.toContain("Germany negotiates France");
  });

  it("'fired a volley of shots at Y' attacks Y; 'fired at' with no name after does not", () => {
    expect(relations("Russia fired a volley of shots at Ukraine's frigate.")).toContain("Russia attacks Ukraine");
    expect(relations("Russia fired a volley of shots at sea, Ukraine said.")).not.toContain("Russia attacks Ukraine");
  });

  it("a body's ships or soldiers act for it: 'a Russian navy ship fired … at Y'", () => {
    expect(relations("A Russian navy ship fired a jet of water at Ukraine's patrol boat.")).toContain("Russian navy attacks Ukraine");
    // a name modifying a noun that is no vessel or force of it is not the subject
    expect(relations("A Russia court fired a jet of water at Ukraine's patrol boat.")).not.toContain("Russia attacks Ukraine");
  });

  it("'turned down the offer from Y' opposes Y", () => {
    expect(relations("The Unite union turned down the latest pay offer from Ford Motor Company.")).toContain("Unite union opposes Ford Motor Company");
    expect(relations("The Unite union turned down the volume, Ford Motor Company said.")).toEqual([]);
  });
});

describe("precision rules read from round 10c's extras (after its transfer figure)", () => {
  it("'anti-' relates only the name it is joined to: 'anti-money laundering failings at its UK arm' opposes no one", () => {
    expect(relations("The regulator Ofcom cited anti-fraud failings at its Germany office.")).toEqual([]);
  });

  it("a letter, a message or a speech sent or given is no aid; aid sent is", () => {
    expect(relations("France sent a letter to Germany on Monday.")).not.toContain("France provides Germany");
    expect(relations("France gave a speech to Germany's parliament.")).not.toContain("France provides Germany");
    expect(relations("France sent weapons to Ukraine on Monday.")).toContain("France provides Ukraine");
  });

  it("a name a phrase spreads over ('across the United States') is no subject of the verb after it", () => {
    expect(relations("The walkouts come amid disruptions across France, including strikes against Renault SA.")).not.toContain(
      "France attacks Renault SA",
    );
    expect(relations("France launched strikes against Syria.")).toContain("France attacks Syria");
  });
});

describe("one clause, two acts between the same pair (lib/extract/relations/collect.ts)", () => {
  it("an act done back by the first act's patient stands beside it: 'X will appeal the decision of Y to fine X'", () => {
    const r = relations("Vodafone will appeal the decision of privacy regulator Ofcom to fine Vodafone 15 million euros.");
    expect(r).toContain("Ofcom sanctions Vodafone");
    expect(r).toContain("Vodafone opposes Ofcom");
  });

  it("a second act in the same direction still gives way to the first: 'X discussed cooperation with Y'", () => {
    // one relation, of the first verb's kind (drawn either way round: the kind is symmetric)
    expect(relations("Germany discussed closer cooperation with France.").map((r) => r.split(" ")[1])).toEqual(["negotiates"]);
  });
});
