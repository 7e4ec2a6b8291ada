import type { GoldActor } from "./gold";
import { normalizeName } from "../../lib/text";

/**
 * A name compared across transliterations: besides what `normalizeName` folds, y/i and j/i are one
 * letter and doubled letters count once, so "Zelenskyy", "Zelenskiy" and "Zelensky", or "Aliyev"
 * and "Aliev", compare equal.
 */
export function looseName(name: string): string {
  return normalizeName(name)
    .replace(/[yj]/g, "i")
    .replace(/([a-z])\1+/g, "$1");
}

const PERSON_KINDS = new Set(["person", "leader", "official"]);

/**
 * Gold actors with each person's surname added as an alias: a careful reader accepts "Lavrov" for
 * Sergey Lavrov, so a pipeline that only ever names him "Lavrov" has found him.
 */
export function withSurnames(actors: readonly GoldActor[]): GoldActor[] {
  return actors.map((a) => {
    if (!a.kind || !PERSON_KINDS.has(a.kind)) return a;
    const words = a.name.trim().split(/\s+/);
    const surname = words[words.length - 1]!;
    if (words.length < 2 || (a.aliases ?? []).includes(surname)) return a;
    return { ...a, aliases: [...(a.aliases ?? []), surname] };
  });
}
