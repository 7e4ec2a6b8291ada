import type { ActorDraft, ActorMention } from "../types";

/**
 * What kind of body a named organisation is, as news writing marks it: by a word of its name
 * ("Fair Trade Commission", "DataTreasury Corp.", "Communications Workers of America") or by the
 * common noun it is introduced with ("the pilots union Vereinigung Cockpit", "the Vereinigung
 * Cockpit (VC) union", "oilfield services company Baker Hughes", "Ofcom, the media regulator,").
 * A definite description ("the regulator", "the union", "the company") may stand for a body of a
 * type it fits, never for one of another type.
 */
export type BodyType = "company" | "bank" | "agency" | "union" | "court" | "ministry" | "party" | "club" | "public";

// Words of a name that say its type (any word of the name, case as written).
const NAME_WORDS: { re: RegExp; type: BodyType }[] = [
  // Lower-case institutions the text names so ("central bank", "pilots union", "high court") too.
  { re: /^(?:Bank|Bancorp|BancSystem|Banco|Banque)$/i, type: "bank" },
  {
    re: /^(?:Inc\.?|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|Limited|LLC|plc|PLC|AG|SA|S\.A\.|NV|N\.V\.|GmbH|ASA|Holdings|Industries|Motors|Airlines|Airways|Electronics|Technologies|Pharmaceuticals|Petroleum|Telecom|Telecommunications)$/,
    type: "company",
  },
  { re: /^(?:Commission|Authority|Agency|Regulator|Administration|Bureau|Inspectorate|Directorate|Ombudsman)$/i, type: "agency" },
  { re: /^(?:Unions?|Workers|Employees|Guild|Syndicate|Teamsters)$/i, type: "union" },
  { re: /^(?:Court|Tribunal)$/i, type: "court" },
  { re: /^(?:Ministry|Department)$/i, type: "ministry" },
  { re: /^(?:Party)$/i, type: "party" },
  { re: /^(?:FC|F\.C\.|AFC|CF|Club)$/, type: "club" },
  // Public and representative bodies no company noun stands for ("the Foreign Investment Review Board").
  { re: /^(?:Board|Council|Committee|Federation|Confederation|Association|League|Movement|Police|Army|Government|Foundation|Institute)$/i, type: "public" },
];
// "Public Service Alliance of Canada": an organisation (not an alliance of states) named an alliance of workers.
const WORKERS_ALLIANCE = /\bAlliance\b/;

/** The common nouns a description is headed by, and the types of body each may stand for. */
export const DESCRIPTION_HEADS: Record<string, { types: readonly BodyType[]; untyped?: true }> = {
  company: { types: ["company", "bank"], untyped: true },
  firm: { types: ["company", "bank"], untyped: true },
  group: { types: ["company", "bank"], untyped: true },
  conglomerate: { types: ["company"], untyped: true },
  carrier: { types: ["company"], untyped: true },
  airline: { types: ["company"], untyped: true },
  carmaker: { types: ["company"], untyped: true },
  automaker: { types: ["company"], untyped: true },
  retailer: { types: ["company"], untyped: true },
  insurer: { types: ["company"], untyped: true },
  lender: { types: ["bank"], untyped: true },
  bank: { types: ["bank"] },
  regulator: { types: ["agency"] },
  // A public agency; a news agency is a medium, no body of these kinds.
  agency: { types: ["agency"] },
  watchdog: { types: ["agency"] },
  union: { types: ["union"] },
  court: { types: ["court"] },
  tribunal: { types: ["court"] },
  ministry: { types: ["ministry"] },
  department: { types: ["ministry"] },
  party: { types: ["party"] },
  club: { types: ["club"] },
};
export const HEAD_WORDS = Object.keys(DESCRIPTION_HEADS).join("|");

// A type noun just before a mention ("company Baker Hughes", "union Unite", "pilots' union VC").
const NOUN_BEFORE = new RegExp(`\\b(${HEAD_WORDS})s?['’]?\\s+$`, "i");
// A type noun just after it, past an acronym ("the Vereinigung Cockpit (VC) union"), or in an
// apposition ("Ofcom, the media regulator,", "Acme, a carmaker based in …").
const NOUN_AFTER = new RegExp(`^(?:\\s*\\([^)]{1,12}\\))?\\s+(${HEAD_WORDS})\\b(?![-’'])`, "i");
// Closed as an apposition is, not a speaker's description ("…, the agency said").
const APPOSITION = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?(${HEAD_WORDS})\\b(?![-’'])(?=\\s*[,.;:)]|\\s+(?:which|that|based|and)\\b)`,
  "iu",
);

// "rights group Amnesty", "the Wagner group": a group may be any body, so it types none.
const SPELLED_OUT = /((?:\p{Lu}[\p{L}.&’'-]*\s+(?:(?:of|and|for|the)\s+)?){1,6})\($/u;

const typesOfNoun = (noun: string): readonly BodyType[] => {
  const lower = noun.toLowerCase();
  const head = DESCRIPTION_HEADS[lower];
  // A noun that takes untyped bodies ("company", "carrier") is itself that type: the first it lists.
  return head && lower !== "group" ? head.types.slice(0, 1) : [];
};

/** The types the article gives a named body, by its name and by the nouns it is introduced with. */
export function bodyTypes(text: string, actor: ActorDraft, mentions: readonly ActorMention[]): Set<BodyType> {
  const types = new Set<BodyType>();
  const byWords = (words: readonly string[]) => {
    for (const w of words) for (const { re, type } of NAME_WORDS) if (re.test(w)) types.add(type);
  };
  byWords(actor.name.split(/\s+/));
  if (actor.kind === "organization" && WORKERS_ALLIANCE.test(actor.name)) types.add("union");
  for (const m of mentions) {
    if (m.actor !== actor.id || m.via === "coref") continue;
    // "the ANCAP Federation (FANCAP)": an acronym is of the type its spelled-out name is.
    const spelled = SPELLED_OUT.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[1];
    if (spelled) byWords(spelled.split(/\s+/));
    const before = NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
    const after = text.slice(m.end, m.end + 80);
    const noun = before ?? NOUN_AFTER.exec(after)?.[1] ?? APPOSITION.exec(after)?.[1];
    if (noun) for (const t of typesOfNoun(noun)) types.add(t);
  }
  return types;
}
