/**
 * A relation's label: the verb phrase a reader would write between its two actors, in the
 * present tense of a singular subject ("provides guarantees to", "works with", "sanctions"),
 * from the cue that was read, whatever its form in the text ("sanctioned", "invasion of").
 */
import type { RelationKind } from "../../model";

// Cues that are nouns or fixed phrases, and what they say as a verb phrase.
const PHRASES: [RegExp, string][] = [
  [/^(?:work(?:s|ed|ing)? (?:with|together|to)|jointly|together|common position|alongside)$/, "works with"],
  [/^(?:cooperation|co-operat\w*)$/, "cooperates with"],
  [/^allied with$/, "is allied with"],
  [/^invasion of$/, "invades"],
  [/^talks? (?:with|between)$/, "holds talks with"],
  [/^(?:settlement|deal|agreement) with$/, "negotiates with"],
  [/^(?:take over|takeover of|take control)$/, "takes over"],
  [/^(?:acquisition|purchase) of$/, "acquires"],
  [/^(?:go|goes|went|gone|going) on strike/, "strikes against"],
  [/\b(?:strike|walkout)s? (?:at|against)$/, "strikes against"],
  [/\b(?:protest|boycott)s? (?:at|against)$/, "protests against"],
  [/\b(?:clash(?:es|ed|ing)?|altercations?|quarrels?|feuds?|spats?|rows?|disputes?|scuffles?|confrontations?|stand-?offs?) (?:with|between)$/, "clashes with"],
  [/^found$/, "convicts"],
  [/^hit out at$/, "criticises"],
  [/^rail(?:s|ed|ing)? against$/, "criticises"],
  [/^su(?:es?|ed|ing)$/, "sues"],
  [/^(?:hand|gave|giv|impos)\w*\s.*\b(?:sentence|jail term|prison term|fine|ban|suspension|penalty|punishment)\s+(?:to|on)$/, "imposes penalties on"],
  [/^embargo(?:es)? on$/, "imposes an embargo on"],
  [/^tariffs? on$/, "imposes tariffs on"],
  [/^guarantees? for$/, "provides guarantees to"],
  [/^aid (?:to|for)$/, "provides aid to"],
  [/^weapons (?:to|for)$/, "provides weapons to"],
  [/^(?:insist(?:s|ed|ing)? on|demand(?:s|ed|ing)?)$/, "makes demands of"],
  [/^(?:press(?:es|ed|ing)? for)$/, "presses"],
  [/^(?:anti-|against)$/, "opposes"],
  [/^merg(?:e|es|ed|ing|er) with$/, "merges with"],
  [/\bto (?:merge|combine)$/, "merges with"],
  [/^sign(?:s|ed|ing)?\b/, "signs with"],
  [/^(?:agree|reach|announc|complet|finali|seal|struck|strike)\w*\s.*\bmerger(?: with)?$/, "merges with"],
  [/^(?:agree|reach|announc|complet|finali|seal|struck|strike)\w*\s.*\b(?:deal|agreement|takeover|partnership)(?: with)?$/, "agrees a deal with"],
  [/^(?:agree|reach|announc|complet|finali|seal|struck|strike)\w*\s.*\b(?:ceasefire|cease-fire|truce|armistice)(?: with)?$/, "agrees a truce with"],
  [/^(?:agree|reach|announc|complet|finali|seal|struck|strike)\w*\s.*\b(?:accord|pact|treaty)(?: with)?$/, "agrees a deal with"],
];

// Base forms of the cue verbs; an inflected form is matched by its stem (without a final e or y).
const VERBS =
  "attack strike bomb shell invade fire ram blockade kill sanction suspend fine ban expel blacklist penalise penalize demand call urge oppose resist reject condemn criticise criticize accuse deny disregard threaten warn provide supply deliver send give arm fund support back assist help defend protect stand recognise recognize negotiate discuss mediate acquire buy meet visit host receive cooperate work join align partner sentence convict jail imprison arrest detain indict prosecute charge evacuate rescue vaccinate endorse elect appoint nominate denounce decry slam lambast rebuke castigate censure praise hail commend applaud ship donate airlift".split(
    " ",
  );
const IRREGULAR: Record<string, string> = { slammed: "slam", slamming: "slam", struck: "strike", gave: "give", given: "give", sent: "send", bought: "buy", met: "meet" };

// What follows the verb, by kind or by verb: "negotiates with", "calls on", "fires on".
const AFTER_VERB: Record<string, string> = {
  negotiate: "with",
  discuss: "with",
  mediate: "with",
  cooperate: "with",
  work: "with",
  align: "with",
  partner: "with",
  stand: "with",
  call: "on",
  fire: "on",
  send: "aid to",
  give: "aid to",
  deliver: "aid to",
  provide: "aid to",
  supply: "aid to",
  ship: "aid to",
  donate: "aid to",
  airlift: "aid to",
};

/** The third person singular of a base form: "supply" → "supplies", "press" → "presses". */
export function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** The base form of an inflected cue verb, if it is one of the known cue verbs. */
export function baseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  let best: string | undefined;
  for (const v of VERBS) {
    const stem = /[ey]$/.test(v) && v.length > 3 ? v.slice(0, -1) : v;
    if (w.startsWith(stem) && (!best || v.length > best.length)) best = v;
  }
  return best;
}

/**
 * The label of a relation read from `cue` (its words as written), of `kind`; `what` names what
 * is provided when the sentence says it ("provide Ukraine with security guarantees").
 */
export function relationLabel(kind: RelationKind, cue: string, what?: string): string {
  const c = cue.toLowerCase().trim();
  if (kind === "reports") return "reports to";
  for (const [re, label] of PHRASES) if (re.test(c)) return label;
  const base = baseOf(c.split(/\s+/)[0]!);
  if (!base) return KIND_DEFAULT[kind];
  if (kind === "provides" && what) return `provides ${what} to`;
  if (base === "join") return "joins";
  const after = AFTER_VERB[base];
  return after ? `${thirdPerson(base)} ${after}` : thirdPerson(base);
}

const KIND_DEFAULT: Record<RelationKind, string> = {
  cooperates: "works with",
  negotiates: "negotiates with",
  supports: "supports",
  provides: "provides aid to",
  demands: "makes demands of",
  opposes: "opposes",
  reports: "reports to",
  attacks: "attacks",
  sanctions: "sanctions",
  meets: "meets",
};
