import { analyze } from "./helpers";
import { actorFor, cap, checkEntity, compose, ORG_KINDS, type Entity, type Template } from "./grammar-check";

/**
 * A combinatorial test of the actor stage (issue 27): invented people of many name cultures and
 * organisations of every shape, each set in every position news English puts a name in (opening a
 * sentence, after a title, in an apposition, in a list, attributing a quote, after a preposition,
 * owning something), the other slots filled from a seeded draw. Each must be found whole, with its
 * kind, and no other actor may claim its words. Written without reading any fixture article.
 */
const p = (name: string): Entity => ({ name, kind: "person" });
const o = (name: string, surface?: string): Entity => ({ name, kind: "org", surface });

const PEOPLE: Entity[] = [
  p("Chinedu Okonkwo"), // Igbo
  p("Folake Adeyemi"), // Yoruba
  p("Ibrahim Danjuma"), // Hausa
  p("Otieno Wambura"), // Kenyan
  p("Layla Haddad"),
  p("Omar al-Masri"),
  p("Khalid bin Rashid al-Nuaimi"),
  p("Zhang Wenhui"),
  p("Liu Qiang"),
  p("M.K. Selvam"),
  p("P. Ramanathan"),
  p("Anjali Raghavan"),
  p("Dragan Kovačević"),
  p("Ewa Wiśniewska"),
  p("Tomáš Dvořák"),
  p("María Fernanda Ruiz Calderón"),
  p("Jorge Salinas Ortega"),
  p("Kim Min-jae"),
  p("Lee Soo-hyun"),
  p("Emre Yıldırım"),
  p("Ayşe Korkmaz"),
  p("Nguyen Van Thanh"), // Vietnamese, a dictionary word among its syllables
  p("Aung Min Thu"), // Burmese
];

const ORGS: Entity[] = [
  o("Human Rights Watch"),
  o("Saudi Aramco"),
  o("Ministry of Health", "the Ministry of Health"),
  o("Bank of Ghana"),
  o("National Union of Teachers", "the National Union of Teachers"),
  o("Federal Electoral Commission", "the Federal Electoral Commission (FEC)"),
  o("Network Rail"),
  o("Metropolitan Police", "the Metropolitan Police"),
  o("Kenya Ports Authority", "the Kenya Ports Authority"),
  o("Veltrana Holdings"),
  o("Confederation of Mine Workers", "the Confederation of Mine Workers (CMW)"),
  o("Nigerian Union of Journalists", "the Nigerian Union of Journalists"),
  o("University of Lagos", "the University of Lagos"),
  o("Ghana Cocoa Board"),
  o("Doctors Without Borders"),
  o("coast guard", "the coast guard"),
  o("police", "the police"),
  o("weather bureau", "the weather bureau"),
  o("Korvane Airlines"),
  o("Sindh High Court", "the Sindh High Court"),
];

const DAYS = ["on Monday", "on Tuesday", "late on Friday", "this week", "last month"];
const SAID = ["said", "told reporters", "said in a statement", "added"];

const TEMPLATES: Template[] = [
  // Opening the sentence, with and without a reporting verb.
  { id: "start, spoke", slots: ["person"], make: ([x], pick) => `${x} spoke to reporters in the capital ${pick(DAYS)}.` },
  { id: "start, said", slots: ["person"], make: ([x], pick) => `${x} said ${pick(DAYS)} that the talks had failed.` },
  { id: "start, acted", slots: ["org"], make: ([x], pick) => `${cap(x!)} suspended the contract ${pick(DAYS)}.` },
  { id: "start, said (org)", slots: ["org"], make: ([x], pick) => `${cap(x!)} ${pick(SAID)} that the figures were wrong.` },
  // After a title.
  {
    id: "after a title",
    slots: ["person"],
    make: ([x], pick) => `${pick(["Opposition leader", "Finance Minister", "Police spokesman", "Judge", "Senator"])} ${x} called for calm ${pick(DAYS)}.`,
  },
  // Appositions.
  { id: "apposition", slots: ["person"], make: ([x]) => `${x}, a senior economist, warned of higher prices.` },
  { id: "apposition (org)", slots: ["org"], make: ([x]) => `${cap(x!)}, which has offices across the region, rejected the claim.` },
  { id: "spokesperson for", slots: ["person", "org"], make: ([x, y], pick) => `${x}, a spokesperson for ${y}, ${pick(SAID)} the decision was final.` },
  // Lists.
  { id: "list", slots: ["person", "person", "person"], make: ([x, y, z]) => `The delegation included ${x}, ${y} and ${z}.` },
  { id: "list (org)", slots: ["org", "org", "org"], make: ([x, y, z]) => `Representatives of ${x}, ${y} and ${z} met in the capital.` },
  { id: "pair opening", slots: ["person", "person"], make: ([x, y]) => `${x} and ${y} were elected ${"on Monday"}.` },
  { id: "pair opening (org)", slots: ["org", "org"], make: ([x, y]) => `${cap(x!)} and ${y} condemned the verdict.` },
  // Where a role is held.
  { id: "role held in", slots: ["person", "org"], make: ([x, y]) => `${x}, a researcher at ${y}, said the data were incomplete.` },
  // A quote's attribution.
  { id: "quote, said X", slots: ["person"], make: ([x]) => `"We will keep working," said ${x}.` },
  { id: "quote, X said", slots: ["person"], make: ([x], pick) => `"The offer is not enough," ${x} ${pick(SAID)}.` },
  { id: "quote (org)", slots: ["org"], make: ([x]) => `"The figures are alarming," ${x} said in a statement.` },
  // Object of a preposition.
  { id: "object of a preposition", slots: ["person"], make: ([x], pick) => `Talks with ${x} ended without a deal ${pick(DAYS)}.` },
  { id: "object (org)", slots: ["org"], make: ([x], pick) => `The report was sent to ${x} ${pick(DAYS)}.` },
  { id: "according to", slots: ["org"], make: ([x]) => `Prices rose by a third, according to ${x}.` },
  // Possessive.
  { id: "possessive", slots: ["person"], make: ([x]) => `${x}'s lawyers said they would appeal.` },
  { id: "possessive (org)", slots: ["org"], make: ([x]) => `${cap(x!)}'s board approved the plan.` },
];

const CASES = compose([...PEOPLE, ...ORGS], TEMPLATES, 27);

// Cases the pipeline still gets wrong, kept visible: a name of dictionary words that only stands
// after "to" ("sent to Human Rights Watch") is not read (a bare "to" is as often a place's). When one
// of these starts passing, its test fails: move it out. ("pair opening (org): Nigerian Union of
// Journalists" passes since session 28b's name rules for round 8a.)
const KNOWN_GAPS = new Set([
  "object (org): Human Rights Watch",
  "object (org): Doctors Without Borders",
]);

describe("findActors: names in every position (combinatorial, seeded)", () => {
  it("composes every entity in every position", () => {
    expect(CASES.length).toBeGreaterThan(350);
  });
  it.each(CASES.filter((c) => !KNOWN_GAPS.has(c.id)).map((c) => [c.id, c] as const))("%s", (_, c) => {
    const a = analyze(c.text);
    expect(c.expect.flatMap((e) => checkEntity(a, e))).toEqual([]);
  });
  it.each(CASES.filter((c) => KNOWN_GAPS.has(c.id)).map((c) => [c.id, c] as const))("known gap, still failing: %s", (_, c) => {
    const a = analyze(c.text);
    expect(c.expect.flatMap((e) => checkEntity(a, e))).not.toEqual([]);
  });
});

/** Capitalised words that name no body, or one body whole, whatever the rules above read. */
const GUARDS: { text: string; want?: string[]; not: string[]; orgsOnly?: boolean }[] = [
  // An adverb or a conjunction opening the sentence is no part of a name.
  { text: "Later Okafor said no. If Mensah wins, talks resume.", not: ["Later Okafor", "If Mensah"] },
  // Events and eras of dictionary words are no bodies.
  { text: "The Cold War ended and the World Cup began.", not: ["Cold War", "World Cup"] },
  // An unknown word before a dictionary word is a person's name, never a body's.
  { text: "The plan was backed by Chidi Stone and rejected by Ama Brown.", not: ["Chidi Stone", "Ama Brown"], orgsOnly: true },
  // "and" inside one body's name keeps it whole.
  {
    text: "The Department of Health and Human Services said it would act. The Forces for Freedom and Change coalition met.",
    want: ["Department of Health and Human Services"],
    not: ["Human Services", "Forces for Freedom", "Change"],
  },
  // A state's name opening capitalised words that end in an institution's head (a survey, a
  // service) is where the institution is: the name is the institution's, not the state's.
  {
    text: "The Ghana Hydrological Survey said the river had peaked. The Peru Seismological Survey agreed.",
    want: ["Ghana Hydrological Survey", "Peru Seismological Survey"],
    not: ["Ghana", "Peru"],
  },
  // A state's name before a portfolio's words leaves them to the longer name, not a company.
  {
    text: "The cut was harsh, the US Department of the Treasury said. The Director for China Affairs spoke.",
    not: ["US Department", "China Affairs"],
  },
];

describe("findActors: what the new rules must not read", () => {
  it.each(GUARDS.map((g) => [g.text, g] as const))("%s", (_, g) => {
    const a = analyze(g.text);
    for (const w of g.want ?? []) expect(ORG_KINDS.has(actorFor(a, w)?.kind ?? "")).toBe(true);
    const bad = a.actors.filter((x) => g.not.includes(x.name) && (!g.orgsOnly || ORG_KINDS.has(x.kind)));
    expect(bad.map((x) => x.name)).toEqual([]);
  });
  it("a state before a verb that is also a currency's name stays the state ('Brazil won')", () => {
    expect(actorFor(analyze("Brazil won the final in Rio."), "Brazil")?.kind).toBe("state");
  });
  it("a state before its own police stays the state's ('Kenya Police said')", () => {
    const a = analyze("Kenya Police said two men were held.");
    expect(actorFor(a, "Kenya")?.kind).toBe("state");
  });
});

/** Words a place, a currency, a storm or a common noun lends a name, which name no such actor. */
const JUNK: { text: string; not: (a: ReturnType<typeof analyze>) => string[] }[] = [
  {
    text: "Police arrested six members of the Palestine Action group outside the factory.",
    not: (a) => a.actors.filter((x) => x.kind === "state").map((x) => x.name),
  },
  {
    text: "The fine, paid in U.S. dollars, was the largest on record.",
    not: (a) => a.actors.filter((x) => x.kind === "state").map((x) => x.name),
  },
  {
    text: "South Western Railway cancelled trains after the storm.",
    not: (a) => a.actors.filter((x) => /western countries|^west$/i.test(x.name)).map((x) => x.name),
  },
  {
    text: "Storm Babet flooded homes in Brechin, and Hurricane Idalia later hit Perry.",
    not: (a) => a.actors.filter((x) => x.mentions.length > 0 && (ORG_KINDS.has(x.kind) || ["person", "leader", "official"].includes(x.kind))).map((x) => x.name),
  },
  {
    text: "Residents of Kisumu and Eldoret queued for water on Sunday.",
    not: (a) => a.actors.filter((x) => ["person", "leader", "official"].includes(x.kind)).map((x) => x.name),
  },
  {
    text: "The ruling party expelled three lawmakers on Monday.",
    not: (a) => a.actors.filter((x) => /court/i.test(x.name)).map((x) => x.name),
  },
];

describe("findActors: words inside a name are not other actors", () => {
  it.each(JUNK.map((j) => [j.text, j] as const))("%s", (_, j) => {
    expect(j.not(analyze(j.text))).toEqual([]);
  });
});

describe("findActors: an institution named again by its head", () => {
  it.each([
    ["The Metropolitan Police opened an inquiry on Monday. The police said two men were held.", "Metropolitan Police", "the police"],
    ["The Ministry of Health confirmed 14 cases. The ministry said more tests were due.", "Ministry of Health", "the ministry"],
    ["Officials at the Kenya Ports Authority met on Tuesday. The authority later suspended fees.", "Kenya Ports Authority", "The authority"],
  ])("%s", (text, name, later) => {
    const a = analyze(text);
    const x = actorFor(a, name);
    const spans = x?.mentions.map((m) => a.article.text.slice(m.start, m.end).toLowerCase()) ?? [];
    expect(spans).toContain(later.toLowerCase());
  });
});

describe("findActors: bodies named with the article or before a lower-case head", () => {
  it.each([
    ["The Teamsters said the strike would continue.", "Teamsters"],
    ["Later, the Boilermakers said they would march.", "Boilermakers"],
    ["Workers joined the Unite union on Monday.", "Unite union"],
    ["Turkey's Directorate of Communications said the talks were useful.", "Directorate of Communications"],
  ])("%s", (text, name) => {
    expect(ORG_KINDS.has(actorFor(analyze(text), name)?.kind ?? "")).toBe(true);
  });
});
