/**
 * A person's mention with the title written before it: "President Tomasz Wielicki" is one noun
 * phrase, so what stands between it and a verb or another name ("and", "by", "between") is read
 * from before the title, not from inside the phrase.
 */
import type { ActorKind } from "../../model";
import { isPortfolio, isTitle } from "../actors";
import { isTitleWord } from "../actors";
import type { ActorMention } from "../types";

const PERSONAL: ReadonlySet<ActorKind> = new Set(["person", "official", "leader"]);
const WORD_BEFORE = /(\S+)\s+$/u;

/** The mentions, each person's starting at its title's first word (never before `floor`). */
export function withTitles(
  text: string,
  mentions: ActorMention[],
  kindOf: Map<string, ActorKind>,
  floor: number,
): ActorMention[] {
  const titled = mentions.map((m) => {
    if (!PERSONAL.has(kindOf.get(m.actor) ?? "source")) return m;
    let start = m.start;
    let titled = start;
    // "Foreign Minister": modifiers count only before a title word ("former" alone is none).
    let seen = false;
    // "Minister for Foreign Affairs": a portfolio and its "for", "of" or "and" are the title's too.
    for (let n = 0; n < 6; n++) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(floor, start - 30), start));
      if (!w || !(isTitleWord(w[1]!) || isPortfolio(w[1]!) || /^(?:for|of|and)$/.test(w[1]!))) break;
      start -= w[0].length;
      seen ||= isTitle(w[1]!);
      // …but the phrase starts at a title word only ("Ghana and Foreign Minister Y" is two).
      if (seen && isTitleWord(w[1]!)) titled = start;
    }
    return titled === m.start ? m : { ...m, start: titled };
  });
  return withOwnState(text, titled, kindOf, mentions);
}

const STATELY: ReadonlySet<ActorKind> = new Set(["state", "bloc"]);

/**
 * "Chinese President Xi Jinping", "US Secretary of State Y": a state written right before a
 * person's title names whose office it is, so it is part of the person's phrase, not a name of
 * its own ("Kenyan President X and Ugandan President Y signed" has two subjects, not four).
 */
function withOwnState(text: string, titled: ActorMention[], kindOf: Map<string, ActorKind>, bare: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  titled.forEach((m, i) => {
    const prev = out.at(-1);
    const ownState =
      prev &&
      m.start < bare[i]!.start &&
      STATELY.has(kindOf.get(prev.actor) ?? "source") &&
      /^\s+$/.test(text.slice(prev.end, m.start));
    if (ownState) out[out.length - 1] = { ...m, start: prev.start };
    else out.push(m);
  });
  return out;
}
