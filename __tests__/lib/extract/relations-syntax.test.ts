import { analyze } from "./helpers";

/**
 * Relations that need a clause's syntax rather than a cue word alone (issue 14): quarrels with two
 * sides, a possessor naming the role of the name after it, … Every sentence is invented (names of
 * many cultures, invented institutions); each rule has a case that fails without it and a case
 * that guards its precision.
 */
const read = (body: string) => {
  const a = analyze(body);
  const name = (id: string) => a.actors.find((x) => x.id === id)!.name;
  return a.relations.map((r) => `${name(r.source)} ${r.kind} ${name(r.target)}`);
};
// A symmetric relation may be drawn either way round.
const pair = (rels: string[], x: string, kind: string, y: string) => rels.includes(`${x} ${kind} ${y}`) || rels.includes(`${y} ${kind} ${x}`);

describe("relations: quarrels have two sides", () => {
  it("'X had an altercation with Y', 'X clashed with Y', 'a dispute with Y': X and Y oppose each other", () => {
    expect(pair(read("The coach said Mariam Diallo had an altercation with Rafael Quispe Mamani after the match."), "Mariam Diallo", "opposes", "Rafael Quispe Mamani")).toBe(true);
    expect(pair(read("Kenya clashed with Ethiopia over the dam on Monday."), "Kenya", "opposes", "Ethiopia")).toBe(true);
    expect(pair(read("Nordvik Bank is locked in a bitter legal dispute with Brightwater Holdings."), "Nordvik Bank", "opposes", "Brightwater Holdings")).toBe(true);
  });
  it("'clashes between X and Y' names both sides after the noun", () => {
    expect(pair(read("Clashes between Armenia and Azerbaijan killed four soldiers."), "Armenia", "opposes", "Azerbaijan")).toBe(true);
  });
  it("'with' alone, without a quarrel, is no opposition", () => {
    expect(read("Chile, with Peru and Bolivia, attended the talks.")).toEqual([]);
  });
});

describe("relations: a possessor names the role of the name after it", () => {
  it("'X's head coach Y' is one object, Y, not X", () => {
    expect(read("Mariam Diallo had an altercation with Peru's head coach Rafael Quispe Mamani.").filter((r) => r.includes("Peru"))).toEqual([]);
    expect(read("Norway sanctioned Chile's star striker Rafael Quispe Mamani.")).toEqual(["Norway sanctions Rafael Quispe Mamani"]);
  });
  it("…but a possessed noun with its own complement is the object's phrase ('Chile's treatment of Peru')", () => {
    expect(read("Norway criticised Chile's treatment of Peru.")).toEqual(["Norway opposes Chile"]);
  });
});

describe("relations: the holder of a role, named in apposition, is the object", () => {
  it("'expelled the head of X, Y' acts on Y, not on X", () => {
    expect(read("Ghana expelled the head of the Sahel Liberation Front, Nigerien Amadou Issoufou, in 2019.")).toEqual(["Ghana sanctions Amadou Issoufou"]);
    expect(read("Norway fined the chairman of Nordvik Bank, Lars Eriksen, on Friday.")).toEqual(["Norway sanctions Lars Eriksen"]);
  });
  it("…while a list of bodies stays a list of objects", () => {
    expect(read("Ghana expelled the Sahel Liberation Front, Kenya and Peru.").length).toBe(3);
  });
});

describe("relations: a patient the lead describes, named in the next sentences", () => {
  it("'an activist was arrested by police … Y was arrested on Sunday': the police arrested Y", () => {
    expect(read("A senior opposition figure was detained by the Valdorian National Police on Friday. Amara Diop was detained at her home in the capital.")).toEqual([
      "Valdorian National Police sanctions Amara Diop",
    ]);
  });
  it("…and after an active lead ('Police arrested a well-known blogger … Y was arrested after a rally')", () => {
    expect(read("The Karsk City Police arrested a well-known blogger on Monday. Lin Wei-ting was arrested after a rally.")).toEqual(["Karsk City Police sanctions Lin Wei-ting"]);
  });
  it("only the same act, only when the lead named no patient, only over two sentences", () => {
    expect(read("A veteran journalist was arrested by the Karsk City Police. Three days later, Lin Wei-ting was released.")).toEqual([]);
    expect(read("A veteran journalist was arrested by the Karsk City Police. Lin Wei-ting was fined in June.")).toEqual([]);
    expect(read("Kenya fined Nordvik Bank. Lars Eriksen was fined in June.")).toEqual(["Kenya sanctions Nordvik Bank"]);
    expect(read("The Karsk City Police arrested a blogger. The rally went ahead. Crowds gathered in the square. Shops stayed shut. Lin Wei-ting was arrested later.")).toEqual([]);
  });
});

describe("relations: a person taken up by a role noun", () => {
  it("'the federation chairman' after 'chairman X' is X acting", () => {
    expect(read("The Baltic Chess Federation said chairman Viktor Lindqvist had reviewed the case. The federation chairman agreed to impose sanctions on Mariam Diallo.")).toEqual([
      "Viktor Lindqvist sanctions Mariam Diallo",
    ]);
    expect(read("Oyelaran Foods Plc named Ngozi Adeyemi as chief executive in May. The chief executive later sued Kenya.")).toEqual(["Ngozi Adeyemi opposes Kenya"]);
  });
  it("a role nobody was named with stands for no one, and a role before a name is its title", () => {
    expect(read("Mariam Diallo met Peru. The coach later sued Kenya.")).toEqual(["Mariam Diallo meets Peru"]);
    expect(read("Ngozi Adeyemi, the chief executive of Oyelaran Foods Plc, met Peru. The chief executive Kwame Mensah sued Kenya.").filter((r) => r.includes("Kenya"))).toEqual(["Kwame Mensah opposes Kenya"]);
  });
});

describe("relations: a visit named by a noun", () => {
  it("the visitor is the possessor or the 'of'/'by' phrase, the host follows 'to'", () => {
    expect(pair(read("President Tomasz Wielicki's state visit to Ghana ended on Friday."), "Tomasz Wielicki", "meets", "Ghana")).toBe(true);
    expect(read("The first official visit by Mariam Diallo to Peru was cancelled.")).toEqual(["Mariam Diallo meets Peru"]);
  });
  it("a name before the noun is no party of the visit ('officials in Chile … the courtesy visit of Y')", () => {
    expect(read("Officials in Chile prepared for the courtesy visit of Foreign Minister Leila Haddad.")).toEqual([]);
    expect(read("Kenya said the visit to Peru went well.")).toEqual([]);
  });
  it("a verb 'visit' keeps its subject ('X will visit Y')", () => {
    expect(read("Mariam Diallo will visit Peru next week.")).toEqual(["Mariam Diallo meets Peru"]);
  });
});

describe("relations: resisting, and talks named with quotation marks", () => {
  it("'X vowed to resist Y' is opposition", () => {
    expect(read("Peru vowed to resist Chile's pressure on Monday.")).toEqual(["Peru opposes Chile"]);
  });
  it("'had an \"extensive exchange\" of views' is a joint act whatever the quotation marks", () => {
    expect(pair(read('Kenya and Peru had an "extensive exchange" of views on trade.'), "Kenya", "negotiates", "Peru")).toBe(true);
    expect(pair(read("Ghana and Chile had a “frank exchange” of views on Monday."), "Ghana", "negotiates", "Chile")).toBe(true);
  });
});

describe("relations: a body after 'of' is a name's affiliation, not a coordinated subject", () => {
  it("'Director of the P, X, and Y held talks': X and Y, not P", () => {
    expect(read("Chief of the Karsk City Police, Rafael Quispe Mamani, and Foreign Minister Leila Haddad held talks on Monday.")).toEqual([
      "Leila Haddad negotiates Rafael Quispe Mamani",
    ]);
    expect(read("Rafael Quispe Mamani, head of the Karsk City Police, and Foreign Minister Leila Haddad held talks on Monday.")).toEqual([
      "Leila Haddad negotiates Rafael Quispe Mamani",
    ]);
  });
  it("…while 'the presidents of X and Y' are both parties", () => {
    expect(read("The presidents of Chile and Peru held talks.")).toEqual(["Chile negotiates Peru"]);
  });
});

describe("relations: an object named in apposition to its description, deals to take control", () => {
  it("'sanctioned the country's biggest miner, X' acts on X", () => {
    expect(read("Kenya sanctioned the country's biggest miner, Kestrel Mining Corp.")).toEqual(["Kenya sanctions Kestrel Mining Corp."]);
  });
  it("'X said Thursday it had agreed to take control of Ghana's largest lender, Y,' is a deal of X with Y, not with Ghana", () => {
    const rels = read("Nordvik Bank said Thursday it had agreed to take control of Ghana's largest lender, Brightwater Holdings, in a deal.");
    expect(rels).toHaveLength(1);
    expect(pair(rels, "Nordvik Bank", "negotiates", "Brightwater Holdings")).toBe(true);
  });
  it("a stake in X is a share of X, not a place", () => {
    expect(pair(read("Orinoco Energy SA bought a 20 percent stake in Mbeki Holdings."), "Orinoco Energy SA", "negotiates", "Mbeki Holdings")).toBe(true);
    expect(read("Kenya fined companies in Peru.")).toEqual([]);
  });
  it("taking control by force is no deal", () => {
    expect(read("Chile's army sought to take control of Peru.")).toEqual([]);
    expect(read("The rebels took control of Goma, Kenya said.")).toEqual([]);
  });
});

describe("relations: charging and finding guilty are judgements", () => {
  it("'Y charged X with …', 'X was charged with … by Y'", () => {
    expect(read("The Valdorian Competition Authority charged Nordvik Bank with price fixing.")).toEqual(["Valdorian Competition Authority sanctions Nordvik Bank"]);
    expect(read("Nordvik Bank was charged with price fixing by the Valdorian Competition Authority.")).toEqual(["Valdorian Competition Authority sanctions Nordvik Bank"]);
  });
  it("'Y found X guilty', 'X was found guilty … by Y': Y convicts X, never the other way round", () => {
    expect(read("The Karsk District Court found Rafael Quispe Mamani guilty of fraud on Monday.")).toEqual(["Karsk District Court sanctions Rafael Quispe Mamani"]);
    expect(read("Rafael Quispe Mamani was found guilty of fraud by the Karsk District Court.")).toEqual(["Karsk District Court sanctions Rafael Quispe Mamani"]);
  });
  it("charging a fee or into a crowd, finding a partner: no judgement", () => {
    expect(read("Mbeki Holdings charged Kenya a fee.")).toEqual([]);
    expect(read("The Valdorian National Police charged into the crowd with Peru.")).toEqual([]);
    expect(read("Kenya found Peru a reliable partner.")).toEqual([]);
  });
});

describe("relations: a participle after a noun in a prepositional phrase is a reduced relative", () => {
  it("'sanctions on six Peruvian army officers aligned with Y': Peru is not aligned with Y", () => {
    expect(read("Norway imposed sanctions on six Peruvian army officers aligned with President Tomasz Wielicki.").filter((r) => r.includes("Wielicki"))).toEqual([]);
  });
  it("…while a clause's own verb after its subject's noun still acts ('Kenyan troops backed Ghana')", () => {
    expect(read("Kenyan troops backed Ghana.")).toEqual(["Kenya supports Ghana"]);
  });
});

describe("relations: a name that ends a longer name is not a passive's patient", () => {
  it("'the Commission Against Corruption in Peru (CACP), backed by Y': Y backs no Peru", () => {
    expect(read("The case was investigated by the Commission Against Corruption in Peru (CACP), backed by the United Nations.").filter((r) => r.includes("Peru"))).toEqual([]);
  });
  it("…while a body with its acronym is the patient ('the Coastal Fisheries Agency (CFA), backed by Chile')", () => {
    expect(read("The Coastal Fisheries Agency (CFA), backed by Chile, fined Nordvik Bank.")).toContain("Chile supports Coastal Fisheries Agency");
  });
});
