import type { ActorRegistry } from "./registry";
import { slug } from "./registry";
import { ORG_HEADS } from "./name-rules";
import { execAll } from "../exec-all";

/**
 * Unnamed sources: "sources cited by the agency", "people familiar with the matter",
 * "one European official", "a senior U.S. diplomat". Each distinct description is one actor.
 * Bounded, linear patterns (no nested quantifiers).
 */
const ANONYMOUS = [
  // sources (familiar with …|close to …|cited by X); "the source of the fire" is no one
  /\b(?:(?:anonymous|unnamed|unidentified|informed|diplomatic|government|military|intelligence|several|two|three|other)\s+)?sources?\b(?!\s+of\b)(?:\s+(?:familiar with|close to|cited by|quoted by|with knowledge of|briefed on|in)\s+(?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{Ll}][\p{L}-]*){0,2})?/giu,
  /\b(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ff]our|[Ss]ome|[Aa]|[Oo]ne|[Aa]nother)\s+)?(?:people|persons?|officials|someone)\s+(?:familiar with|close to|briefed on|with knowledge of)\s+(?:the\s+)?(?:matter|talks|discussions|plans?|negotiations|situation|deliberations|decision)\b/giu,
  // (a|one|two…) (senior) (European) official|diplomat|aide
  // "a judicial source", "two police sources": one lower-case noun or adjective may say whose.
  /\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother)\s+(?:(?:senior|top|high-ranking|unnamed|anonymous|former|western|Western)\s+)?(?:(?:\p{Lu}[\p{L}.]*\s+){1,2})?(?:(?!(?:the|and|but|that|which|with|from|other|more|such|only|same|very|good|great|long|last|first|new|few|single|real|whole|major)\s)\p{Ll}{4,}\s+(?=sources?\b))?(?:official|officials|diplomat|diplomats|aide|aides|adviser|advisers|advisor|advisors|insider|insiders|negotiator|negotiators|source|sources)\b/gu,
  // Collective unnamed voices: "aid agencies warn", "analysts said", "officials on Tuesday said".
  // "union officials said", "health officials say": a lower-case noun before the collective names whose.
  /\b(?:(?:[Aa]id|[Hh]umanitarian|[Rr]ights|[Rr]elief|[Ii]ndependent|[Ll]ocal|[Ii]nternational|[Ww]estern|[Ee]lection|[Ff]oreign|[Ss]ecurity|[Mm]ilitary|(?!(?:the|and|but|that|which|with|from|said|says|told|other|some|many|most|several|these|those|their|both|all)\s)\p{Ll}{4,}(?=\s+officials\b))\s+)?(?:agencies|groups|organi[sz]ations|monitors|observers|experts|analysts|witnesses|residents|activists|critics|economists|commentators|pundits|pollsters|diplomats|officials)\b(?=\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:have\s+|has\s+|had\s+|also\s+|later\s+)?(?:said|announced|say|says|told|tell|warn|warned|warns|noted|note|believe|believed|argue|argued|claim|claimed|reported|report|estimate|estimated|expect|expected|fear|feared|wrote|write|(?:was|were)\s+quoted)\b)/giu,
  // "Reuters quoted diplomats as saying", "citing residents", "according to witnesses", "…, said
  // analysts": a collective quoted, cited or speaking after the verb.
  // "…," said one of the workers', "one of the residents said": a member of a group the article
  // does not name, speaking.
  /one(?<=\b(?:said|says|told|added)\s+one)\s+of\s+the\s+\p{Ll}{3,}s\b|\b[Oo]ne\s+of\s+the\s+\p{Ll}{3,}s\b(?=,?\s+(?:said|says|told|added)\b)/gu,
  // "…, one observer said", "a witness told AFP", "one rescue worker said": one unnamed person by
  // what they are there, speaking (bare, only before a verb of saying).
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:local|foreign|independent|senior)\s+)?(?:(?:rescue|aid|health|relief|hospital)\s+worker|observer|witness|eyewitness|resident|villager|rescuer|doctor|nurse|medic|survivor|passenger|bystander)\b(?=,?\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b)/gu,
  // "…, judges said in their ruling", "rescue workers who said …": an unnamed bench or crew speaking.
  /\b(?:[Rr]escue\s+workers|[Aa]id\s+workers|[Rr]escuers|[Jj]udges|[Pp]rosecutors|[Dd]octors|[Mm]edics)\b(?=,?\s+(?:who\s+)?(?:also\s+|later\s+)?(?:said|say|says|told|added)\b)/gu,
  /(?:[Aa]id|[Hh]umanitarian|[Rr]ights|[Ll]ocal|[Ww]estern|[Ff]oreign|[Ss]ecurity|[Mm]ilitary)(?<=\b(?:quoted|quoting|citing|cited|according\s+to|,\s*said)\s+(?:[Aa]id|[Hh]umanitarian|[Rr]ights|[Ll]ocal|[Ww]estern|[Ff]oreign|[Ss]ecurity|[Mm]ilitary))\s+(?:monitors|observers|experts|analysts|witnesses|residents|activists|economists|commentators|pundits|pollsters|diplomats|officials)\b|(?:monitors|observers|experts|analysts|witnesses|residents|activists|economists|commentators|pundits|pollsters|diplomats|officials)(?<=\b(?:quoted|quoting|citing|cited|according\s+to|,\s*said)\s+(?:monitors|observers|experts|analysts|witnesses|residents|activists|economists|commentators|pundits|pollsters|diplomats|officials))\b/gu,
];

/** "Two Saudi officials", "a senior U.S. diplomat": read before the gazetteer so the nationality stays inside the source. */
export function findQuantifiedSources(
  text: string,
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  scan(ANONYMOUS[2]!, text, from, to, sentence, reg);
}

const CITED = /^(.*?\bsources?)\s+(?:cited|quoted)\s+by\s+/i;

export function findAnonymousSources(
  text: string,
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  for (const re of ANONYMOUS) scan(re, text, from, to, sentence, reg);
}

function scan(
  re: RegExp,
  text: string,
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  const s = text.slice(from, to);
  {
    for (const m of execAll(re, s)) {
      // A full stop after the last word ends the sentence, not the name.
      const phrase = m[0].replace(/\.+$/, "");
      // "Ayesha Akter, a Health Ministry official, said": the official is the person named before
      // the apposition, and the capitalised words name the body they work for (read by the names stage).
      if (
        /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(s.slice(Math.max(0, m.index - 40), m.index)) &&
        phrase.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && ORG_HEADS.has(w.toLowerCase()))
      )
        continue;
      let start = from + m.index;
      let end = start + phrase.length;
      let name = describe(phrase);
      // "sources cited by X": the mention is "sources"; X keeps its own mention, and names the group.
      const cited = CITED.exec(phrase);
      if (cited) {
        const citer = reg.mentions.find((x) => x.start >= start + cited[0].length && x.start < end);
        end = start + cited[1]!.length;
        const citerName = citer ? reg.actors.get(citer.actor)?.name : undefined;
        name = describe(cited[1]!) + " cited by " + (citerName ?? phrase.slice(cited[0].length));
      }
      while (start < end && /\s/.test(text[start]!)) start++;
      if (!reg.isFree(start, end)) continue;
      const kind = /official|diplomat|aide|advis|negotiator/i.test(m[0])
        ? "official"
        : /agencies|groups|organi[sz]ations|monitors|observers/i.test(m[0])
          ? "group"
          : "source";
      // "Nurses had argued" after "the nurses unions": the occupation speaks through its union.
      const union = organised(name, reg);
      if (union) {
        reg.mention(union, start, end, sentence, "coref", text.slice(start, end));
        continue;
      }
      const id = slug(name);
      reg.ensure(id, name, kind);
      reg.mention(id, start, end, sentence, "pattern", text.slice(start, end));
    }
  }
}

/** A stable display name: "One European official" → "European official". */
function describe(phrase: string): string {
  const p = phrase.replace(/\s+/g, " ").trim();
  const stripped = p.replace(/^(?:a|an|one|two|three|several|some|another)\s+(?!of\b)/i, "");
  const singular = stripped.replace(
    /\b(official|diplomat|aide|adviser|advisor|insider|negotiator)s\b/,
    "$1",
  );
  return singular[0]!.toUpperCase() + singular.slice(1);
}

/** The union or association of an occupation named in the plural ("nurses" → "nurses unions"). */
export function organised(name: string, reg: ActorRegistry): string | undefined {
  const word = name.toLowerCase();
  if (!/^[a-z]+s$/.test(word)) return undefined;
  const re = new RegExp(`^${word}['’]?\\s+(?:unions?|associations?|federation)$`);
  return [...reg.actors.values()].find((a) => (a.kind === "group" || a.kind === "organization") && re.test(a.name.toLowerCase()))?.id;
}
