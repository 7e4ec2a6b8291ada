import type { ActorKind } from "../../model";
import { isBranchOf } from "./branch-names";
import { gazetteer } from "../gazetteer";
import type { ActorDraft } from "../types";
import { familyName } from "./name-rules";
import type { ActorRegistry } from "./registry";

/**
 * One actor per entity: names that are variants of another actor's name join it. The same name
 * spelled otherwise ("Zelenskyy" / "Zelensky", "Sergey" / "Sergei"), an acronym of an institution
 * named in full ("IOC" / "International Olympic Committee"), the tail of an institution's name
 * used alone ("Executive Board" after "IOC Executive Board") and a person's surname alone.
 * The longer name stays the actor's name; the outlet is never joined away.
 */
const INSTITUTIONS = new Set<ActorKind>([
  "organization",
  "bloc",
  "alliance",
  "coalition",
  "media",
  "group",
]);
const PEOPLE = new Set<ActorKind>(["person", "leader", "official"]);
const MINOR = new Set(["of", "the", "and", "for", "de", "on", "in", "&"]);

// Folding is asked for every pair of actors; each name is folded once.
const folded = new Map<string, string>();
function fold(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = foldName(name);
    folded.set(name, f);
  }
  return f;
}

const foldName = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9& ]+/g, " ")
    .replace(/[yj]/g, "i")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();

const COMPANY_CLOSE = /\s+(?:Company|Corporation|Co\.?|Inc\.?|Corp\.?)$/;
const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

/** Heads of the institutions named after a person ("… Foundation", "… Institute", "… Prize"). */
const EPONYMOUS_HEADS = /\s(?:Foundation|Institute|Trust|Fund|Centre|Center|Prize|Award|Memorial|Museum|Library|Hospital|School|College|University|Stadium|Cup|Trophy|Airport)$/;
const isEponymous = (name: string) => EPONYMOUS_HEADS.test(name);
/** Heads of a body of members: a union or federation named after the employer its members work for. */
const MEMBERS_BODY = /\s(?:Federation|Confederation|Union|Unions|Syndicate|Guild|Workers|Employees|Staff)(?:\s+(?:Union|Association|Federation))?$/;

/** "Chinese coast guard" for "China Coast Guard": a state's organ by its demonym and by the state's name. */
function sameOrganByDemonym(a: string, b: string): boolean {
  const [wa, wb] = [a.split(/\s+/), b.split(/\s+/)];
  const form = gazetteer.match(wb, 0);
  if (!form || form.role !== "demonym" || form.entry.kind !== "state" || wb.length <= form.tokens.length) return false;
  const state = form.entry.name.split(/\s+/);
  if (wa.length <= state.length || wa.slice(0, state.length).join(" ") !== state.join(" ")) return false;
  return fold(wa.slice(state.length).join(" ")) === fold(wb.slice(form.tokens.length).join(" "));
}

function variantOf(a: ActorDraft, b: ActorDraft): boolean {
  const fa = fold(a.name);
  const fb = fold(b.name);
  if (fa === fb) return true;
  if (INSTITUTIONS.has(a.kind) && INSTITUTIONS.has(b.kind) && (sameOrganByDemonym(a.name, b.name) || sameOrganByDemonym(b.name, a.name))) return true;
  // "Mack Truck’s" for "Mack Trucks": a body's name of several words less its plural's "s".
  if (INSTITUTIONS.has(a.kind) && b.kind !== "state" && fb.includes(" ") && fa === `${fb}s`) return true;
  // A person's surname alone, whatever kind its bare mentions were given ("Lavrov" said twice).
  if (PEOPLE.has(a.kind) && !fb.includes(" ") && fa.split(" ").length >= 2 && fa.endsWith(` ${fb}`))
    return b.kind !== "state";
  // The last two words or more of a person's fuller name are that person: "Aung Hlaing" read where
  // a sentence's opening "Min" was taken for a common word, beside "Min Aung Hlaing".
  if (PEOPLE.has(a.kind) && PEOPLE.has(b.kind) && fb.split(" ").length >= 2 && fa.endsWith(` ${fb}`)) return true;
  // The family name before a hyphenated given name: "Ng" of "Ng Lok-chun".
  if (PEOPLE.has(a.kind) && !fb.includes(" ") && b.kind !== "state" && familyName(a.name.split(/\s+/)) !== a.name.split(/\s+/).at(-1))
    return fold(familyName(a.name.split(/\s+/))) === fb;
  // A company by the first words of its name: "Becton" or "Becton Dickinson" after "Becton Dickinson & Co".
  if (
    a.kind === "organization" &&
    (b.kind === "person" || b.kind === "organization") &&
    fa.split(" ").length > fb.split(" ").length &&
    fa.startsWith(`${fb} `) &&
    // "FIFA's ethics committee" is an organ of FIFA, not FIFA.
    !/['’]s\s/.test(a.name) &&
    // "the Nelson Mandela Foundation" bears a person's name; it is not that person.
    !(b.kind === "person" && isEponymous(a.name)) &&
    // "the Zentra Workers Union", "the Zentra Federation": the body of a company's staff is not the company.
    !MEMBERS_BODY.test(a.name) &&
    // "Walmart Chile" is the branch of "Walmart" in a country, not the company itself.
    !isBranchOf(a.name, b.name)
  )
    return true;
  if (INSTITUTIONS.has(a.kind) && INSTITUTIONS.has(b.kind)) {
    // "the ministry" before or after "The Ministry of Health" names it, "the central bank" the
    // "Reserve Bank of New Zealand": a lower-case description by its head word.
    if (/^[a-z ]+$/.test(b.name) && /\p{Lu}/u.test(a.name))
      // An organ named with its owner ("FIFA's ethics committee") is described by all its words.
      return /['’]s\s/.test(a.name)
        ? fb.split(" ").every((w) => fa.split(" ").includes(w))
        : fa.split(" ").includes(fb.split(" ").at(-1)!);
    if (
      /^[A-Z]{2,6}$/.test(b.name) &&
      initials(a.name) === b.name &&
      a.name.split(/\s+/).length >= 2
    )
      return true;
    // "AT&T" for "American Telephone and Telegraph Company": "&" stands for "and", and a company's
    // closing class word ("Company", "Corporation") has no letter of its own.
    if (/^[A-Z]+(?:&[A-Z]+)+$/.test(b.name) && initials(a.name.replace(COMPANY_CLOSE, "")) === b.name.replace(/&/g, ""))
      return true;
    return fb.split(" ").length >= 2 && fa.endsWith(` ${fb}`);
  }
  return false;
}

/** "Daily Sabah (dpa)", "The Star (AFP)": an outlet's credit names the wire in brackets, a medium of its own. */
const creditsWire = (outletName: string, name: string) => outletName.endsWith(`(${name})`) && !outletName.startsWith(name);

export function joinVariants(reg: ActorRegistry, outlet: string): void {
  const actors = [...reg.actors.values()];
  const order = new Map(actors.map((a, i) => [a, i]));
  const into = new Map<string, string>();
  for (const b of actors) {
    if (b.id === outlet) continue;
    const target = actors.find(
      (a) =>
        a !== b &&
        !into.has(a.id) &&
        !(a.id === outlet && creditsWire(a.name, b.name)) &&
        (a.name.length > b.name.length ||
          (a.name.length === b.name.length && order.get(a)! < order.get(b)!)) &&
        variantOf(a, b),
    );
    // A description that fits several named institutions names none of them, unless one holds
    // every word of it ("the high court": the "Madras high court", not the "Supreme Court").
    let rivals = 1;
    let to = target;
    // So does the tail of a name that ends several people's ("Ruiz Calderón" of two siblings).
    if (/^[a-z ]+$/.test(b.name) || !b.name.includes(" ") || PEOPLE.has(b.kind)) {
      const fits = actors.filter((a) => a !== b && /\p{Lu}/u.test(a.name) && variantOf(a, b));
      const words = fold(b.name).split(" ");
      const whole = fits.filter(
        (a) => words.length >= 2 && words.every((w) => fold(a.name).split(" ").includes(w)),
      );
      rivals = fits.length;
      if (rivals > 1 && whole.length === 1 && !into.has(whole[0]!.id)) [rivals, to] = [1, whole[0]];
    }
    if (target && to && rivals === 1) into.set(b.id, to.id);
  }
  merge(reg, into);
}

/** Moves each `from` actor's mentions and names to its `to` actor, and drops it. */
export function merge(reg: ActorRegistry, into: ReadonlyMap<string, string>): void {
  if (into.size === 0) return;
  for (const m of reg.mentions) {
    const to = into.get(m.actor);
    if (to) m.actor = to;
  }
  for (const [from, to] of into) {
    const source = reg.actors.get(from)!;
    const target = reg.actors.get(to)!;
    for (const alias of [source.name, ...source.aliases])
      if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    reg.actors.delete(from);
  }
}

/**
 * "CEO of IDFC (Infrastructure Development Finance Corporation)": a name in brackets right after
 * an acronym it spells out is the acronym's full name, one actor, named in full.
 */
function spelledOutAcronyms(text: string, reg: ActorRegistry, outlet: string): void {
  const byStart = new Map(reg.mentions.map((m) => [m.start, m]));
  const into = new Map<string, string>();
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9&]{1,7})\s+\(/g)) {
    const short = byStart.get(m.index);
    const full = byStart.get(m.index + m[0].length);
    if (!short || !full || short.end !== m.index + m[1]!.length || text[full.end] !== ")") continue;
    const [a, b] = [reg.actors.get(short.actor), reg.actors.get(full.actor)];
    if (a && b && a !== b && a.id !== outlet && INSTITUTIONS.has(b.kind) && abbreviates(m[1]!, b.name)) into.set(a.id, b.id);
  }
  merge(reg, into);
}

/**
 * An acronym given in parentheses after a name ("The Reserve Bank of New Zealand (RBNZ)") is that
 * actor's, there and wherever the article uses it again on its own.
 */
export function findDefinedAcronyms(
  text: string,
  sentences: readonly { start: number; end: number; index: number }[],
  reg: ActorRegistry,
  outlet: string,
): void {
  spelledOutAcronyms(text, reg, outlet);
  const byEnd = new Map(reg.mentions.map((m) => [m.end, m]));
  const byStart = new Map(reg.mentions.map((m) => [m.start, m]));
  const defined = new Map<string, string>();
  // What each acronym stands for, as written: "EB" → "Executive Board".
  const spelled = new Map<string, string>();
  for (const m of text.matchAll(/\(([A-Z][A-Z0-9&]{1,7})\)/g)) {
    const named = byEnd.get(m.index - 1) ?? byEnd.get(m.index);
    if (!named || defined.has(m[1]!)) continue;
    defined.set(m[1]!, named.actor);
    spelled.set(m[1]!, text.slice(named.start, named.end));
    // "the National Olympic Committee (NOC) of Ukraine": the name goes on after its acronym.
    const after = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.index + m[0].length));
    const of = after && byStart.get(m.index + m[0].length + after[0].length);
    const actor = reg.actors.get(named.actor);
    // "the Vereinigung Cockpit (VC) union", "Harlow Pemberton (HP)": a name given its initials as
    // an acronym is a body's, however personal its words sound.
    if (actor && PEOPLE.has(actor.kind) && m[1]!.length >= 2 && abbreviates(m[1]!, actor.name)) actor.kind = "organization";
    if (of && actor && reg.actors.get(of.actor)?.kind === "state" && INSTITUTIONS.has(actor.kind)) {
      actor.aliases.push(actor.name);
      actor.name = `${actor.name} of ${text.slice(of.start, of.end)}`;
    }
  }
  if (defined.size === 0) return;
  // An actor read earlier under the acronym itself ("In an IOC statement", "(DRC)") is the one
  // it was defined for; so is a name that spells out to another's ("IOC EB" = "IOC Executive Board").
  const into = new Map<string, string>();
  const byName = new Map([...reg.actors.values()].map((a) => [fold(a.name), a.id]));
  for (const b of reg.actors.values()) {
    if (b.id === outlet || PEOPLE.has(b.kind)) continue;
    const words = b.name.split(/\s+/);
    const full = spelled.get(b.name);
    const target =
      (full !== undefined && abbreviates(b.name, full) ? defined.get(b.name) : undefined) ??
      (words.length >= 2
        ? words
            .map((w, i) =>
              spelled.has(w)
                ? byName.get(fold([...words.slice(0, i), spelled.get(w)!, ...words.slice(i + 1)].join(" ")))
                : undefined,
            )
            .find((id) => id !== undefined)
        : undefined);
    if (target && target !== b.id && reg.actors.has(target) && !into.has(target)) into.set(b.id, target);
  }
  merge(reg, into);
  const re = new RegExp(`\\b(?:${[...defined.keys()].join("|")})\\b`, "g");
  const sentenceAt = (at: number) => sentences.find((x) => x.start <= at && at < x.end)?.index ?? 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (!reg.isFree(m.index, end)) continue;
    reg.mention(defined.get(m[0])!, m.index, end, sentenceAt(m.index), "ner", m[0]);
  }
}

/** Whether an acronym's letters are, in order, initials of the name's words, the first one first ("DRC", "Democratic Republic of Congo"). */
function abbreviates(acronym: string, name: string): boolean {
  return initialsOf(acronym, name) || translatedAcronym(acronym, name);
}

/**
 * "the Zentra Federation (FZENTRA)": an acronym kept from the name in another language, whose word
 * order differs, spells each capitalised word once in another order, a word in capitals whole.
 */
function translatedAcronym(acronym: string, name: string): boolean {
  const parts = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!));
  if (parts.length < 2 || parts.length > 3 || !parts.some((p) => p.length > 1)) return false;
  const orders = parts.length === 2 ? [[1, 0]] : [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
  return orders.some((o) => o.map((i) => parts[i]).join("") === acronym);
}

function initialsOf(acronym: string, name: string): boolean {
  const letters = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]);
  if (letters[0] !== acronym[0]) return false;
  let k = 0;
  for (const c of acronym) {
    while (k < letters.length && letters[k] !== c) k++;
    if (k === letters.length) return false;
    k++;
  }
  return true;
}
