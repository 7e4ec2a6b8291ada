import type { EventKind } from "../../model";
import data from "../data/events.json";
import { tokenize } from "../tokens";

export type NounTrigger = { tokens: string[]; kind: EventKind; strong: boolean };
export type Trigger = {
  start: number;
  end: number;
  kind: EventKind;
  pos: "noun" | "verb" | "light";
  strong: boolean;
};

const nounsByFirst = new Map<string, NounTrigger[]>();
for (const [phrase, [kind, strength]] of Object.entries(
  data.nouns as unknown as Record<string, [string, string]>,
)) {
  const tokens = tokenize(phrase).map((t) => t.text);
  const list = nounsByFirst.get(tokens[0]!) ?? [];
  list.push({ tokens, kind: kind as EventKind, strong: strength === "strong" });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  nounsByFirst.set(tokens[0]!, list);
}

/** Regular English inflections of a verb base: -s, -ed, -ing (with the usual spelling rules). */
export function inflect(base: string): string[] {
  const forms = [base];
  const cvc = /[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 4;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) forms.push(base + "es");
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ies");
  else forms.push(base + "s");
  if (base.endsWith("e")) forms.push(base + "d", base.slice(0, -1) + "ing");
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ied", base + "ing");
  else if (cvc) forms.push(base + base.at(-1) + "ed", base + base.at(-1) + "ing");
  else forms.push(base + "ed", base + "ing");
  return forms;
}

const irregular = data.irregular as Record<string, string[]>;
const verbForms = new Map<string, EventKind>();
for (const [base, kind] of Object.entries(data.verbs as Record<string, string>))
  for (const f of [...inflect(base), ...(irregular[base] ?? [])])
    verbForms.set(f, kind as EventKind);
const lightForms = new Set<string>();
for (const base of data.lightVerbs)
  for (const f of [...inflect(base), ...(irregular[base] ?? [])]) lightForms.add(f);

// Verbs that are an event only with their object: "increase the policy interest rates", "held the rate".
const RATE_VERBS = new Set(
  ["raise", "increase", "cut", "lower", "reduce", "hold", "keep", "leave", "hike"].flatMap((b) => [
    ...inflect(b),
    ...(irregular[b] ?? []),
  ]),
);
const RATE_OBJECT = /^(?:rates?|borrowing)$/;
// "a strike by nurses" is a labour action, not an attack.
const LABOUR =
  /^(?:unions?|workers|nurses|staff|employees|pay|wages?|picket|walkout|industrial|doctors|teachers|drivers|miners|dockers|ballot|rmt)$/;
// "the ruling party": a participle before a group noun is no event.
const NOT_AFTER_RULING =
  /^(?:party|parties|coalition|class|elite|family|junta|bloc|government|military|council)$/;

// "all four counts", "two funds": after a number or a quantifier an -s form is a plural noun.
const COUNTED =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|several|many|multiple|numerous|both|all|few)$/;

const MESSAGE =
  /^(?:letters?|messages?|notes?|notices?|notifications?|notification|invitations?|warnings?|e-?mails?|replies|reply|requests?|petitions?|complaints?|memos?|summons)$/;

const DISMISSED =
  /^(?:workers|employees|staff|staffers|executives?|ceo|coach|manager|director|chairman|players?|him|her|them)$/;

// "A count of murder", "40 counts of causing harm", "one count related to": a charge, not a vote
// count ("a count of the ballots").
const VOTED = /^(?:the|votes?|ballots?|postal|results?)$/;

/** The kind a trigger takes in its sentence: word sense by the words around it. */
function senseOf(lower: readonly string[], i: number, kind: EventKind): EventKind | null {
  const w = lower[i]!;
  if (/^counts?$/.test(w) && kind === "election") {
    if (lower[i + 1] === "of" ? !VOTED.test(lower[i + 2] ?? "") : COUNTED.test(lower[i - 1] ?? "")) return "legal";
  }
  // "charged with murder", "was charged on Tuesday with": the legal sense, as is the noun after a
  // light verb ("face charges"); "charged customers a fee" is none.
  if (/^charg(?:e|es|ed|ing)$/.test(w) && kind === "legal" && !lower.slice(i + 1, i + 8).includes("with"))
    return lower[i - 1] && lightForms.has(lower[i - 1]!) ? kind : null;
  if (/^strik/.test(w) && kind === "attack" && lower.some((x) => LABOUR.test(x))) return "other";
  if (w === "ruling" && NOT_AFTER_RULING.test(lower[i + 1] ?? "")) return null;
  // "sent a formal letter to the firm", "sends a notice": a message delivered, not troops deployed.
  if (kind === "deployment" && /^(?:send|sends|sent|sending)$/.test(w) && lower.slice(i + 1, i + 5).some((x) => MESSAGE.test(x)))
    return "statement";
  // "fired 40 workers", "firing its coach": a dismissal, not shooting ("fired at workers" is).
  if (/^fir(?:e|es|ed|ing)$/.test(w) && kind === "attack" && lower.slice(i + 1, i + 4).some((x) => DISMISSED.test(x)) && !/^(?:at|on|upon)$/.test(lower[i + 1] ?? ""))
    return "other";
  return kind;
}

/** Every trigger among a sentence's lower-cased words: longest noun phrases first, then verbs. */
export function findTriggers(lower: readonly string[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    if (RATE_VERBS.has(w) && lower.slice(i + 1, i + 6).some((x) => RATE_OBJECT.test(x))) {
      out.push({ start: i, end: i + 1, kind: "economic", pos: "verb", strong: true });
      continue;
    }
    const noun = nounsByFirst.get(w)?.find((n) => n.tokens.every((t, k) => lower[i + k] === t));
    const nounKind = noun ? senseOf(lower, i, noun.kind) : null;
    if (noun && nounKind) {
      out.push({
        start: i,
        end: i + noun.tokens.length,
        kind: nounKind,
        pos: "noun",
        strong: noun.strong,
      });
      i += noun.tokens.length - 1;
      continue;
    }
    if (noun) continue;
    if (lightForms.has(w))
      out.push({
        start: i,
        end: i + 1,
        kind: verbForms.get(w) ?? "other",
        pos: "light",
        strong: false,
      });
    else {
      const base = verbForms.get(w);
      const counted = w.endsWith("s") && COUNTED.test(lower[i - 1] ?? "");
      const kind = base && !counted ? senseOf(lower, i, base) : null;
      if (kind) out.push({ start: i, end: i + 1, kind, pos: "verb", strong: true });
    }
  }
  return out;
}
