import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

/** A span of the rebuilt text, with its gold annotation. */
export type GoldTimex = { start: number; end: number; text: string; type: string; value: string; creationTime: boolean };
export type GoldSpan = { start: number; end: number; text: string };

/** One MEANTIME document rebuilt as plain text, with gold annotations as character offsets. */
export type MeantimeDoc = {
  id: string;
  name: string;
  text: string;
  /** offset where the body starts (after the title and dateline sentences) */
  bodyStart: number;
  /** MEANTIME annotates only the first sentences of each article: offset where the annotated part ends */
  annotatedEnd: number;
  title: string;
  creationDate: string | null;
  timexes: GoldTimex[];
  participants: GoldSpan[];
};

type Attrs = Record<string, string>;
type XmlNode = Attrs & { token_anchor?: Attrs[]; "#text"?: string | number };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["token", "token_anchor", "TIMEX3", "ENTITY_MENTION", "EVENT_MENTION", "HAS_PARTICIPANT", "source", "target"].includes(name),
});

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "'S"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "£", "€", "#"]);

/** Joins tokens the way they were written: no space before closing punctuation, quotes hug what they quote. */
function rebuild(tokens: { id: string; text: string; sentence: number }[]) {
  let text = "";
  const offsets = new Map<string, { start: number; end: number }>();
  let previous: { text: string; sentence: number } | null = null;
  let openQuote = false;
  let bodyStart = 0;
  for (const token of tokens) {
    let separator = " ";
    if (previous === null) separator = "";
    else if (token.sentence !== previous.sentence && token.sentence <= 2) separator = "\n";
    else if (NO_SPACE_BEFORE.has(token.text) || NO_SPACE_AFTER.has(previous.text)) separator = "";
    else if (token.text === '"' && openQuote) separator = "";
    else if (previous.text === '"' && openQuote) separator = "";
    if (token.text === '"') openQuote = !openQuote;
    text += separator;
    if (token.sentence === 2 && previous !== null && previous.sentence < 2) bodyStart = text.length;
    offsets.set(token.id, { start: text.length, end: text.length + token.text.length });
    text += token.text;
    previous = token;
  }
  return { text, offsets, bodyStart };
}

function spanOf(node: XmlNode, offsets: Map<string, { start: number; end: number }>) {
  let start = Infinity;
  let end = -Infinity;
  for (const anchor of node.token_anchor ?? []) {
    const o = offsets.get(anchor.t_id ?? "");
    if (!o) continue;
    start = Math.min(start, o.start);
    end = Math.max(end, o.end);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

export function readMeantime(file: string): MeantimeDoc {
  const xml = parser.parse(readFileSync(file, "utf8")) as { Document: Record<string, unknown> & Attrs };
  const doc = xml.Document;
  const rawTokens = (doc.token ?? []) as XmlNode[];
  const tokens = rawTokens.map((t) => ({ id: t.t_id ?? "", text: String(t["#text"] ?? ""), sentence: Number(t.sentence) }));
  const { text, offsets, bodyStart } = rebuild(tokens);
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  const markables = (doc.Markables ?? {}) as Record<string, XmlNode[] | undefined>;
  const relations = (doc.Relations ?? {}) as Record<string, (Attrs & { source?: Attrs[]; target?: Attrs[] })[] | undefined>;

  let creationDate: string | null = null;
  const timexes: GoldTimex[] = [];
  for (const t of markables.TIMEX3 ?? []) {
    const creationTime = t.functionInDocument === "CREATION_TIME";
    if (creationTime) creationDate = (t.value ?? "").slice(0, 10);
    const span = spanOf(t, offsets);
    if (!span) continue;
    timexes.push({ ...span, text: text.slice(span.start, span.end), type: t.type ?? "", value: t.value ?? "", creationTime });
  }
  timexes.sort((a, b) => a.start - b.start);

  const entityById = new Map<string, XmlNode>();
  for (const m of markables.ENTITY_MENTION ?? []) if (m.m_id) entityById.set(m.m_id, m);
  const participantIds = new Set<string>();
  for (const rel of relations.HAS_PARTICIPANT ?? [])
    for (const target of rel.target ?? []) if (target.m_id && entityById.has(target.m_id)) participantIds.add(target.m_id);
  const participants: GoldSpan[] = [];
  for (const mId of participantIds) {
    const span = spanOf(entityById.get(mId)!, offsets);
    if (span) participants.push({ ...span, text: text.slice(span.start, span.end) });
  }

  let lastAnnotatedSentence = 0;
  for (const kind of ["TIMEX3", "ENTITY_MENTION", "EVENT_MENTION"])
    for (const m of markables[kind] ?? [])
      for (const a of m.token_anchor ?? []) lastAnnotatedSentence = Math.max(lastAnnotatedSentence, sentenceOf.get(a.t_id ?? "") ?? 0);
  let annotatedEnd = 0;
  for (const t of tokens) if (t.sentence <= lastAnnotatedSentence) annotatedEnd = Math.max(annotatedEnd, offsets.get(t.id)?.end ?? 0);

  const firstSentenceEnd = text.indexOf("\n");
  return {
    id: doc.doc_id ?? file,
    name: doc.doc_name ?? file,
    text,
    bodyStart,
    annotatedEnd,
    title: firstSentenceEnd > 0 ? text.slice(0, firstSentenceEnd) : text,
    creationDate,
    timexes,
    participants,
  };
}
