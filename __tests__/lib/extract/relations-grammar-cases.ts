/**
 * Generated cases for the relation grammar test: invented actors of many kinds and name cultures
 * × act verbs of general news genres × sentence shapes × negation and modality, drawn by a seeded
 * PRNG so every run composes the same sentences. Written without reading any fixture article.
 * Every name is one the actor stage finds in subject, object and agent position (checked apart),
 * so a failure here is the relation stage's.
 */
import type { Certainty, RelationKind } from "@/lib/model";
import { seededRandom } from "@/lib/random";

type Role = "state" | "person" | "company" | "court" | "union" | "federation" | "agency" | "police" | "group" | "party";

/** An invented actor: its name as the pipeline should name it, and as written (the article allowed). */
type Party = { name: string; written: string; role: Role; it: "it" | "he" | "she" };

const P = (role: Role, written: string, name = written.replace(/^the\s+/, "").replace(/^(?:\p{Lu}[\p{L}-]*\s+)*?(?:President|Prime Minister|Foreign Minister|Senator|Governor|Chancellor|Minister)\s+/u, ""), it: Party["it"] = "it"): Party => ({ name, written, role, it });

const POOL: Party[] = [
  P("state", "Norway"), P("state", "Chile"), P("state", "Kenya"), P("state", "Vietnam"), P("state", "Peru"),
  P("state", "Ghana"), P("state", "Indonesia"), P("state", "Poland"), P("state", "Morocco"), P("state", "Uruguay"),
  P("person", "Prime Minister Aroha Ngata", undefined, "she"), P("person", "President Tomasz Wielicki", undefined, "he"),
  P("person", "Foreign Minister Leila Haddad", undefined, "she"), P("person", "Senator Ingrid Solberg", undefined, "she"),
  P("person", "Governor Chidi Okafor", undefined, "he"), P("person", "Minister Nguyen Van Thanh", undefined, "he"),
  P("person", "Rafael Quispe Mamani", undefined, "he"), P("person", "Mariam Diallo", undefined, "she"),
  P("company", "Kestrel Mining Corp"), P("company", "Brightwater Holdings"), P("company", "Nordvik Bank"),
  P("company", "Oyelaran Foods Plc"), P("company", "Orinoco Energy SA"), P("company", "Mbeki Holdings"),
  P("court", "the Valdoria High Court"), P("court", "the Supreme Court of Lumeria"), P("court", "the Karsk District Court"),
  P("union", "the Transport Workers Union"), P("union", "the National Union of Dock Workers"), P("union", "the Federated Nurses Union"),
  P("federation", "the Andean Rowing Federation"), P("federation", "the Pacific Netball Federation"), P("federation", "the Baltic Chess Federation"),
  P("agency", "the Valdorian Competition Authority"), P("agency", "the Nordic Data Protection Agency"), P("agency", "the Coastal Fisheries Agency"),
  P("police", "the Valdorian National Police"), P("police", "the Karsk City Police"),
  P("group", "the Sahel Liberation Front"), P("group", "the Karsk Liberation Army"), P("group", "the Eastern Defence Forces"),
  P("party", "the Unity Party"), P("party", "the Green Renewal Party"),
];

/** An act verb: its kind, the kinds a reader accepts, its forms, who does it to whom. */
type Verb = {
  kind: RelationKind;
  accept: RelationKind[];
  symmetric?: boolean;
  /** base, third person, past, participle; the object follows, then `tail` */
  forms: [string, string, string, string];
  tail?: string;
  subj: Role[];
  obj: Role[];
  /** "X's acquisition of Y" */
  noun?: string;
  /** a passive reads naturally ("Y was fined by X") */
  passive?: boolean;
};

const PEOPLE_STATES: Role[] = ["state", "person"];
const V = (v: Verb) => v;
const VERBS: Verb[] = [
  V({ kind: "meets", accept: ["meets", "negotiates"], symmetric: true, forms: ["meet", "meets", "met", "met"], subj: PEOPLE_STATES, obj: PEOPLE_STATES, tail: " in Geneva" }),
  V({ kind: "negotiates", accept: ["negotiates", "meets"], symmetric: true, forms: ["hold talks with", "holds talks with", "held talks with", "held talks with"], subj: PEOPLE_STATES, obj: PEOPLE_STATES }),
  V({ kind: "cooperates", accept: ["cooperates", "negotiates"], symmetric: true, forms: ["sign a deal with", "signs a deal with", "signed a deal with", "signed a deal with"], subj: ["state", "company"], obj: ["state", "company"] }),
  V({ kind: "sanctions", accept: ["sanctions"], forms: ["sanction", "sanctions", "sanctioned", "sanctioned"], subj: ["state"], obj: ["company", "person", "state"], passive: true }),
  V({ kind: "sanctions", accept: ["sanctions", "opposes"], forms: ["fine", "fines", "fined", "fined"], subj: ["agency", "federation", "court"], obj: ["company", "person"], tail: " for breaching the rules", passive: true, noun: "fine on" }),
  V({ kind: "sanctions", accept: ["sanctions", "opposes"], forms: ["suspend", "suspends", "suspended", "suspended"], subj: ["federation", "party"], obj: ["person"], passive: true, noun: "suspension of" }),
  V({ kind: "sanctions", accept: ["sanctions", "opposes"], forms: ["ban", "bans", "banned", "banned"], subj: ["federation", "state"], obj: ["person", "company"], tail: " for two years", passive: true, noun: "ban on" }),
  V({ kind: "opposes", accept: ["opposes"], forms: ["sue", "sues", "sued", "sued"], subj: ["company", "person", "union", "state"], obj: ["company", "agency"], passive: true }),
  V({ kind: "negotiates", accept: ["negotiates", "cooperates"], symmetric: true, forms: ["acquire", "acquires", "acquired", "acquired"], subj: ["company"], obj: ["company"], passive: true, noun: "acquisition of" }),
  V({ kind: "negotiates", accept: ["negotiates", "cooperates"], symmetric: true, forms: ["buy", "buys", "bought", "bought"], subj: ["company"], obj: ["company"], passive: true, noun: "purchase of" }),
  V({ kind: "negotiates", accept: ["negotiates", "cooperates"], symmetric: true, forms: ["merge with", "merges with", "merged with", "merged with"], subj: ["company"], obj: ["company"] }),
  V({ kind: "attacks", accept: ["attacks"], forms: ["attack", "attacks", "attacked", "attacked"], subj: ["state", "group"], obj: ["state", "group"], passive: true, noun: "attack on" }),
  V({ kind: "attacks", accept: ["attacks"], forms: ["fire rockets at", "fires rockets at", "fired rockets at", "fired rockets at"], subj: ["state", "group"], obj: ["state", "group"] }),
  V({ kind: "opposes", accept: ["opposes"], forms: ["accuse", "accuses", "accused", "accused"], tail: " of fraud", subj: ["state", "person", "company", "union"], obj: ["state", "person", "company"], passive: true }),
  V({ kind: "opposes", accept: ["opposes"], forms: ["criticise", "criticises", "criticised", "criticised"], subj: ["state", "person", "union", "party"], obj: ["state", "person", "company", "agency"], passive: true }),
  V({ kind: "supports", accept: ["supports"], forms: ["support", "supports", "supported", "supported"], subj: ["state", "person", "party", "union"], obj: ["person", "state", "party"], passive: true }),
  V({ kind: "opposes", accept: ["opposes"], forms: ["denounce", "denounces", "denounced", "denounced"], subj: ["state", "person", "union", "party"], obj: ["state", "person", "company", "group"], passive: true }),
  V({ kind: "opposes", accept: ["opposes"], forms: ["slam", "slams", "slammed", "slammed"], subj: ["person", "union", "party"], obj: ["company", "agency", "person"] }),
  V({ kind: "opposes", accept: ["opposes", "demands"], forms: ["stage a strike at", "stages a strike at", "staged a strike at", "staged a strike at"], subj: ["union"], obj: ["company"] }),
  V({ kind: "supports", accept: ["supports"], forms: ["praise", "praises", "praised", "praised"], subj: ["state", "person", "party"], obj: ["state", "person", "agency"], passive: true }),
  V({ kind: "provides", accept: ["provides", "supports"], forms: ["ship 4,000 doses to", "ships 4,000 doses to", "shipped 4,000 doses to", "shipped 4,000 doses to"], subj: ["state", "agency", "company"], obj: ["state"] }),
  V({ kind: "provides", accept: ["provides", "supports"], forms: ["send $1.5 million in aid to", "sends $1.5 million in aid to", "sent $1.5 million in aid to", "sent $1.5 million in aid to"], subj: ["state", "agency"], obj: ["state", "group"] }),
  V({ kind: "supports", accept: ["supports"], forms: ["back", "backs", "backed", "backed"], subj: ["state", "person", "party", "union"], obj: ["person", "state", "party"], passive: true }),
  V({ kind: "demands", accept: ["demands"], forms: ["call on", "calls on", "called on", "called on"], tail: " to release the prisoners", subj: ["state", "person", "union"], obj: ["state", "person", "company"] }),
  V({ kind: "supports", accept: ["supports", "cooperates"], forms: ["elect", "elects", "elected", "elected"], tail: " as its leader", subj: ["party", "union"], obj: ["person"], passive: true }),
  V({ kind: "supports", accept: ["supports", "cooperates"], forms: ["appoint", "appoints", "appointed", "appointed"], tail: " as finance minister", subj: ["person"], obj: ["person"], passive: true }),
  V({ kind: "sanctions", accept: ["sanctions", "opposes"], forms: ["sentence", "sentences", "sentenced", "sentenced"], tail: " to five years in prison", subj: ["court"], obj: ["person"], passive: true }),
  V({ kind: "sanctions", accept: ["sanctions", "opposes", "attacks"], forms: ["arrest", "arrests", "arrested", "arrested"], subj: ["police"], obj: ["person"], passive: true, noun: "arrest of" }),
  V({ kind: "opposes", accept: ["opposes", "demands"], forms: ["go on strike against", "go on strike against", "went on strike against", "gone on strike against"], subj: ["union"], obj: ["company", "state"] }),
  V({ kind: "negotiates", accept: ["negotiates"], symmetric: true, forms: ["negotiate with", "negotiates with", "negotiated with", "negotiated with"], subj: ["union", "company", "state"], obj: ["company", "state", "union"] }),
  V({ kind: "meets", accept: ["meets", "negotiates", "cooperates"], symmetric: true, forms: ["host", "hosts", "hosted", "hosted"], subj: PEOPLE_STATES, obj: PEOPLE_STATES, passive: true }),
];

export type Expect = {
  source: string;
  target: string;
  accept: RelationKind[];
  symmetric: boolean;
  certainty: Certainty[];
  /** kinds that may be read as a plain fact whatever `certainty` says ("threatened to sue": opposes) */
  factKinds?: RelationKind[];
};
export type GrammarCase = {
  shape: string;
  text: string;
  /** relations that must be found */
  want: Expect[];
  /** pairs of names that must not be related at all (any kind, either way) */
  none?: [string, string][];
  /** a pair that must not be related by the verb's kinds (a denied act) */
  denied?: Expect;
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const poss = (p: Party) => `${p.written}${/s$/.test(p.written) ? "’" : "’s"}`;
const rel = (p: Party) => (p.role === "person" ? "who" : "which");
const DAYS = ["on Monday", "on Tuesday", "on Wednesday", "last week", "on Friday"];

type Shape = { name: string; ok: (v: Verb) => boolean; compose: (s: Party, o: Party, v: Verb, day: string) => Omit<GrammarCase, "shape"> };

const fact = (s: Party, o: Party, v: Verb, certainty: Certainty[] = ["fact"]): Expect => ({ source: s.name, target: o.name, accept: v.accept, symmetric: !!v.symmetric, certainty });
const tail = (v: Verb) => v.tail ?? "";

const SHAPES: Shape[] = [
  { name: "active past", ok: () => true, compose: (s, o, v, d) => ({ text: `${cap(s.written)} ${v.forms[2]} ${o.written}${tail(v)} ${d}.`, want: [fact(s, o, v)] }) },
  { name: "active present (headline)", ok: () => true, compose: (s, o, v) => ({ text: `${cap(s.written)} ${v.forms[1]} ${o.written}${tail(v)}.`, want: [fact(s, o, v)] }) },
  { name: "present perfect", ok: () => true, compose: (s, o, v) => ({ text: `${cap(s.written)} has ${v.forms[3]} ${o.written}${tail(v)}, officials said.`, want: [fact(s, o, v)] }) },
  { name: "time phrase before the verb", ok: () => true, compose: (s, o, v, d) => ({ text: `${cap(s.written)} ${d} ${v.forms[2]} ${o.written}${tail(v)}.`, want: [fact(s, o, v)] }) },
  { name: "fronted prepositional phrase", ok: () => true, compose: (s, o, v, d) => ({ text: `In a statement ${d}, ${s.written} ${v.forms[2]} ${o.written}${tail(v)}.`, want: [fact(s, o, v)] }) },
  { name: "passive with by", ok: (v) => !!v.passive, compose: (s, o, v, d) => ({ text: `${cap(o.written)} was ${v.forms[3]}${tail(v)} by ${s.written} ${d}.`, want: [fact(s, o, v)] }) },
  { name: "possessive noun", ok: (v) => !!v.noun, compose: (s, o, v) => ({ text: `${cap(poss(s))} ${v.noun} ${o.written} drew wide attention.`, want: [fact(s, o, v)] }) },
  { name: "possessive talks", ok: (v) => !!v.symmetric, compose: (s, o, v) => ({ text: `${cap(poss(s))} talks with ${o.written} ended without a deal.`, want: [{ ...fact(s, o, v), accept: ["negotiates", "meets"] }] }) },
  { name: "agreed to", ok: (v) => v.kind === "negotiates" && !v.forms[0].includes(" "), compose: (s, o, v, d) => ({ text: `${cap(s.written)} agreed ${d} to ${v.forms[0]} ${o.written} for $2 billion.`, want: [fact(s, o, v, ["fact", "probable", "scheduled", "proposed"])] }) },
  { name: "coordinated subjects of a joint act", ok: (v) => !!v.symmetric, compose: (s, o, v) => {
    const companies = s.role === "company" && o.role === "company";
    const states = s.role === "state" && o.role === "state";
    const joint = v.kind === "meets" ? "met in Geneva" : v.kind === "cooperates" ? "signed a trade agreement" : companies ? "agreed to merge" : states ? "agreed to a humanitarian truce" : "held talks in Geneva";
    return { text: `${cap(s.written)} and ${o.written} ${joint} on Monday.`, want: [fact(s, o, v)] };
  } },
  { name: "talks between", ok: (v) => v.kind === "negotiates" && v.subj.includes("state"), compose: (s, o, v) => ({ text: `Talks between ${s.written} and ${o.written} resumed on Monday.`, want: [fact(s, o, v)] }) },
  { name: "subject relative clause", ok: () => true, compose: (s, o, v, d) => ({ text: `${cap(s.written)}, ${rel(s)} ${d} ${v.forms[2]} ${o.written}${tail(v)}, declined to comment further.`, want: [fact(s, o, v)] }) },
  { name: "said it would (probable)", ok: () => true, compose: (s, o, v) => ({ text: `${cap(s.written)} said ${s.it} would ${v.forms[0]} ${o.written}${tail(v)}.`, want: [fact(s, o, v, ["probable"])] }) },
  { name: "may (possible)", ok: () => true, compose: (s, o, v) => ({ text: `${cap(s.written)} may ${v.forms[0]} ${o.written}${tail(v)}, analysts said.`, want: [fact(s, o, v, ["possible"])] }) },
  // The threat is a fact of opposition; what it threatens is only possible.
  { name: "threatened to", ok: (v) => !v.symmetric, compose: (s, o, v) => ({ text: `${cap(s.written)} threatened to ${v.forms[0]} ${o.written}${tail(v)}.`, want: [{ ...fact(s, o, v, ["possible", "probable", "conditional", "proposed"]), factKinds: ["opposes"], accept: [...new Set<RelationKind>([...v.accept, "opposes"])] }] }) },
  // A second verb joined by "and" to the first one's object shares the first one's subject.
  { name: "coordinated verb phrases", ok: (v) => !v.symmetric, compose: (s, o, v, d) => ({
    text: `${cap(s.written)} ${v.forms[2]} ${o.written}${tail(v)} ${d} and criticised Ecuador.`,
    want: [fact(s, o, v), { source: s.name, target: "Ecuador", accept: ["opposes"], symmetric: false, certainty: ["fact"] }],
    none: [[o.name, "Ecuador"]],
  }) },
  // A pronoun stands for the one person named just before: "X arrived. Y fined her."
  { name: "pronoun for the one person before", ok: (v) => v.obj.includes("person") && !v.forms[0].includes(" "), compose: (s, o, v, d) => {
    const person = POOL.find((p) => p.role === "person" && p.name !== s.name && p.written === (o.role === "person" ? o.written : p.written))!;
    const obj = person.it === "he" ? "him" : "her";
    return { text: `${cap(person.written)} arrived in Geneva ${d}. ${cap(s.written)} ${v.forms[2]} ${obj}${tail(v)}.`, want: [fact(s, person, v)] };
  } },
  { name: "pronoun with two people before (no relation)", ok: (v) => v.obj.includes("person") && !v.forms[0].includes(" ") && !v.subj.includes("person"), compose: (s, _o, v) => ({
    text: `Mariam Diallo met Rafael Quispe Mamani in Geneva. ${cap(s.written)} ${v.forms[2]} him${tail(v)}.`,
    want: [],
    none: [[s.name, "Mariam Diallo"], [s.name, "Rafael Quispe Mamani"]],
  }) },
  // "The authority fined Y": a body taken up by the head word of its name.
  { name: "body taken up by its head word", ok: (v) => v.subj.some((r) => ["court", "union", "federation", "agency", "party"].includes(r)), compose: (s, o, v, d) => {
    const body = /\b(Court|Union|Federation|Authority|Agency|Party)$/.test(s.name) ? s : POOL.find((p) => p.name === "Baltic Chess Federation")!;
    const head = body.name.split(" ").at(-1)!.toLowerCase();
    const obj = o.name === body.name ? POOL.find((p) => p.role === "person")! : o;
    return { text: `${cap(body.written)} opened an inquiry ${d}. The ${head} later ${v.forms[2]} ${obj.written}${tail(v)}.`, want: [fact(body, obj, v)] };
  } },
  // "X and Y accused each other": each acts on the other.
  { name: "each other", ok: (v) => !v.symmetric && v.kind === "opposes" && !v.forms[0].includes(" "), compose: (s, o, v) => ({
    text: `${cap(s.written)} and ${o.written} ${v.forms[2]} each other${tail(v)} on Monday.`,
    want: [fact(s, o, v), fact(o, s, v)],
  }) },
  { name: "did not (denied)", ok: () => true, compose: (s, o, v, d) => ({ text: `${cap(s.written)} did not ${v.forms[0]} ${o.written}${tail(v)} ${d}.`, want: [], denied: fact(s, o, v) }) },
  { name: "list of attendees (no relation)", ok: () => true, compose: (s, o) => ({ text: `${cap(s.written)}, ${o.written} and Ecuador attended the ceremony in Lima on Monday.`, want: [], none: [[s.name, o.name], [s.name, "Ecuador"], [o.name, "Ecuador"]] }) },
];

/** The generated cases: every shape × a seeded draw of verbs and actor pairs that fit them. */
export function grammarCases(seed = 27, perShape = 18): GrammarCase[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const cases: GrammarCase[] = [];
  for (const shape of SHAPES) {
    const verbs = VERBS.filter(shape.ok);
    for (let i = 0; i < Math.max(perShape, verbs.length); i++) {
      const v = verbs[i % verbs.length]!;
      const s = pick(POOL.filter((p) => v.subj.includes(p.role)));
      const o = pick(POOL.filter((p) => v.obj.includes(p.role) && p.name !== s.name));
      cases.push({ shape: shape.name, ...shape.compose(s, o, v, pick(DAYS)) });
    }
  }
  return cases;
}
