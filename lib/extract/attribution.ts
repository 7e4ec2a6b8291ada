import type { Attribution, WithAttribution, WithModality } from "./types";
import type { ActorMention } from "./types";

const REPORTING =
  "said|says|say|told|tells|tell|reported|reports|report|noted|notes|note|stated|states|announced|announces|added|adds|wrote|writes|claimed|claims|believes|believe|warned|warns|insisted|insists|confirmed|confirms|indicated|indicates|indicate|suggested|suggests|suggest|argued|argues|explained|explains|stressed|stresses|acknowledged|acknowledges|admitted|admits|alleged|alleges|asserted|asserts|declared|declares|emphasi[sz]ed|emphasi[sz]es|estimated|estimates|predicted|predicts|revealed|reveals|disclosed|discloses|maintained|maintains|assessed|contends|contended|cautioned|cautions|believed|thinks|think|understands|learned|learnt";
const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, "g");
const ACCORDING = /\b(?:according to|as reported by|as cited by|citing|in the view of|in an interview with|quoted by)\s+/gi;
const TELL = /^(?:told|tells|tell)$/;
const MAX_SUBJECT_GAP = 60;

/**
 * Stage 5: who each sentence is attributed to, as a chain from the nearest source to the
 * outlet ("European official → Bloomberg → outlet"). A sentence with no attribution of its
 * own takes the explicit attribution of an earlier sentence in its paragraph; failing that,
 * it is the outlet's own.
 */
export function findAttribution(doc: WithModality): WithAttribution {
  const attributions: Attribution[] = [];
  const outlet = doc.outlet.id;
  let last: { paragraph: number; chain: string[] } | null = null;
  for (const s of doc.sentences) {
    const mentions = doc.mentions.filter((m) => m.sentence === s.index);
    const own = explicitAttribution(doc.text, s.start, s.end, mentions);
    if (own) {
      const chain = dedupe([...own.chain, outlet]);
      attributions.push({ sentence: s.index, chain, cue: own.cue });
      last = { paragraph: s.paragraph, chain };
    } else if (last && last.paragraph === s.paragraph) {
      attributions.push({ sentence: s.index, chain: last.chain });
    } else {
      attributions.push({ sentence: s.index, chain: [outlet] });
      last = null;
    }
  }
  return { ...doc, attributions };
}

function explicitAttribution(text: string, start: number, end: number, mentions: ActorMention[]): { chain: string[]; cue: { start: number; end: number } } | null {
  const s = text.slice(start, end);
  // "According to X", "citing X", "in an interview with X": X and whoever X cites.
  ACCORDING.lastIndex = 0;
  for (const m of s.matchAll(ACCORDING)) {
    const at = start + m.index + m[0].length;
    const first = mentions.find((x) => x.start >= at && x.start <= at + 6);
    if (first) return { chain: [first.actor], cue: { start: start + m.index, end: first.end } };
  }
  // "X (cited by Y) said/reports/told Z": the subject mentions before the verb, nearest first.
  REPORTING_RE.lastIndex = 0;
  for (const m of s.matchAll(REPORTING_RE)) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    const before = mentions.filter((x) => x.end <= verbStart && verbStart - x.end <= MAX_SUBJECT_GAP);
    const subjectRun = before.filter((x) => !/[.;:]/.test(text.slice(x.end, verbStart)));
    // The subject must open the sentence or the clause just before the verb ("…, X said.").
    const opening = subjectRun.filter((x) => /^\W*(?:\p{Lu}\w*\s+){0,2}$/u.test(text.slice(start, x.start)) || /,\s*$/.test(text.slice(start, x.start)));
    if (opening.length === 0) continue;
    const chain = subjectRun.filter((x) => x.start >= opening[0]!.start).map((x) => x.actor);
    if (TELL.test(m[0])) {
      const told = mentions.find((x) => x.start >= verbEnd && x.start <= verbEnd + 6);
      if (told) chain.push(told.actor);
    }
    return { chain: dedupe(chain), cue: { start: opening[0]!.start, end: verbEnd } };
  }
  return null;
}

function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
