import { ActorKind, Certainty } from "../model";
import { SelectionKind, type Selection } from "../selection";
import { messages } from "../messages";
import {
  isIsoDate,
  isUrlId,
  Lanes,
  MAX_LIST_ITEMS,
  MAX_Q_LENGTH,
  View,
  type ViewParam,
  type ViewState,
} from "./state";

/** One URL parameter: strict parsing of its raw (decoded) value, and canonical serialisation. */
export type Codec<T> = {
  /** `value` is null when nothing usable was found; `notices` name what was dropped. */
  parse(raw: string): { value: T | null; notices: string[] };
  serialize(value: T): string;
  isDefault(value: T): boolean;
  /** The canonical form of a value: lists sorted and de-duplicated. */
  normalize(value: T): T;
};

export type Codecs = { [K in ViewParam]: Codec<ViewState[K]> };

const identity = <T>(v: T) => v;

function oneOf<T extends string>(name: string, values: readonly T[], fallback: T | null): Codec<T> {
  return {
    parse(raw) {
      const v = raw.trim();
      if ((values as readonly string[]).includes(v)) return { value: v as T, notices: [] };
      return { value: null, notices: v ? [messages.ignoredParam(name, displayValue(raw))] : [] };
    },
    serialize: identity,
    isDefault: (v) => v === fallback,
    normalize: identity,
  };
}

function nullableId(name: string): Codec<string | null> {
  return {
    parse(raw) {
      const v = raw.trim();
      if (isUrlId(v)) return { value: v, notices: [] };
      return { value: null, notices: v ? [messages.ignoredParam(name, displayValue(raw))] : [] };
    },
    serialize: (v) => v ?? "",
    isDefault: (v) => v === null,
    normalize: identity,
  };
}

function nullableDate(name: string): Codec<string | null> {
  return {
    parse(raw) {
      const v = raw.trim();
      if (isIsoDate(v)) return { value: v, notices: [] };
      return { value: null, notices: v ? [messages.ignoredParam(name, displayValue(raw))] : [] };
    },
    serialize: (v) => v ?? "",
    isDefault: (v) => v === null,
    normalize: identity,
  };
}

/** A comma-separated list: invalid items are dropped one by one, the rest sorted and de-duplicated. */
function list<T extends string>(name: string, accepts: (item: string) => boolean, order?: readonly T[]): Codec<T[]> {
  const rank = (v: string) => (order ? (order as readonly string[]).indexOf(v) : 0);
  const normalize = (items: T[]): T[] =>
    [...new Set(items)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    parse(raw) {
      const notices: string[] = [];
      const kept: T[] = [];
      for (const part of raw.split(",")) {
        const item = part.trim();
        if (!item) continue;
        if (accepts(item)) kept.push(item as T);
        else notices.push(messages.ignoredParam(name, displayValue(item)));
      }
      const items = normalize(kept);
      for (const dropped of items.slice(MAX_LIST_ITEMS)) notices.push(messages.ignoredParam(name, displayValue(dropped)));
      const capped = items.slice(0, MAX_LIST_ITEMS);
      return { value: capped.length > 0 ? capped : null, notices };
    },
    serialize: (items) => normalize(items).join(","),
    isDefault: (items) => items.length === 0,
    normalize,
  };
}

const isId = isUrlId;

const select: Codec<Selection> = {
  parse(raw) {
    const v = raw.trim();
    const colon = v.indexOf(":");
    const kind = v.slice(0, colon);
    const id = v.slice(colon + 1);
    if (colon > 0 && (SelectionKind as readonly string[]).includes(kind) && isId(id))
      return { value: { kind: kind as SelectionKind, id }, notices: [] };
    return { value: null, notices: v ? [messages.ignoredParam("select", displayValue(raw))] : [] };
  },
  serialize: (s) => (s ? `${s.kind}:${s.id}` : ""),
  isDefault: (s) => s === null,
  normalize: identity,
};

const q: Codec<string> = {
  parse(raw) {
    const clean = cleanSearch(raw);
    const chars = Array.from(clean);
    if (chars.length <= MAX_Q_LENGTH) return { value: clean || null, notices: [] };
    return { value: chars.slice(0, MAX_Q_LENGTH).join("").trim(), notices: [messages.paramTruncated("q", MAX_Q_LENGTH)] };
  },
  serialize: identity,
  isDefault: (v) => v === "",
  normalize: (v) => Array.from(cleanSearch(v)).slice(0, MAX_Q_LENGTH).join("").trim(),
};

/** Control characters and lone surrogates are dropped; runs of whitespace become one space. */
function cleanSearch(raw: string): string {
  return raw.replace(/[\p{Cc}\p{Cs}]/gu, " ").replace(/\s+/g, " ").trim();
}

export const codecs: Codecs = {
  view: oneOf("view", View, "split"),
  select,
  actors: list("actors", isId),
  kinds: list<ActorKind>("kinds", (v) => (ActorKind as readonly string[]).includes(v), ActorKind),
  certainty: list<Certainty>("certainty", (v) => (Certainty as readonly string[]).includes(v), Certainty),
  sources: list("sources", isId),
  q,
  from: nullableDate("from"),
  to: nullableDate("to"),
  lanes: oneOf("lanes", Lanes, null) as Codec<Lanes | null>,
  focus: nullableId("focus"),
};

/** A raw value as shown in a notice: control characters made visible, long values shortened. */
export function displayValue(raw: string): string {
  const visible = raw.replace(/[\p{Cc}\p{Cs}]/gu, "�");
  const chars = Array.from(visible);
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : visible;
}
