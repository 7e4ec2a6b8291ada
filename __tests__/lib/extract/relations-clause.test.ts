import { analyze, relationsOf } from "./helpers";

/**
 * Relations read from a clause's structure rather than from a cue word and its neighbours (issue
 * 14). Every sentence is invented; each rule has a case that fails without it and a case that
 * guards its precision.
 */
const read = (body: string) => relationsOf(analyze(body));

describe("relations: an agentless court passive has the article's one court for agent", () => {
  it("'X was sentenced' in an article naming one court: the court sanctions X", () => {
    const rels = read(
      "The Supreme Court of Lorvania ruled on Monday in the bribery case. Amadou Issoufou was sentenced to nine years in prison.",
    );
    expect(rels).toContain("Supreme Court of Lorvania sanctions Amadou Issoufou");
  });
  it("'X was found guilty' with a judge named later: the judge sanctions X", () => {
    const rels = read(
      "Rafael Quispe Mamani was found guilty of fraud on Tuesday. Judge Mariam Diallo called the scheme brazen.",
    );
    expect(rels).toContain("Mariam Diallo sanctions Rafael Quispe Mamani");
  });
  it("coordinated patients are each sanctioned", () => {
    const rels = read(
      "The Supreme Court of Lorvania heard the appeal. Amadou Issoufou and Lars Eriksen were convicted of fraud.",
    );
    expect(rels).toEqual(expect.arrayContaining(["Supreme Court of Lorvania sanctions Amadou Issoufou", "Supreme Court of Lorvania sanctions Lars Eriksen"]));
  });
  it("with two courts named, the passive has no agent", () => {
    const rels = read(
      "The Supreme Court of Lorvania and the High Court of Ostmark both heard the case. Amadou Issoufou was sentenced to nine years.",
    );
    expect(rels.filter((r) => r.includes("Amadou Issoufou"))).toEqual([]);
  });
  it("a verb a court does not do ('was attacked') gets no court for agent", () => {
    const rels = read("The Supreme Court of Lorvania opened its session. Amadou Issoufou was attacked outside the building.");
    expect(rels.filter((r) => r.includes("Amadou Issoufou"))).toEqual([]);
  });
});

// A symmetric relation may be drawn either way round.
const pair = (rels: string[], x: string, kind: string, y: string) => rels.includes(`${x} ${kind} ${y}`) || rels.includes(`${y} ${kind} ${x}`);

describe("relations: a bid received from a bidder", () => {
  it("'X said it had received a takeover offer from Y': X and Y negotiate", () => {
    const rels = read("Nordvik Bank said on Monday it had received a $4.2 billion (€3.9 billion) takeover offer from Brightwater Holdings.");
    expect(pair(rels, "Nordvik Bank", "negotiates", "Brightwater Holdings")).toBe(true);
  });
  it("'X accepted a buyout bid from Y' too", () => {
    expect(pair(read("Nordvik Bank accepted a buyout bid from Brightwater Holdings on Friday."), "Nordvik Bank", "negotiates", "Brightwater Holdings")).toBe(true);
  });
  it("a rejected bid is opposition, not talks", () => {
    expect(read("Nordvik Bank rejected a takeover offer from Brightwater Holdings.")).toEqual(["Nordvik Bank opposes Brightwater Holdings"]);
  });
});

describe("relations: a place before the kind of body it owns modifies the body", () => {
  it("'the United Arab Emirates state energy company Y' after a bid: Y is the bidder, not the state", () => {
    const rels = read("Nordvik Bank said it had accepted a takeover bid from the United Arab Emirates state energy company Brightwater Holdings.");
    expect(pair(rels, "Nordvik Bank", "negotiates", "Brightwater Holdings")).toBe(true);
    expect(rels.filter((r) => r.includes("United Arab Emirates"))).toEqual([]);
  });
  it("'Norway fined the Chile state mining company Y': the company is fined, not Chile", () => {
    expect(read("Norway fined the Chile state mining company Brightwater Holdings on Friday.")).toEqual(["Norway sanctions Brightwater Holdings"]);
  });
});

describe("relations: a penalty's announcer, a governing body, imposed it", () => {
  it("'X was suspended …, said the federation': the federation sanctions X", () => {
    const rels = read("Amadou Issoufou was suspended for three months and fined $50,000 for his comments, said the Lorvanian Football Federation in a statement.");
    expect(rels).toContain("Lorvanian Football Federation sanctions Amadou Issoufou");
  });
  it("'The league said X was fined': the league sanctions X", () => {
    expect(read("The Ostmark Basketball League said Amadou Issoufou was fined $10,000.")).toEqual(["Ostmark Basketball League sanctions Amadou Issoufou"]);
  });
  it("a club that reports a ban, or a ministry reporting an arrest, imposed nothing", () => {
    expect(read("Amadou Issoufou was banned for two matches, Nordvik FC said.")).toEqual([]);
    expect(read("Amadou Issoufou was arrested on Friday, the Interior Ministry said.")).toEqual([]);
  });
});

describe("relations: an introductory phrase set off by a comma holds no subject", () => {
  it("'In a move seen to counter X's influence, Y and Z pledged to …': Y and Z act together, X is no subject", () => {
    const rels = read("In a move seen to counter China's influence, Chile and Peru pledged to open a joint port.");
    expect(pair(rels, "Chile", "cooperates", "Peru")).toBe(true);
    expect(rels.filter((r) => r.includes("China"))).toEqual([]);
  });
  it("…and names that only share a verb still act apart", () => {
    expect(read("In a move seen to counter China's influence, Chile and Peru attended the summit in Lima.")).toEqual([]);
  });
});

describe("relations: a gerund after a preposition ends the object's phrase", () => {
  it("'X banned the club from selling tickets for a Y match': Y is not banned", () => {
    expect(read("The Lorvanian Football Federation banned the club from selling tickets for a Europa League match.")).toEqual([]);
  });
  it("…while a name right after the verb is its object", () => {
    expect(read("The Lorvanian Football Federation banned Nordvik FC from selling tickets for a month.")).toEqual(["Lorvanian Football Federation sanctions Nordvik FC"]);
  });
});

describe("relations: a cue word that is a noun or a rivalry acts on no one", () => {
  it("'X, which saw supplies of gas to Y slashed': no one provides Y", () => {
    expect(read("The blockade by Norway, which saw supplies of natural gas to Chile cut, lasted a year.").filter((r) => r.includes("provides"))).toEqual([]);
  });
  it("…while 'X supplies Y' still provides", () => {
    expect(read("Norway supplies Chile with natural gas.")).toEqual(["Norway provides Chile"]);
  });
  it("'X will compete against Y' is rivalry, no opposition", () => {
    expect(read("The merger will let Nordvik Bank compete against Brightwater Holdings.")).toEqual([]);
    expect(read("Nordvik Bank filed a lawsuit against Brightwater Holdings.")).toEqual(["Nordvik Bank opposes Brightwater Holdings"]);
  });
});
