import { seededRandom } from "@/lib/random";

/**
 * A seeded grammar of invented attributed sentences: speaker kinds × reporting frames, each case
 * with the chain its claim must carry (nearest source first, the outlet last). Names, outlets and
 * subjects are made up or generic; nothing is taken from a fixture article.
 */
export const OUT = "The Test Outlet";

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const NAMES = [
  "Amara Okafor", "Nguyen Van Thanh", "Oleksandr Bondarenko", "Fatima Al-Zahrani", "Kwame Mensah",
  "Hiroshi Tanaka", "Ingrid Solberg", "José Luis Ortega", "Priya Raghunathan", "Tomasz Wiśniewski",
  "Aylin Demir", "Chidi Eze", "Mariana Costa", "Lars Eriksen", "Siosaia Taufa", "Bilal Chaudhry",
];
const TITLES = ["Finance Minister", "Foreign Minister", "Senator", "Governor", "Interior Minister", "Mayor", "General"];
const APPOSITIONS = [
  "the head of the national weather service",
  "a spokesman for the coalition",
  "the country's chief negotiator",
  "a senior police officer",
  "the league's disciplinary chief",
];
// An organisation with the head noun "the <noun>" names it by later.
const ORGS: [name: string, head: string][] = [
  ["the Asian Rowing Confederation", "confederation"],
  ["the National Electoral Commission", "commission"],
  ["the Kenya Meteorological Department", "department"],
  ["the International Cocoa Organization", "organization"],
  ["the Central Bank of Uruguay", "bank"],
  ["the Baltic Dockworkers Union", "union"],
  ["the West African Health Agency", "agency"],
  ["the Federal Competition Authority", "authority"],
];
export const MEDIA = ["Reuters", "Al Jazeera", "Kyodo News", "the BBC", "Bloomberg", "Agence France-Presse"];
// How a medium may be named in a chain: "Kyodo News" is Kyodo, "Agence France-Presse" AFP.
const mediumName = (m: string): RegExp => {
  const bare = m.replace(/^the /, "");
  const short = bare === "Agence France-Presse" ? "AFP" : bare.replace(/ News$/, "");
  return new RegExp(`^(?:${bare}|${short})$`);
};
const STATE_AGENCIES: [phrase: string, name: string][] = [
  ["the state news agency Xinhua", "Xinhua"],
  ["the official news agency IRNA", "IRNA"],
  ["state news agency Anadolu", "Anadolu"],
  ["the state-run news agency KCNA", "KCNA"],
];
const UNNAMED: [phrase: string, name: RegExp][] = [
  ["a senior official", /official/i],
  ["two people familiar with the matter", /people familiar/i],
  ["diplomats", /diplomat/i],
  ["a source close to the talks", /source/i],
];
export const DATELINES: [city: string, wire: string][] = [
  ["NAIROBI", "Reuters"], ["BEIJING", "Reuters"], ["ANKARA", "AFP"], ["LIMA", "AP"], ["HANOI", "Reuters"],
];
export const CLAUSES = [
  "the bridge would reopen in March",
  "exports had fallen 4 percent in the second quarter",
  "the talks would resume next week",
  "three people were killed in the flooding",
  "the ban would stay in place until the end of the season",
  "talks with Chile had made no progress",
  "the army had pulled back from the border with Chad",
  "prices would keep rising through the winter",
];
export const QUOTES = [
  "We will not back down", "This is a difficult day for everyone", "The numbers speak for themselves",
  "Nobody expected the water to rise so fast", "We are ready to talk at any time",
];

/** One way of naming a speaker: how it opens a sentence, how it stands elsewhere, who it is. */
export type Speaker = {
  kind: string;
  /** a sentence that introduces it first, when it is named by a role */
  setup?: string;
  /** as the subject (lower case where it may open a clause) */
  np: string;
  /** whom the chain must name: an actor's name or alias, or a pattern */
  who: string | RegExp;
  /** whether the kind suits a frame (media and unnamed sources do not issue statements, say) */
  person: boolean;
  media?: boolean;
  plural?: boolean;
};
const was = (s: Speaker) => (s.plural ? "were" : "was");
const is = (s: Speaker) => (s.plural ? "are" : "is");

export function speakers(r: () => number): Speaker[] {
  const name = () => pick(r, NAMES);
  const n1 = name();
  const n2 = name();
  const n3 = name();
  const n4 = name();
  const [org] = pick(r, ORGS);
  const [org2, head2] = pick(r, ORGS);
  const [agency, agencyName] = pick(r, STATE_AGENCIES);
  const [unnamed, unnamedRe] = pick(r, UNNAMED);
  const medium = pick(r, MEDIA);
  const title = pick(r, TITLES);
  return [
    { kind: "titled name", np: `${title} ${n1}`, who: n1, person: true },
    { kind: "plain name", np: n2, who: n2, person: true },
    { kind: "name, apposition,", np: `${n3}, ${pick(r, APPOSITIONS)},`, who: n3, person: true },
    { kind: "organisation", np: org, who: org.replace(/^the /, ""), person: false },
    {
      kind: "the <head noun> of an organisation named before",
      setup: `${cap(org2)} met in Geneva on Monday.`,
      np: `the ${head2}`,
      who: org2.replace(/^the /, ""),
      person: false,
    },
    {
      kind: "the minister named before",
      setup: `${title === "Mayor" || title === "General" ? "Finance Minister" : title} ${n4} arrived in Lisbon on Monday.`,
      np: title === "Senator" ? "the senator" : title === "Governor" ? "the governor" : "the minister",
      who: n4,
      person: true,
    },
    { kind: "medium", np: medium, who: mediumName(medium), person: false, media: true },
    { kind: "state news agency", np: agency, who: agencyName, person: false, media: true },
    { kind: "unnamed source", np: unnamed, who: unnamedRe, person: true, plural: /s$/.test(unnamed) },
    { kind: "spokesperson for an organisation", np: `a spokesperson for ${org}`, who: org.replace(/^the /, ""), person: true },
  ];
}

/** One case: a body, the sentence asked about, and the chain its claim must carry. */
export type Case = { name: string; body: string; sentence: number; chain: (string | RegExp)[] };
export type Frame = { frame: string; fits?: (s: Speaker) => boolean; make: (s: Speaker, r: () => number) => Omit<Case, "name"> };

export const said = (s: Speaker) => (s.media ? "reported" : "said");
export const frames: Frame[] = [
  { frame: "X said C", make: (s, r) => ({ body: `${cap(s.np)} ${said(s)} ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X said on Tuesday that C", make: (s, r) => ({ body: `${cap(s.np)} ${said(s)} on Tuesday that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X has said C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} has said ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, X said", make: (s, r) => ({ body: `${cap(pick(r, CLAUSES))}, ${s.np} ${said(s)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, said X", fits: (s) => !s.np.endsWith(","), make: (s, r) => ({ body: `${cap(pick(r, CLAUSES))}, said ${s.np}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, X said on Tuesday", make: (s, r) => ({ body: `${cap(pick(r, CLAUSES))}, ${s.np} ${said(s)} on Tuesday.`, sentence: 0, chain: [s.who] }) },
  { frame: "According to X, C", fits: (s) => !s.np.endsWith(","), make: (s, r) => ({ body: `According to ${s.np}, ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, according to X", fits: (s) => !s.np.endsWith(","), make: (s, r) => ({ body: `${cap(pick(r, CLAUSES))}, according to ${s.np}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X told M that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} told ${pick(r, ["Reuters", "the BBC", "Kyodo News"])} that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X said in a statement that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} said in a statement that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, said X in a statement", fits: (s) => !s.media && !s.np.endsWith(","), make: (s, r) => ({ body: `${cap(pick(r, CLAUSES))}, said ${s.np} in a statement.`, sentence: 0, chain: [s.who] }) },
  { frame: "In a statement, X said C", fits: (s) => !s.media, make: (s, r) => ({ body: `In a statement, ${s.np} said ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X wrote on Telegram that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} wrote on ${pick(r, ["Telegram", "X", "Facebook"])} that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  {
    frame: "M quoted X as saying C",
    fits: (s) => !s.media,
    make: (s, r) => {
      const [m, who] = pick<readonly [string, string | RegExp]>(r, [...MEDIA.map((x) => [x, mediumName(x)] as const), ...STATE_AGENCIES]);
      return { body: `${cap(m)} quoted ${s.np} as saying ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who, who] };
    },
  },
  {
    frame: "<country>'s state-run news agency quoted X as saying C",
    fits: (s) => !s.media,
    make: (s, r) => ({
      body: `${pick(r, ["Saudi Arabia", "Egypt", "Iran", "Vietnam"])}’s state-run news agency quoted ${s.np} as saying ${pick(r, CLAUSES)}.`,
      sentence: 0,
      chain: [s.who],
    }),
  },
  {
    frame: "X was quoted by M as saying C",
    fits: (s) => !s.media && !s.np.endsWith(","),
    make: (s, r) => {
      const m = pick(r, MEDIA);
      return { body: `${cap(s.np)} ${was(s)} quoted by ${m} as saying ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who, mediumName(m)] };
    },
  },
  {
    frame: "M reported, citing X, that C",
    fits: (s) => !s.media && !s.np.endsWith(","),
    make: (s, r) => {
      const m = pick(r, MEDIA);
      return { body: `${cap(m)} reported, citing ${s.np}, that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who, mediumName(m)] };
    },
  },
  {
    frame: "C, M reported, citing X",
    fits: (s) => !s.media && !s.np.endsWith(","),
    make: (s, r) => {
      const m = pick(r, MEDIA);
      return { body: `${cap(pick(r, CLAUSES))}, ${m} reported, citing ${s.np}.`, sentence: 0, chain: [s.who, mediumName(m)] };
    },
  },
  { frame: "\"Q,\" X said", make: (s, r) => ({ body: `"${pick(r, QUOTES)}," ${s.np} ${said(s)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "\"Q,\" X said. \"Q2.\" (second)", fits: (s) => !s.media, make: (s, r) => ({ body: `"${pick(r, QUOTES)}," ${s.np} said. "${pick(r, QUOTES)}."`, sentence: 1, chain: [s.who] }) },
  {
    frame: "\"Q.\" X said this on Monday.",
    fits: (s) => !s.media && !s.np.endsWith(","),
    make: (s, r) => ({ body: `"${pick(r, QUOTES)}." ${cap(s.np)} said this on Monday.`, sentence: 0, chain: [s.who] }),
  },
  {
    frame: "X said C. C2, X added.",
    fits: (s) => !s.media,
    make: (s, r) => ({ body: `${cap(s.np)} said ${pick(r, CLAUSES)}. ${cap(pick(r, CLAUSES))}, ${s.np.replace(/,.*$/, "")} added.`, sentence: 1, chain: [s.who] }),
  },
  {
    frame: "CITY (Wire) - C, X said on Monday.",
    make: (s, r) => {
      const [city, wire] = pick(r, DATELINES);
      return { body: `${city} (${wire}) - ${cap(pick(r, CLAUSES))}, ${s.np} ${said(s)} on Monday.`, sentence: 0, chain: [s.who] };
    },
  },
  {
    frame: "CITY (Wire) - X said on Monday that C.",
    make: (s, r) => {
      const [city, wire] = pick(r, DATELINES);
      return { body: `${city} (${wire}) - ${cap(s.np)} ${said(s)} on Monday that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] };
    },
  },
  { frame: "It was announced by X that C", fits: (s) => !s.media && !s.np.endsWith(","), make: (s, r) => ({ body: `It was announced by ${s.np} that ${pick(r, CLAUSES)}.`, sentence: 0, chain: [s.who] }) },
  {
    frame: "a passive clause, said X in a statement",
    fits: (s) => !s.media && !s.np.endsWith(","),
    make: (s, r) => ({
      body: `${pick(r, NAMES)} was suspended for three months and fined $20,000 for his comments, said ${s.np} in a statement.`,
      sentence: 0,
      chain: [s.who],
    }),
  },
];

// Frames in which no one is said to say anything.
export const negatives: Frame[] = [
  { frame: "X is said to be …", fits: (s) => !s.np.endsWith(","), make: (s) => ({ body: `${cap(s.np)} ${is(s)} said to be furious about the delay.`, sentence: 0, chain: [] }) },
  { frame: "…, said to have …", make: (s) => ({ body: `The painting, said to have cost millions, was bought by ${s.np.replace(/,$/, "")}.`, sentence: 0, chain: [] }) },
  { frame: "the so-called …", make: (s) => ({ body: `The so-called peace plan was rejected by ${s.np.replace(/,$/, "")}.`, sentence: 0, chain: [] }) },
  { frame: "X declined to comment", make: (s) => ({ body: `${cap(s.np)} declined to comment on the report.`, sentence: 0, chain: [] }) },
  { frame: "X did not say whether", make: (s, r) => ({ body: `${cap(s.np)} did not say whether ${pick(r, CLAUSES)}.`, sentence: 0, chain: [] }) },
  { frame: "X, who said …, won", fits: (s) => s.person && !s.np.endsWith(","), make: (s) => ({ body: `${cap(s.np)}, who said last year that the tax would go, won the vote.`, sentence: 0, chain: [] }) },
  { frame: "M was told to leave", make: (s) => ({ body: `${cap(s.np.replace(/,$/, ""))} ${was(s)} told to leave the building on Monday.`, sentence: 0, chain: [] }) },
  { frame: "M could not verify", fits: (s) => s.media === true, make: (s) => ({ body: `${cap(s.np)} could not independently verify the claims.`, sentence: 0, chain: [] }) },
];

/** The cases of one seed: every speaker kind in every frame that suits it. */
export function grammarCases(seed: number, negative = false): Case[] {
  return compose(seed, speakers, negative ? negatives : frames);
}

/** Every speaker the generator gives in every frame that suits it. */
export function compose(seed: number, kinds: (r: () => number) => Speaker[], forms: readonly Frame[]): Case[] {
  const r = seededRandom(seed);
  const cases: Case[] = [];
  for (const f of forms)
    for (const s of kinds(r)) {
      if (f.fits && !f.fits(s)) continue;
      const c = f.make(s, r);
      const setup = s.setup ? `${s.setup} ` : "";
      cases.push({
        name: `${f.frame} | ${s.kind}`,
        body: setup + c.body,
        sentence: c.sentence + (s.setup ? 1 : 0),
        chain: [...c.chain, OUT],
      });
    }
  return cases;
}
