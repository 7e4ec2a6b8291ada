import { normalizeName } from "../text";
import type { ActorKind } from "../model";

export const PERSON_KINDS: ReadonlySet<ActorKind> = new Set(["leader", "person", "official"]);
export const isPerson = (kind: ActorKind) => PERSON_KINDS.has(kind);

const HONORIFICS = new Set(["sir", "dame", "mr", "mrs", "ms", "dr", "lord", "lady"]);

// Transliterations of one first name: the same person is "Vladimir" in Russian-language copy and
// "Volodymyr" in Ukrainian-language copy. A difference outside these is evidence of two people.
const FIRST_NAME_VARIANTS: readonly (readonly string[])[] = [
  ["volodymyr", "vladimir", "wolodymyr"],
  ["oleksandr", "alexander", "aleksandr", "alexandr"],
  ["andriy", "andrii", "andrei", "andrey"],
  ["dmytro", "dmitry", "dmitri", "dmitriy"],
  ["sergiy", "serhiy", "sergei", "sergey"],
  ["mykola", "nikolai", "nikolay"],
  ["yuriy", "yuri", "yury"],
];
const FIRST_NAME_KEY = new Map(
  FIRST_NAME_VARIANTS.flatMap((group) => group.map((n) => [n, group[0]!] as const)),
);

/**
 * The comparable form of a surname: diacritics, case and the usual spellings of a Slavic -skyi
 * ending ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi") do not count.
 */
export function surnameKey(word: string): string {
  return normalizeName(word)
    .replace(/-/g, "")
    .replace(/(?:yy|iy|yi|ii|ij)$/, "y");
}

export type PersonName = {
  /** comparable first name, null for a bare surname ("Macron") */
  first: string | null;
  /** comparable surname words: every word after the first one, so "Nicolas Maduro Moros" has two */
  surnames: string[];
};

const PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "du",
  "da",
  "del",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
]);

/** A personal name is capitalised words and particles: "European official" or "Unnamed source" is not one. */
const looksLikeName = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase().replace(/-$/, "")));

/**
 * Splits a person's name into first name and surnames; honorifics and middle initials are
 * dropped. Null when the name is no personal name ("European official").
 */
export function parsePersonName(name: string): PersonName | null {
  if (!looksLikeName(name)) return null;
  const words = normalizeName(name)
    .split(" ")
    .filter((w) => w && !HONORIFICS.has(w) && !/^[a-z]$/.test(w));
  if (words.length === 0) return null;
  if (words.length === 1) return { first: null, surnames: [surnameKey(words[0]!)] };
  const first = words[0]!;
  return { first: FIRST_NAME_KEY.get(first) ?? first, surnames: words.slice(1).map(surnameKey) };
}

/** Two first names are compatible when either is missing, they are equal, or they are transliterations of one name. */
export function firstNamesCompatible(a: PersonName, b: PersonName): boolean {
  if (a.first === null || b.first === null) return true;
  return a.first === b.first;
}

/** Two full names can be one person: a shared surname and compatible first names. */
export function sameFullName(a: PersonName, b: PersonName): boolean {
  return (
    a.first !== null &&
    b.first !== null &&
    firstNamesCompatible(a, b) &&
    a.surnames.some((s) => b.surnames.includes(s))
  );
}
