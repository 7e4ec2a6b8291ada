import type { ActorKind } from "../../model";
import type { ActorDraft, ActorMention } from "../types";

export const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80) || "actor";

/** Collects actors and their mentions while the actor stage scans the text; first mention order is kept. */
export class ActorRegistry {
  readonly actors = new Map<string, ActorDraft>();
  readonly mentions: ActorMention[] = [];
  private readonly taken: Uint8Array;

  constructor(textLength: number) {
    this.taken = new Uint8Array(textLength);
  }

  ensure(id: string, name: string, kind: ActorKind): ActorDraft {
    let a = this.actors.get(id);
    if (!a) {
      a = { id, name, kind, aliases: [] };
      this.actors.set(id, a);
    }
    return a;
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  /** Records a mention unless it overlaps one already taken (earlier, more specific passes win). */
  mention(
    actorId: string,
    start: number,
    end: number,
    sentence: number,
    via: ActorMention["via"],
    surface: string,
  ): boolean {
    if (end <= start || !this.isFree(start, end)) return false;
    this.taken.fill(1, start, end);
    this.mentions.push({ actor: actorId, start, end, sentence, via });
    const a = this.actors.get(actorId);
    if (a && surface !== a.name && !a.aliases.includes(surface) && via !== "coref")
      a.aliases.push(surface);
    return true;
  }

  /** Marks a span as read (e.g. a capital used as a place) so later passes do not take it for a name. */
  block(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }

  /** A mention that may share its span with another (e.g. "the two sides" names two actors). */
  sharedMention(actorId: string, start: number, end: number, sentence: number): void {
    this.taken.fill(1, start, end);
    this.mentions.push({ actor: actorId, start, end, sentence, via: "coref" });
  }
}
