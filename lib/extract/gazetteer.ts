import type { ActorKind } from "../model";
import countries from "./data/countries.json";
import curated from "./data/entities.json";
import { tokenize } from "./tokens";

/** How a surface form refers to its entry; metonyms and demonyms are actors only in some contexts. */
export type FormRole = "name" | "demonym" | "metonym";
export type GazetteerEntry = { id: string; name: string; kind: ActorKind };
export type Form = { tokens: string[]; entry: GazetteerEntry; role: FormRole };

type Curated = {
  id: string;
  name?: string;
  kind?: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
};

/**
 * The general gazetteer: every country (names, demonyms, capitals as metonyms) and the curated
 * blocs, alliances, organisations and media. Indexed by first token for a linear scan.
 */
export class Gazetteer {
  readonly entries = new Map<string, GazetteerEntry>();
  private readonly byFirst = new Map<string, Form[]>();

  add(entry: GazetteerEntry, surface: string, role: FormRole): void {
    const bare = surface.replace(/^the\s+/i, "").trim();
    if (!bare) return;
    this.entries.set(entry.id, entry);
    const upper = bare[0]!.toUpperCase() + bare.slice(1);
    // "People’s Republic of China": a name's apostrophe may be written typographically.
    const variants = new Set([bare, upper, bare.replace(/'/g, "’"), upper.replace(/'/g, "’")]);
    for (const v of variants) {
      const tokens = tokenize(v).map((t) => t.text);
      const first = tokens[0]!;
      const list = this.byFirst.get(first) ?? [];
      if (
        list.some(
          (f) =>
            f.entry.id === entry.id && f.role === role && f.tokens.join(" ") === tokens.join(" "),
        )
      )
        continue;
      list.push({ tokens, entry, role });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirst.set(first, list);
    }
  }

  /** Whether some known name opens with this word ("ABC" opens "ABC News"). */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Longest form starting at token i, if any. */
  match(words: readonly string[], i: number): Form | undefined {
    const list = this.byFirst.get(words[i]!);
    if (!list) return undefined;
    return list.find((f) => f.tokens.every((t, k) => words[i + k] === t));
  }
}

function build(): Gazetteer {
  const g = new Gazetteer();
  const extra = new Map((curated.countries as Curated[]).map((c) => [c.id, c]));
  for (const c of countries) {
    const entry: GazetteerEntry = { id: c.id, name: c.name, kind: "state" };
    const more = extra.get(c.id);
    for (const n of [c.name, ...c.aliases, ...(more?.aliases ?? [])]) g.add(entry, n, "name");
    for (const d of [...c.demonyms, ...(more?.demonyms ?? [])]) g.add(entry, d, "demonym");
    for (const m of [...c.capitals, ...(more?.metonyms ?? [])]) g.add(entry, m, "metonym");
  }
  for (const e of curated.entities as Curated[]) {
    const entry: GazetteerEntry = { id: e.id, name: e.name!, kind: e.kind as ActorKind };
    for (const n of [e.name!, ...(e.aliases ?? [])]) g.add(entry, n, "name");
    for (const d of e.demonyms ?? []) g.add(entry, d, "demonym");
    for (const m of e.metonyms ?? []) g.add(entry, m, "metonym");
  }
  return g;
}

export const gazetteer: Gazetteer = build();
