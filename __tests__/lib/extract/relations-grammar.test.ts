import type { Analysis } from "@/lib/model";
import { actorNamed, analyze } from "./helpers";
import { grammarCases, type Expect, type GrammarCase } from "./relations-grammar-cases";

/**
 * A combinatorial, seeded test of relations read from clause structure: invented actors × act
 * verbs × sentence shapes × negation and modality (relations-grammar-cases.ts). Each case checks
 * source, target, kind (with its direction) and certainty; a denied act and a mere list of names
 * relate no one. Floors hold each shape's pass rate; the negative shapes must all pass.
 */
// "Kestrel Mining Corp." at a sentence's end keeps its abbreviation's full stop: the same actor.
const named = (a: Analysis, n: string) => actorNamed(a, n) ?? actorNamed(a, `${n}.`);

function related(a: Analysis, x: string, y: string) {
  const ax = named(a, x);
  const ay = named(a, y);
  if (!ax || !ay) return undefined;
  return a.relations.filter((r) => (r.source === ax.id && r.target === ay.id) || (r.source === ay.id && r.target === ax.id)).map((r) => ({ ...r, forward: r.source === ax.id }));
}

function problems(c: GrammarCase): string[] {
  const a = analyze(c.text);
  const out: string[] = [];
  const show = () => a.relations.map((r) => `${a.actors.find((x) => x.id === r.source)!.name} ${r.kind}/${r.certainty} ${a.actors.find((x) => x.id === r.target)!.name}`).join("; ");
  const has = (e: Expect) => related(a, e.source, e.target)?.filter((r) => e.accept.includes(r.kind) && (r.forward || e.symmetric || ["meets", "negotiates", "cooperates"].includes(r.kind)));
  for (const e of c.want) {
    const rs = has(e);
    if (rs === undefined) out.push(`actor missing: ${e.source} or ${e.target}`);
    else if (rs.length === 0) out.push(`no ${e.accept.join("|")} ${e.source} → ${e.target} [${show()}]`);
    else if (!rs.some((r) => e.certainty.includes(r.certainty) || (r.certainty === "fact" && e.factKinds?.includes(r.kind)))) out.push(`certainty ${rs.map((r) => r.certainty).join(",")} not ${e.certainty.join("|")}`);
  }
  if (c.denied && (has(c.denied)?.length ?? 0) > 0) out.push(`denied act read: ${show()}`);
  for (const [x, y] of c.none ?? []) if ((related(a, x, y)?.length ?? 0) > 0) out.push(`${x} ~ ${y} related: ${show()}`);
  return out;
}

const CASES = grammarCases();
const results = CASES.map((c) => ({ c, errors: problems(c) }));
const shapes = [...new Set(CASES.map((c) => c.shape))];
const rate = (shape: string) => {
  const rs = results.filter((r) => r.c.shape === shape);
  return rs.filter((r) => r.errors.length === 0).length / rs.length;
};

// The share of each shape's cases that must pass (measured at 2026.12.09-27b, never lowered).
const FLOORS: Record<string, number> = {
  "time phrase before the verb": 0.96,
  // Below 1 where the actor stage reads two people or two bodies joined by "and" as one name.
  "coordinated subjects of a joint act": 0.55,
  "talks between": 0.83,
  "each other": 0.66,
};

if (process.env.RELATION_GRAMMAR_REPORT) {
  const passed = results.filter((r) => r.errors.length === 0).length;
  console.log(
    [`${passed}/${results.length} pass`, ...shapes.map((s) => `${s}: ${Math.round(rate(s) * 100)}%`), ...results.filter((r) => r.errors.length).map((r) => `[${r.c.shape}] ${r.c.text}\n    ${r.errors.join("\n    ")}`)].join("\n"),
  );
}

describe("findRelations: generated clause shapes (relations-grammar)", () => {
  it("covers every shape with invented sentences", () => {
    expect(shapes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.text)).size).toBeGreaterThan(CASES.length * 0.9);
  });
  it.each(shapes)("%s", (shape) => {
    const negative = CASES.find((c) => c.shape === shape)!.want.length === 0;
    const failing = results.filter((r) => r.c.shape === shape && r.errors.length).map((r) => `${r.c.text} — ${r.errors.join("; ")}`);
    if (negative) expect(failing).toEqual([]);
    else expect(rate(shape)).toBeGreaterThanOrEqual(FLOORS[shape] ?? 1);
  });
});

describe("findRelations: the rules the generated shapes call for, one sentence each", () => {
  const read = (body: string) => {
    const a = analyze(body);
    const name = (id: string) => a.actors.find((x) => x.id === id)!.name;
    return a.relations.map((r) => `${name(r.source)} ${r.kind} ${name(r.target)} ${r.certainty}`);
  };
  it("a person's title belongs to the name's phrase: 'X and Foreign Minister Y', 'by President Y'", () => {
    expect(read("Ghana and Foreign Minister Leila Haddad held talks in Accra.")).toEqual(["Ghana negotiates Leila Haddad fact"]);
    expect(read("Poland was backed by President Tomasz Wielicki on Monday.")).toEqual(["Tomasz Wielicki supports Poland fact"]);
  });
  it("a passive's agent may follow a term or a charge ('banned for two years by', 'accused of fraud by')", () => {
    expect(read("Mariam Diallo was banned for two years by the Andean Rowing Federation.")).toEqual(["Andean Rowing Federation sanctions Mariam Diallo fact"]);
    expect(read("Uruguay was accused of fraud by Chile on Wednesday.")).toEqual(["Chile opposes Uruguay fact"]);
  });
  it("a verb cue is read whole ('sued' is a participle, so 'was sued by' is a passive)", () => {
    expect(read("Nordvik Bank was sued by Morocco on Tuesday.")).toEqual(["Morocco opposes Nordvik Bank fact"]);
  });
  it("a base form after a modal or 'to' is a verb ('may ban', 'to fine'), the noun no act", () => {
    expect(read("Ghana may ban Mbeki Holdings.")).toEqual(["Ghana sanctions Mbeki Holdings possible"]);
    expect(read("A fine of $3 million was paid.")).toEqual([]);
  });
  it("electing, appointing and endorsing are support, 'president-elect' none", () => {
    expect(read("The Unity Party elected Mariam Diallo as its leader.")).toEqual(["Unity Party supports Mariam Diallo fact"]);
    expect(read("President-elect Mariam Diallo met Kenya on Monday.").filter((r) => r.includes("supports"))).toEqual([]);
  });
  it("'X said it would …' is probable, a condition still conditional", () => {
    expect(read("Norway said it would sanction Chile.")).toEqual(["Norway sanctions Chile probable"]);
    expect(read("Norway would sanction Chile if talks failed.")).toEqual(["Norway sanctions Chile conditional"]);
    expect(read("Peru said it would hold talks with Chile.")).toEqual(["Chile negotiates Peru probable"]);
  });
  it("'threatened to' makes what is threatened possible, whatever its subject's phrase", () => {
    expect(read("Vietnam threatened to sanction Ghana.")).toContain("Vietnam sanctions Ghana possible");
    expect(read("The Unity Party threatened to suspend Mariam Diallo.")).toEqual(["Unity Party sanctions Mariam Diallo possible"]);
  });
  it("coordinated subjects cooperate only in a joint act, not in sharing a verb", () => {
    expect(read("Chile, Peru and Bolivia attended the summit in Quito.")).toEqual([]);
    expect(read("Chile and Peru won medals.")).toEqual([]);
    expect(read("Chile and Peru pledged to build a railway.")).toEqual(["Chile cooperates Peru probable"]);
    expect(read("The Transport Workers Union and the Federated Nurses Union agreed to merge.")).toEqual(["Federated Nurses Union negotiates Transport Workers Union fact"]);
  });
  it("a place and a name joined by 'and' stay two names ('Mariam Diallo and Poland')", () => {
    expect(read("Mariam Diallo and Poland met in Geneva.")).toEqual(["Mariam Diallo meets Poland fact"]);
    expect(read("Talks between Brightwater Holdings and Uruguay resumed.")).toEqual(["Brightwater Holdings negotiates Uruguay fact"]);
    expect(analyze("Trinidad and Tobago won.").actors.map((x) => x.name)).toContain("Trinidad and Tobago");
  });
  it("talks named by a noun: a possessor holds them, 'had an exchange of views' is a joint act", () => {
    expect(read("President Tomasz Wielicki’s recent talks with Ghana were useful.")).toEqual(["Ghana negotiates Tomasz Wielicki fact"]);
    expect(read("Kenya and Peru had an extensive exchange of views on trade.")).toEqual(["Kenya negotiates Peru fact"]);
  });
  it("a verb joined by 'and' to an earlier verb's object shares that verb's subject", () => {
    const rels = read("The Andean Rowing Federation fined Mariam Diallo for doping and banned Rafael Quispe Mamani.");
    expect(rels).toEqual(["Andean Rowing Federation sanctions Mariam Diallo fact", "Andean Rowing Federation sanctions Rafael Quispe Mamani fact"]);
  });
  it("verbs of news criticism and praise, and strikes staged at a body", () => {
    expect(read("Senator Ingrid Solberg slammed Nordvik Bank.")).toEqual(["Ingrid Solberg opposes Nordvik Bank fact"]);
    expect(read("Peru praised Chile for its restraint.")).toEqual(["Peru supports Chile fact"]);
    expect(read("The Transport Workers Union staged a strike at Nordvik Bank.")).toEqual(["Transport Workers Union opposes Nordvik Bank fact"]);
  });
  it("a possessed noun that 'against' completes is the subject's, not an object's", () => {
    expect(read("Kenya said it was investigating Nordvik Bank as part of its campaign against Ghana.").filter((r) => r.startsWith("Nordvik"))).toEqual([]);
    expect(read("Mariam Diallo won her case against Ghana.")).toEqual(["Mariam Diallo opposes Ghana fact"]);
  });
  it("a body is taken up by the head word of its name ('the confederation', 'the authority')", () => {
    expect(read("The Pacific Rugby Confederation met on Friday. The confederation banned Mariam Diallo.")).toEqual(["Pacific Rugby Confederation sanctions Mariam Diallo fact"]);
    expect(read("The Valdorian Competition Authority opened an inquiry. The authority later fined Nordvik Bank.")).toEqual(["Valdorian Competition Authority sanctions Nordvik Bank fact"]);
  });
  it("truces are agreed jointly, 'each other' acts both ways, aid is shipped to its recipient past a number", () => {
    expect(read("Armenia and Azerbaijan agreed to a humanitarian truce on Saturday.")).toEqual(["Armenia negotiates Azerbaijan fact"]);
    expect(read("Armenia and Azerbaijan accused each other of violating the truce.")).toEqual(["Armenia opposes Azerbaijan fact", "Azerbaijan opposes Armenia fact"]);
    expect(read("The WHO shipped 4,000 vaccines to Ghana.")).toEqual(["World Health Organization provides Ghana fact"]);
    expect(read("Ghana did not send $1.5 million in aid to Peru on Monday.")).toEqual([]);
  });
  it("a member of what a name possesses is the object, not the name ('sanctions on one of China's banks')", () => {
    expect(read("Norway imposed sanctions on one of Chile’s largest banks.")).toEqual([]);
  });
});
