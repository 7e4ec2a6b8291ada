import triggers from "../extract/data/events.json";
import { isPlace } from "../extract";
import { inflect } from "../extract";
import type { Analysis, Event, EventKind } from "../model";
import { actWords } from "./acts";
import { isDeclaredAs } from "./declared";
import { namesNoOneEvent } from "./no-one-event";
import { weekdayAlternative, type Interval } from "./event-time";
import { isChargeCount, legalStage } from "./legal-stages";
import { familyWords, nounFamily } from "./noun-kinds";
import { firstPhrase, labelWords } from "./label-phrase";

export { legalStage };

/** What the event merge compares: one article's event, with its date, words and places resolved. */
export type ReportFeatures = {
  article: string;
  /** article and event id, and the same for the event it is dated before or after, if any */
  key: string;
  anchor: string | null;
  order: number;
  event: Event;
  sentence: string;
  /** the kind the label's head noun names ("ceasefire monitoring" is monitoring), else the pipeline's */
  kind: EventKind;
  group: string;
  /** the event's date as its article resolved it, as day numbers; null when the article gives none */
  interval: Interval | null;
  /** the other reading of a date its article took from a bare weekday name ("Friday's summit"), a week the other way */
  alternative: Interval | null;
  /** content words of the label and places of the sentence ("paris"), each weighted by how rare it is in the story */
  words: Set<string>;
  /** content words of its evidence sentence, with the places */
  context: Set<string>;
  actors: Set<string>;
  sources: string[];
  collective: boolean;
  /** a meeting between some of the parties, held around the main one ("bilateral talks", "met privately") */
  side: boolean;
  /** the event nouns that name its kind ("statement" of "Statement on X"), as in `words` */
  head: Set<string>;
  /** who made a statement (its nearest sources but the outlet, the people it names); empty for any other kind */
  speakers: Set<string>;
  /** for the catch-all kind, the family of the noun that heads its label ("vigil", "protest", "storm"), if any */
  family: string | null;
  /** the stage of a legal case the label names ("indictment", "hearing", "verdict"), if any */
  stage: string | null;
};

const DAY = 86_400_000;
// News calls one event by what it was and how big or bold it seemed ("a powerful earthquake", "the
// brazen robbery", "a major storm"): words of size and daring tell no two events apart.
const INTENSIFIERS =
  " major powerful devastating massive huge strong brazen daring audacious dramatic catastrophic";
// "The shooting occurred", "the fighting broke out", "shooting off and on": a verb of happening,
// or a verb's particle, names no event of its own; the event is its subject.
const HAPPENING = " occur occurred occurring happen happened unfold unfolded erupt erupted off out";
const STOP = new Set(
  "a an the of in on at for to with and or by from its his her their this that these those be been is are was were will would could may might has have had 's another new take part hold held attend make made reach join set give due today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday"
    .concat(INTENSIFIERS, HAPPENING)
    .split(" "),
);
// Words for one thing: a peace deal is a peace agreement, a truce a ceasefire, a heist a theft.
const SYNONYM: Record<string, string> = {
  deal: "agreement",
  accord: "agreement",
  pact: "agreement",
  settlement: "agreement",
  truce: "ceasefire",
  armistice: "ceasefire",
  // news calls one theft by all its names: "the robbery", "the heist", "news of the theft"
  robbery: "theft",
  heist: "theft",
  burglary: "theft",
  // and one earthquake by its short and its formal names: "the quake", "the temblor"
  quake: "earthquake",
  temblor: "earthquake",
  // and one attack as "a terror attack" and "a terrorist attack"
  terrorist: "terror",
};

// Kinds one event can be reported as, and how much the difference costs: a summit is a meeting;
// "talks" names both a meeting and what is discussed at it; a declaration signed is a statement
// or an agreement; the pipeline's catch-all "other" can be anything.
const KIND_GROUP: Partial<Record<EventKind, string>> = {
  summit: "meeting",
  meeting: "meeting",
  talks: "meeting",
  statement: "text",
  agreement: "text",
};
export const kindGroup = (kind: EventKind) => KIND_GROUP[kind] ?? kind;

/** 1 for one kind, less for two kinds one event can be reported as, null for two kinds of event. */
export function kindAffinity(a: EventKind, b: EventKind): number | null {
  // Two catch-alls share no kind: that the pipeline could name neither says nothing of their being one.
  if (a === "other" || b === "other") return 0.25;
  if (a === b) return 1;
  if (kindGroup(a) !== kindGroup(b)) return null;
  return a === "talks" || b === "talks" ? 0.25 : 0.5;
}

// A text the parties put their names to: a declaration, a communiqué, a charter, a statement called
// formal, joint or final, or one released, issued, adopted or signed. The article that announces
// it ("could release a formal statement") and the one that reports it ("signed a declaration")
// rarely share a word of its label, so the kind of text is a word of its own, as a legal stage is.
const FORMAL_TEXT =
  /(?<![\p{L}])(?:declarations?|communiqu[eé]s?|charters?|(?:formal|joint|official|final|written)\s+statements?|(?:releas|issu|adopt|sign|publish)\p{L}*\s+(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)?statements?)(?![\p{L}])/iu;
export const isFormalText = (label: string) => FORMAL_TEXT.test(label);
const TEXT_NOUN = new Set(["declaration", "communique", "charter", "statement"]);
const TEXT_QUALIFIER = new Set(["formal", "joint", "official", "final", "written"]);
/** A formal text's label words, its noun and the qualifier that made it formal one word: "#text". */
function formalTextWords(label: string): Set<string> {
  const words = new Set<string>(["#text"]);
  for (const w of contentWords(label))
    if (!TEXT_NOUN.has(w) && !TEXT_QUALIFIER.has(w)) words.add(w);
  return words;
}

// "Bilateral talks with Ukraine", "met for private talks with the president", "meet with the
// envoy": a meeting of two or three of the parties, on the sidelines of the gathering that brings
// them all together.
const SIDE =
  /\b(?:bilateral|trilateral|private(?:ly)?|one-on-one|one-to-one|separate(?:ly)?|sidelines?|side)\b|^(?:meet|meets|met|meeting)\s+with\b/i;
export const isSideMeeting = (label: string) => SIDE.test(label);

const NOUN_KIND = new Map(
  Object.entries(triggers.nouns as unknown as Record<string, [EventKind, string]>).map(
    ([phrase, [kind]]) => [phrase, kind],
  ),
);

// "Assist in monitoring a ceasefire", "take part in the talks": verbs of helping or taking part name
// no event of their own; the event is what follows them.
const ARTICLE = new Set(["a", "an", "the"]);
const LIGHT = new Set(triggers.lightVerbs);
const JUDGING = new Set(
  Object.entries(triggers.verbs as Record<string, string>)
    .filter(([base, kind]) => kind === "statement" && !LIGHT.has(base))
    .flatMap(([base]) => inflect(base)),
);
const TAKING_PART =
  /^(?:assist|assisting|help|helping|participate|participating|take part|taking part|contribute|contributing|cooperate|cooperating|engage|engaging)$/;

/**
 * The kind named by the head of a label's first noun phrase, the last event noun before a
 * preposition: "Ceasefire monitoring" is monitoring, "Peace deal with Russia" an agreement; after
 * a verb of taking part, of the phrase after it ("Assist in monitoring a ceasefire" is monitoring).
 * Null when the label starts with no event noun ("Provide intelligence").
 */
export function headKind(label: string): EventKind | null {
  const words = labelWords(label);
  const phrase = firstPhrase(words);
  const end = phrase.length === words.length ? -1 : phrase.length;
  // "Condemned the robbery on X": a verb of judging says something of its object, which names
  // what is judged, not the event; the pipeline's kind, from the verb, stands.
  if (JUDGING.has(words[0] ?? "")) return null;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const two = i > 0 ? NOUN_KIND.get(`${phrase[i - 1]} ${phrase[i]}`) : undefined;
    const kind = two ?? NOUN_KIND.get(phrase[i]!);
    if (kind) return kind;
  }
  if (end <= 0 || !TAKING_PART.test(phrase.join(" "))) return null;
  // what they take part in ends where its own object starts: "monitoring | a ceasefire"
  const rest = words.slice(end + 1);
  const object = rest.findIndex((w, i) => i > 0 && ARTICLE.has(w));
  return headKind((object < 0 ? rest : rest.slice(0, object)).join(" "));
}

export const eventKey = (article: string, event: string) => `${article}\u0000${event}`;

export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

const RANKED_IN = /\bof\s+(?:the|this|that)\s+(?:year|decade|century|season|month|week)\b/g;

/** Content words, lower-cased, a plural or possessive ending dropped: "Tuesday's meetings" → tuesday, meeting. */
export function contentWords(label: string): Set<string> {
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    // "the strongest earthquake of the year", "the deal of the decade": the span a superlative
    // ranks in is no word of the event's name.
    .replace(RANKED_IN, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .map((w) => SYNONYM[w] ?? w);
  return new Set(words);
}

/**
 * The stems of the stop words: "attended the vigil" and "joined the vigil" keep no word of taking
 * part, as "attend" and "join" are none (the verb of taking part names no event of its own).
 */
let stopStems: Set<string> | undefined;
const STOP_STEMS = {
  has: (w: string) => (stopStems ??= new Set([...STOP].map(stem))).has(w),
};

/**
 * One stem for the noun and the verb forms of an event word, so a nominal and a verbal mention
 * share it: deployment, deploying, deployed → deploy; signing, signed → sign; settlement, settling
 * → settl. Suffixes go only when four letters are left; a doubled final consonant is undone
 * (planned → plan) and a final e dropped, so "settle" and "settling" meet. An -ing word that is
 * an event noun of its own keeps its ending: "the meeting" is a gathering, "meet with" not always.
 */
export function stem(word: string): string {
  if (/^[@#]/.test(word) || (word.endsWith("ing") && NOUN_KIND.has(word))) return word;
  const m = /^(.{4,}?)(?:ment|ing|ed)$/.exec(word);
  let w = m ? m[1]! : word;
  if (m && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w.length > 4 && w.endsWith("e") ? w.slice(0, -1) : w;
}

// The event nouns, as label words are kept ("announc", "meeting", "summit").
const KIND_WORDS = new Set(
  [...NOUN_KIND.keys()]
    .filter((p) => !p.includes(" "))
    .flatMap((p) => [...contentWords(p)].map(stem)),
);

/**
 * The event nouns of a label's first phrase, the words that name its kind ("Statement" of
 * "Statement on X", "meeting" of "Meeting of the Trade Forum", not "forum"): they say nothing of
 * which event of that kind it is.
 */
export function headNouns(label: string): Set<string> {
  const words = label
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  const phrase = firstPhrase(words).join(" ");
  return new Set([...contentWords(phrase)].map(stem).filter((w) => KIND_WORDS.has(w)));
}

const placeCache = new Map<string, boolean>();
const isPlaceName = (w: string) => {
  let known = placeCache.get(w);
  if (known === undefined) placeCache.set(w, (known = isPlace(w) || /^(?:Élysée|Elysee)/.test(w)));
  return known;
};

/** The state mentions of an article, so a country's name in a sentence is not taken for a place. */
export const stateSpansOf = (analysis: Analysis) =>
  analysis.actors.filter((a) => a.kind === "state").flatMap((a) => a.mentions);

// What an article gives as still to come: "will attend", "plans to hold", "could sign".
const AHEAD = new Set<Event["certainty"]>([
  "scheduled",
  "probable",
  "proposed",
  "possible",
  "conditional",
]);

/**
 * The event's date as day numbers, or null when its article gives none, or gives one it cannot
 * mean: an event reported as still to come but dated before its article was published took the
 * date of something else in its sentence (when a report came out, when the group attending it was
 * founded), so it neither vetoes nor supports a merge. The report keeps that date in the story.
 */
export function reportedInterval(
  event: Event,
  published: number,
): { start: number; end: number } | null {
  const t = event.time;
  if (!t.start) return null;
  const interval = { start: dayOf(t.start), end: dayOf(t.end ?? t.start) };
  return AHEAD.has(event.certainty) && interval.end < published ? null : interval;
}

const PEOPLE = new Set(["leader", "person", "official"]);

/**
 * Who made a statement: its attribution chain without the outlet (the last link), and the people
 * its event names ("Statement from the minister's office"). States and groups are left out: a
 * country is what many statements are about.
 */
function speakersOf(analysis: Analysis, event: Event, actorId: (local: string) => string) {
  const people = analysis.actors.filter((a) => PEOPLE.has(a.kind)).map((a) => a.id);
  return new Set(
    [...event.sources.slice(0, -1), ...event.actors.filter((a) => people.includes(a))].map(actorId),
  );
}

/** `stateSpans`: stateSpansOf(analysis), computed once per article by the caller. */
/** Characters either side of a label within which a place of its sentence is the event's. */
const PLACE_REACH = 60;

/**
 * Whether a place at `at` in the sentence is near enough the label to be its event's: "arrived in
 * Bangkok on Thursday for a regional summit as the death toll from his country's devastating
 * earthquake passed 3,000" places the arrival, not the earthquake. A label not found as written
 * keeps every place of its sentence.
 */
function nearLabel(sentence: string, label: string): (at: number) => boolean {
  const from = sentence.toLowerCase().indexOf(label.toLowerCase());
  if (from < 0) return () => true;
  const to = from + label.length;
  return (at) => at >= from - PLACE_REACH && at <= to + PLACE_REACH;
}

export function reportFeatures(
  analysis: Analysis,
  event: Event,
  order: number,
  actorId: (local: string) => string,
  stateSpans = stateSpansOf(analysis),
): ReportFeatures {
  const { text, id: article } = analysis.article;
  // The pipeline's first evidence span of an event is the sentence that reports it.
  const span = event.evidence[0]!;
  const sentence = text.slice(span.start, span.end);
  const places: string[] = [];
  const near = nearLabel(sentence, event.label);
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/gu)) {
    const at = span.start + m.index;
    if (stateSpans.some((s) => s.start <= at && at < s.end)) continue;
    if (!near(m.index)) continue;
    // "New South Wales": the tail of a longer name is no place of its own
    if (/\p{Lu}[\p{L}-]+\s+$/u.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (isPlaceName(m[0]))
      places.push(
        `@${m[0]
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()}`,
      );
  }
  // A place the label names ("Summit in Lisbon") is counted once, as the place of its sentence.
  // A state the label names ("Earthquake in Norvalia") is where the event is or who takes part,
  // one of its actors, and counted as such: as a word it would set the label apart from every
  // label of the event that leaves the country unsaid.
  const named = new Set(
    analysis.actors
      .filter((a) => a.kind === "state" && event.actors.includes(a.id))
      .flatMap((a) => [a.name, ...a.aliases].flatMap((n) => [...contentWords(n)])),
  );
  // "deemed the shooting a terrorist attack": the report is the declaration (declared.ts)
  const kind = isDeclaredAs(sentence, event.label)
    ? "statement"
    : isChargeCount(event.label, sentence)
      ? "legal"
      : (headKind(event.label) ?? event.kind);
  const stage = kind === "legal" ? legalStage(event.label) : null;
  const published = dayOf(analysis.article.referenceDate.date);
  const interval = reportedInterval(event, published);
  const t = event.time;
  const anchor =
    t.anchor && t.anchor.relation !== "during" ? eventKey(article, t.anchor.event) : null;
  return {
    article,
    key: eventKey(article, event.id),
    anchor,
    order,
    event,
    sentence,
    kind,
    group: kindGroup(kind),
    interval,
    alternative: weekdayAlternative(event.time.text, interval, published),
    // the stage is a word of its own: "the hearing" and "his arraignment" share it; so is a
    // formal text: "a formal statement" and "the declaration"
    words: new Set(
      [
        ...[
          ...(kindGroup(kind) === "text" && isFormalText(event.label)
            ? formalTextWords(event.label)
            : kind === "other"
              ? familyWords(contentWords(event.label))
              : actWords(contentWords(event.label), kind, sentence)),
        ].filter((w) => !named.has(w) && !places.includes(`@${w}`)),
        ...places,
        ...(stage ? [`#${stage}`] : []),
      ]
        .map(stem)
        .filter((w) => !STOP_STEMS.has(w)),
    ),
    context: new Set([...contentWords(sentence), ...places].map(stem)),
    actors: new Set(event.actors.map(actorId)),
    sources: event.sources.map(actorId),
    speakers:
      kind === "statement" && !isFormalText(event.label)
        ? speakersOf(analysis, event, actorId)
        : new Set(),
    head: headNouns(event.label),
    family: kind === "other" ? nounFamily(event.label) : null,
    collective: namesNoOneEvent(sentence, event.label),
    side: kindGroup(kind) === "meeting" && isSideMeeting(event.label),
    stage,
  };
}
