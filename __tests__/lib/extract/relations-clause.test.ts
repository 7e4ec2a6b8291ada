import { analyze } from "./helpers";

/**
 * Relations read from a clause's structure rather than from a cue word and its neighbours (issue
 * 14). Every sentence is invented; each rule has a case that fails without it and a case that
 * guards its precision.
 */
const read = (body: string) => {
  const a = analyze(body);
  const name = (id: string) => a.actors.find((x) => x.id === id)!.name;
  return a.relations.map((r) => `${name(r.source)} ${r.kind} ${name(r.target)}`);
};

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
