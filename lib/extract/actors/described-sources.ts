import type { ActorKind } from "../../model";
import type { ActorRegistry } from "./registry";
import { slug } from "./registry";
import { organised } from "./sources";

/**
 * Unnamed sources described by where they are or whose they are, speaking: "Officials in Sindh
 * province said", "Residents of the town told reporters", "…, his lawyer said", "a family member
 * said". Bounded, linear patterns.
 */
const SPEAKS = String.raw`(?:have\s+|has\s+|had\s+|also\s+|later\s+)?(?:said|say|says|told|tell|reported|confirmed|estimated|warned|announced|added|described)\b`;
// A collective and the place it is in: "Local officials in Sindh province", "Residents of the town".
const LOCATED = new RegExp(
  String.raw`\b(?:(?:[Ll]ocal|[Ss]tate|[Ff]ederal|[Pp]rovincial|[Rr]egional|[Dd]istrict|[Cc]ity|[Hh]ealth|[Ss]ecurity|[Ee]lection|[Gg]overnment|[Mm]ilitary|[Hh]ospital|[Rr]escue)\s+)?(?:officials|authorities|residents|witnesses|villagers|locals|rescuers|doctors|medics|survivors)\b` +
    String.raw`(?=(\s+(?:in|of|from|at|near)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){1,3}?)${SPEAKS})`,
  "giu",
);
// Kinds of actor a place phrase may name without being the one who speaks ("officials in Kenya").
const PLACE_KINDS = new Set<ActorKind>(["state"]);
// Whose the speaker is: "his lawyer", "her spokesman", "a family member", "their neighbours".
const RELATED = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:(?:former|longtime|personal|defen[cs]e|elder|younger|older)\s+)?` +
    String.raw`(?:lawyers?|attorneys?|spokes(?:man|woman|person)|family(?:\s+members?)?|relatives?|brother|sister|son|daughter|wife|husband|mother|father|widow|parents|friends?|neighbou?rs?|colleagues?|agent|manager)\b(?=\s+${SPEAKS})`,
  "gu",
);

// "Farmers blocked the road over what they called unfair prices": the collective whose words the
// scare phrase gives, opening the sentence.
const CALLING = new RegExp(
  String.raw`^\W*(?:(?:[Ll]ocal|[Aa]ngry|[Ss]triking)\s+)?(?:nurses|teachers|doctors|workers|protesters|demonstrators|students|farmers|miners|employees|residents|villagers|activists|critics|opponents|lawmakers)\b` +
    String.raw`(?=[^.;:"“”]*?\bwhat\s+they\s+(?:call|called|describe|described|term|termed)\b)`,
  "iu",
);

export function findDescribedSources(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  const s = text.slice(from, to);
  LOCATED.lastIndex = 0;
  for (const m of s.matchAll(LOCATED)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const place = { start: end, end: end + m[1]!.length };
    // "officials at the Health Ministry said": the ministry speaks through its officials.
    const institution = reg.mentions.some(
      (x) => x.start >= place.start && x.end <= place.end && !PLACE_KINDS.has(reg.actors.get(x.actor)?.kind ?? "state"),
    );
    if (institution) continue;
    add(reg, text, start, end, sentence, /officials|authorities/i.test(m[0]) ? "official" : "source");
  }
  const calling = CALLING.exec(s);
  if (calling) add(reg, text, from + calling.index + calling[0].search(/\p{L}/u), from + calling.index + calling[0].length, sentence, "source");
  RELATED.lastIndex = 0;
  for (const m of s.matchAll(RELATED)) add(reg, text, from + m.index, from + m.index + m[0].length, sentence, "source");
}

function add(reg: ActorRegistry, text: string, start: number, end: number, sentence: number, kind: ActorKind): void {
  if (!reg.isFree(start, end)) return;
  // "his lawyer" is "Lawyer", "a family member" "Family member": the determiner is no part of the name.
  const phrase = text.slice(start, end).replace(/\s+/g, " ").replace(/^(?:his|her|their|an?)\s/i, "");
  const name = phrase[0]!.toUpperCase() + phrase.slice(1).toLowerCase();
  const union = organised(name, reg);
  if (union) {
    reg.mention(union, start, end, sentence, "coref", text.slice(start, end));
    return;
  }
  reg.ensure(slug(name), name, kind);
  reg.mention(slug(name), start, end, sentence, "pattern", text.slice(start, end));
}
