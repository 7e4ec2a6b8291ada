/**
 * A second round of the seeded attribution grammar (see attribution-grammar.ts), written after the
 * first was passing: speakers named in other ways (a state's institution in lower case, a surname
 * after the full name, names with particles, acronyms, bare collectives) and more reporting frames
 * (US-style weekdays, time phrases, interviews, news conferences, other verbs).
 */
import {
  CLAUSES,
  DATELINES,
  QUOTES,
  cap,
  compose,
  frames,
  pick,
  said,
  speakers,
  type Case,
  type Frame,
  type Speaker,
} from "./attribution-grammar";

const PARTICLE_NAMES = [
  "Ahmed bin Khalid al-Rashid", "Jean-Pierre Dubois", "Ursula van der Berg", "Park Ji-won",
  "José Luis Ortega", "María Fernanda López", "Oluwaseun Adeyemi-Bello", "Nguyễn Thị Mai",
  "Abdullahi Musa Garba", "Pieter de Vries",
];
const SURNAMED: [full: string, surname: string][] = [
  ["Amara Okafor", "Okafor"], ["Hiroshi Tanaka", "Tanaka"], ["Ingrid Solberg", "Solberg"],
  ["Bilal Chaudhry", "Chaudhry"], ["Mariana Costa", "Costa"], ["Tomasz Wiśniewski", "Wiśniewski"],
];
const DEMONYMS: [demonym: string, state: string][] = [
  ["Chinese", "China"], ["Kenyan", "Kenya"], ["Turkish", "Turkey"], ["Brazilian", "Brazil"], ["Indonesian", "Indonesia"],
];
const INSTITUTIONS = ["foreign ministry", "health ministry", "interior ministry", "central bank", "defence ministry"];
// Named by the acronym or the full name the gazetteer knows it by.
const ACRONYMS: [np: string, name: RegExp][] = [
  ["the WHO", /^(?:WHO|World Health Organization)$/], ["the IMF", /^(?:IMF|International Monetary Fund)$/],
  ["UNICEF", /^UNICEF$/], ["NATO", /^(?:NATO|North Atlantic Treaty Organization)$/],
];
const COLLECTIVES: [np: string, re: RegExp][] = [
  ["officials", /official/i], ["police", /police/i], ["witnesses", /witness/i], ["analysts", /analyst/i],
];

function moreSpeakers(r: () => number): Speaker[] {
  const [demonym, state] = pick(r, DEMONYMS);
  const institution = pick(r, INSTITUTIONS);
  const [state2] = pick(r, DEMONYMS).slice(1);
  const institution2 = pick(r, INSTITUTIONS);
  const [full, surname] = pick(r, SURNAMED);
  const [acronym, acronymName] = pick(r, ACRONYMS);
  const [collective, collectiveRe] = pick(r, COLLECTIVES);
  const particle = pick(r, PARTICLE_NAMES);
  const notState = (what: string, st: string) => new RegExp(`^(?!${st}$).*${what}`, "i");
  return [
    { kind: "the <demonym> <institution>", np: `the ${demonym} ${institution}`, who: notState(institution, state), person: false },
    { kind: "<state>'s <institution>", np: `${state2}'s ${institution2}`, who: notState(institution2, state2!), person: false },
    { kind: "a name with particles", np: particle, who: particle, person: true },
    { kind: "the surname after the full name", setup: `${full} arrived in Oslo on Monday.`, np: surname, who: full, person: true },
    { kind: "an acronym", np: acronym, who: acronymName, person: false },
    { kind: "a bare collective", np: collective, who: collectiveRe, person: true, plural: true },
  ];
}

const c = (r: () => number) => pick(r, CLAUSES);
const moreFrames: Frame[] = [
  { frame: "X said Tuesday that C", make: (s, r) => ({ body: `${cap(s.np)} ${said(s)} Tuesday that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X said late on Friday that C", make: (s, r) => ({ body: `${cap(s.np)} ${said(s)} late on Friday that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, X said in a statement on its website", fits: (s) => !s.person && !s.media, make: (s, r) => ({ body: `${cap(c(r))}, ${s.np} said in a statement on its website.`, sentence: 0, chain: [s.who] }) },
  { frame: "X told reporters on Monday that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} told reporters on Monday that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, X told M", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(c(r))}, ${s.np} told ${pick(r, ["Reuters", "the BBC", "Al Jazeera"])}.`, sentence: 0, chain: [s.who] }) },
  { frame: "Speaking at a news conference in P, X said C", fits: (s) => !s.media, make: (s, r) => ({ body: `Speaking at a news conference in ${pick(r, ["Dakar", "Manila", "Quito"])}, ${s.np} said ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X said in an interview that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} said in an interview that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X also said C", make: (s, r) => ({ body: `${cap(s.np)} also ${said(s)} ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X reiterated that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} reiterated that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X pointed out that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} pointed out that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X announced on Monday that C", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} announced on Monday that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "C, X said, adding that C2", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(c(r))}, ${s.np} said, adding that ${c(r)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X said C, according to a statement", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} said ${c(r)}, according to a statement.`, sentence: 0, chain: [s.who] }) },
  {
    frame: "\"Q,\" X said on Monday. \"Q2,\" X added. (second)",
    fits: (s) => !s.media,
    make: (s, r) => ({ body: `"${pick(r, QUOTES)}," ${s.np} said on Monday. "${pick(r, QUOTES)}," ${s.np.replace(/,.*$/, "")} added.`, sentence: 1, chain: [s.who] }),
  },
  {
    frame: "CITY (Wire) - C, X said on Monday (round two)",
    make: (s, r) => {
      const [city, wire] = pick(r, DATELINES);
      return { body: `${city} (${wire}) - ${cap(c(r))}, ${s.np} ${said(s)} on Monday.`, sentence: 0, chain: [s.who] };
    },
  },
  {
    frame: "CITY, Month Day (Wire) - X said C.",
    make: (s, r) => {
      const [city, wire] = pick(r, DATELINES);
      return { body: `${city}, March 9 (${wire}) - ${cap(s.np)} ${said(s)} ${c(r)}.`, sentence: 0, chain: [s.who] };
    },
  },
];

/** Round two: the new speakers in every frame, and every speaker in the new frames. */
export function moreCases(seed: number): Case[] {
  const all = (r: () => number) => [...speakers(r), ...moreSpeakers(r)];
  return [...compose(seed, moreSpeakers, frames), ...compose(seed + 100, all, moreFrames)];
}

// Round three: speech acts reported without "said" — what a speaker accuses, condemns, vows,
// rejects — which readers (and annotators) take for the speaker's claims.
const ACTS = [
  "accused the government of ignoring the crisis",
  "condemned the attack on the convoy",
  "blamed the drought for the poor harvest",
  "described the ruling as unfair",
  "vowed to rebuild the school within a year",
  "pledged to cut emissions by half",
  "warned of further delays at the border",
  "expressed concern about the rising death toll",
  "criticised the decision to close the clinic",
  "rejected the accusations as baseless",
  "welcomed the decision to reopen the crossing",
  "demanded the release of the detained journalists",
];
const actFrames: Frame[] = [
  { frame: "X <speech act>", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} ${pick(r, ACTS)}.`, sentence: 0, chain: [s.who] }) },
  { frame: "X on Monday <speech act>", fits: (s) => !s.media, make: (s, r) => ({ body: `${cap(s.np)} on Monday ${pick(r, ACTS)}.`, sentence: 0, chain: [s.who] }) },
  {
    frame: "X opposed the plan, arguing that C",
    fits: (s) => !s.media,
    make: (s, r) => ({ body: `${cap(s.np)} opposed the plan, ${pick(r, ["arguing", "insisting", "warning", "noting"])} that ${c(r)}.`, sentence: 0, chain: [s.who] }),
  },
];
// Speech-act words that report nothing.
export const actNegatives: Frame[] = [
  { frame: "X was accused of …", fits: (s) => !s.np.endsWith(","), make: (s) => ({ body: `${cap(s.np)} ${s.plural ? "were" : "was"} accused of ignoring the crisis.`, sentence: 0, chain: [] }) },
  { frame: "calls for … grew", make: (s) => ({ body: `Calls for an inquiry grew after ${s.np.replace(/,$/, "")} visited the town.`, sentence: 0, chain: [] }) },
  { frame: "X was urged to …", fits: (s) => !s.np.endsWith(","), make: (s) => ({ body: `${cap(s.np)} ${s.plural ? "were" : "was"} urged to stay indoors.`, sentence: 0, chain: [] }) },
  { frame: "X welcomed visitors", fits: (s) => !s.np.endsWith(","), make: (s) => ({ body: `${cap(s.np)} welcomed visitors to the fair on Sunday.`, sentence: 0, chain: [] }) },
];

/** Round three: every speaker in the speech-act frames (negative: the frames that report nothing). */
export function actCases(seed: number, negative = false): Case[] {
  const all = (r: () => number) => [...speakers(r), ...moreSpeakers(r)];
  return compose(seed + 200, all, negative ? actNegatives : actFrames);
}
