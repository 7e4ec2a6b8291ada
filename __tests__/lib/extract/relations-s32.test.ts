import { analyze, relationsOf } from "./helpers";

/**
 * Session 32e relation rules (lib/extract/relations/ and the title split of joined names in
 * lib/extract/actors/joined-names.ts), on invented sentences: each rule has a sentence where it
 * must fire and one where it must not (a list, an apposition, a quoted opinion, a place).
 */
// Symmetric kinds (meets, cooperates, negotiates) read the same either way round: written in name order.
const SYMMETRIC = /^(.+) (meets|cooperates|negotiates) (.+)$/;
const ordered = (r: string) => {
  const m = SYMMETRIC.exec(r);
  return m ? [m[1]!, m[3]!].sort().join(` ${m[2]} `) : r;
};
const relations = (body: string) => relationsOf(analyze(body)).map(ordered);

describe("a state and a title before a person's name belong to the person's phrase", () => {
  it("'Chilean President A and Peruvian Prime Minister B signed …, hosted by C': both sign, C hosts both", () => {
    const found = relations(
      "Chilean President Ana Folau and Peruvian Prime Minister Rafael Quispe signed a trade accord in Cusco, hosted by Bolivian President Marta Condori.",
    );
    expect(found).toEqual(expect.arrayContaining(["Ana Folau cooperates Rafael Quispe", "Ana Folau meets Marta Condori", "Marta Condori meets Rafael Quispe"]));
    // the states only name the offices: they sign nothing of their own
    expect(found.filter((r) => /Chile|Peru|Bolivia/.test(r))).toEqual([]);
  });

  it("both titled people are read as actors, and meet", () => {
    const a = analyze("Chilean President Ana Folau and Peruvian President Rafael Quispe met in Lima on Monday.");
    expect(a.actors.map((x) => x.name)).toEqual(expect.arrayContaining(["Ana Folau", "Rafael Quispe"]));
    expect(relationsOf(a).map(ordered)).toContain("Ana Folau meets Rafael Quispe");
  });

  it("a list of titled people with no joint act relates no one", () => {
    expect(relations("Chilean President Ana Folau, Peruvian President Rafael Quispe and Bolivian President Marta Condori attended the funeral.")).toEqual([]);
  });
});

describe("a name after the cue's 'in' places the act", () => {
  it("'co-operation in Fiji' relates no one to Fiji; the partner after 'with' still is one", () => {
    expect(relations("The Harbour Alliance praised the security co-operation in Fiji.")).not.toContain("Harbour Alliance cooperates Fiji");
    const found = relations("Kestrel Holdings works with Brightwater Holdings in Peru.");
    expect(found).toContain("Brightwater Holdings cooperates Kestrel Holdings");
    expect(found.filter((r) => r.includes("Peru"))).toEqual([]);
  });
});

describe("visits", () => {
  it("'A and B visited C': the visitors meet C, not each other", () => {
    const found = relations("Chilean President Ana Folau and Peruvian President Rafael Quispe visited Brazil on Monday.");
    expect(found).toEqual(expect.arrayContaining(["Ana Folau meets Brazil", "Brazil meets Rafael Quispe"]));
    expect(found).not.toContain("Ana Folau meets Rafael Quispe");
  });

  it("a relative clause of a common noun ('travellers who visited') has that noun for subject; 'as hosts' is a noun", () => {
    expect(
      relations("Japan, Chile, Peru and the U.S. have also each reported a single case, all among people from Lima or those who recently visited the province."),
    ).toEqual([]);
    expect(relations("Investigators questioned the choice of Chile and Peru as hosts for the 2030 games.")).toEqual([]);
  });
});

describe("a name that only modifies the subject's noun is not the subject", () => {
  it("'A Chilean federal judge sentenced Y': not Chile; the name followed by its verb still acts", () => {
    expect(relations("A US federal judge Tuesday sentenced former Governor Rafael Quispe to two years in prison.")).not.toContain(
      "United States sanctions Rafael Quispe",
    );
    expect(relations("Chile on Monday fined Kestrel Holdings for breaching export rules.")).toContain("Chile sanctions Kestrel Holdings");
    expect(relations("Chile's government fined Kestrel Holdings for breaching export rules.")).toContain("Chile sanctions Kestrel Holdings");
  });

  it("'A court in Chile sentenced Y': the court acts, not the place; 'the government in Chile' is Chile's", () => {
    expect(relations("A court in Chile sentenced former minister Rafael Quispe to four years in prison on Thursday.")).not.toContain(
      "Chile sanctions Rafael Quispe",
    );
    expect(relations("The government in Chile fined Kestrel Holdings on Monday.")).toContain("Chile sanctions Kestrel Holdings");
  });

  it("'X headed by Y is campaigning …': X is the subject, not the agent of the participle", () => {
    const found = relations("The Liberal Front headed by former minister Rafael Quispe condemned Prime Minister Marta Condori.");
    expect(found).toContain("Liberal Front opposes Marta Condori");
    expect(found).not.toContain("Rafael Quispe opposes Marta Condori");
    // set off by "is", the name after "by" is in a passive of its own: no subject is borrowed across it
    expect(relations("The Liberal Front is headed by Rafael Quispe.")).toEqual([]);
  });

  it("a relative clause with a subject of its own ('through which the regime, working with Y') is not the name's", () => {
    expect(
      relations("The Harbour Commission is designating nine targets in a network through which the regime, working with Brightwater Holdings, ships oil."),
    ).not.toContain("Brightwater Holdings cooperates Harbour Commission");
  });

  it("a noun phrase joined to a subject before it is one of the subjects", () => {
    expect(relations("Iran and Russian companies sent oil to Syria last year.")).toContain("Iran provides Syria");
  });
});

describe("new cues", () => {
  it("'was removed from office by the court' sanctions the one removed; removing a thing does not", () => {
    expect(relations("Prime Minister Thanh Nguyen was removed from office by the Constitutional Court on Friday.")).toContain(
      "Constitutional Court sanctions Thanh Nguyen",
    );
    expect(relations("The Harbour Commission removed the tariffs on Kestrel Holdings.")).not.toContain("Harbour Commission sanctions Kestrel Holdings");
  });

  it("'campaigning for the resignation of Y' opposes Y; 'for the release of Y' does not", () => {
    expect(relations("The Liberal Front is campaigning for the resignation of Prime Minister Rafael Quispe.")).toContain("Liberal Front opposes Rafael Quispe");
    expect(relations("The Liberal Front is campaigning for the release of Rafael Quispe.")).not.toContain("Liberal Front opposes Rafael Quispe");
  });
});

describe("objects, prepositions and penalties", () => {
  it("'sanctioned six individuals, including Y' sanctions Y; six individuals alone name no one", () => {
    expect(relations("The Harbour Commission sanctioned six individuals, including Chilean citizen Rafael Quispe, on Monday.")).toContain(
      "Harbour Commission sanctions Rafael Quispe",
    );
    expect(relations("The Harbour Commission sanctioned six individuals on Monday, Rafael Quispe said.")).toEqual([]);
  });

  it("'gave a suspension to Y' is a penalty, never aid", () => {
    const a = analyze("The Harbour League gave a 90-day suspension to Rafael Quispe.");
    expect(relationsOf(a)).toEqual(["Harbour League sanctions Rafael Quispe"]);
    expect(a.relations.map((r) => r.label)).toEqual(["imposes penalties on"]);
  });

  it("'ordered Y to pay' sanctions Y; an order to do something else, or a court order asking Y, does not", () => {
    expect(relations("District Judge Marta Condori also ordered Kestrel Holdings to pay about $7.6 million in fees.")).toContain(
      "Marta Condori sanctions Kestrel Holdings",
    );
    expect(relations("The regulator ordered Kestrel Holdings to revise its contracts.")).toEqual([]);
    expect(relations("Brightwater Holdings sought a court order asking Kestrel Holdings to pay the agreed amount.")).toEqual([]);
  });

  it("'the allegations made against Y' are someone else's; 'a lunch alongside Y' is no cooperation of the name before it", () => {
    expect(relations("Rafael Quispe declined to comment on the allegations made against Kestrel Holdings.")).toEqual([]);
    expect(
      relations("Footage showed police offering the Liberal Front member a lavish lunch alongside a senior officer of Kestrel Holdings."),
    ).not.toContain("Kestrel Holdings cooperates Liberal Front");
  });
});

describe("coordinated patients and subjects named with an apposition", () => {
  it("'X and his vice president, Y, have been sentenced': the article's one court sentences both", () => {
    const found = relations(
      "Former President Rafael Quispe and his vice president, Marta Condori, have been sentenced to 16 years in prison each. The Lima Criminal Court handed down the sentences on Wednesday.",
    );
    expect(found).toEqual(expect.arrayContaining(["Lima Criminal Court sanctions Rafael Quispe", "Lima Criminal Court sanctions Marta Condori"]));
  });

  it("'X and his wife, Y, condemned Z': both condemn; 'X and his lawyers, who …' adds no one", () => {
    expect(relations("Rafael Quispe and his wife, Marta Condori, condemned the Lima Criminal Court.")).toEqual(
      expect.arrayContaining(["Rafael Quispe opposes Lima Criminal Court", "Marta Condori opposes Lima Criminal Court"]),
    );
    expect(relations("Rafael Quispe and his lawyers, who spoke on Monday, condemned the Lima Criminal Court.")).toEqual([
      "Rafael Quispe opposes Lima Criminal Court",
    ]);
  });
});

describe("a union's strike named as a noun", () => {
  it("'X's workers union launched a strike' opposes X; 'the union called a strike' opposes the article's one company", () => {
    expect(relations("Kestrel Holdings's workers union launched a strike on Wednesday, days after talks failed.")).toEqual([
      "workers union opposes Kestrel Holdings",
    ]);
    expect(relations("The Harbour Workers Union called a strike on Monday. Kestrel Holdings said the stoppage would hurt exports.")).toEqual([
      "Harbour Workers Union opposes Kestrel Holdings",
    ]);
  });

  it("with two companies and no possessor, or a company striking nothing, it relates no one", () => {
    expect(
      relations("The Harbour Workers Union called a strike on Monday. Kestrel Holdings and Brightwater Holdings said the stoppage would hurt exports."),
    ).toEqual([]);
    expect(relations("Kestrel Holdings launched a strike on Monday.")).toEqual([]);
  });
});

describe("an attribution cue that runs on from a clause of its own", () => {
  it("'A vowed to resist B after C said …': A acts in its own clause; the speaker does not act there", () => {
    const found = relations("Chile vowed to resist Peru after Lima said it would impose tariffs on Chilean wine.");
    expect(found).toContain("Chile opposes Peru");
    // a plain attribution keeps its speaker out of the reported clause's subjects
    expect(relations("Kestrel Holdings said on Monday that the harbour would stay closed.")).toEqual([]);
  });
});
