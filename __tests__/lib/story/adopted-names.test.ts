import { mergeActors } from "@/lib/story";
import type { Actor, ActorKind } from "@/lib/model";
import { analysis } from "./build";

// "He chose the papal name Clement XV", "Her regnal name is Queen Ysolde II": a person who takes a
// new name is one actor under both, the bearer being the last person named before the sentence's
// opening pronoun. On made-up articles (a made-up cardinal, a made-up queen), never on the fixtures.

/** An actor of `text`, its mentions every place its name (or an alias) stands. */
function named(text: string, name: string, kind: ActorKind, aliases: string[] = []): Actor {
  const mentions = [name, ...aliases].flatMap((n) =>
    [...text.matchAll(new RegExp(n, "g"))].map((m) => ({
      start: m.index,
      end: m.index + n.length,
    })),
  );
  return { id: name.toLowerCase().replace(/\W+/g, "-"), name, kind, aliases, mentions };
}

const article = (id: string, text: string, actors: [string, ActorKind][]) =>
  analysis(id, "2026-04-02", { text, actors: actors.map(([n, k]) => named(text, n, k)) });

/** The story actors, each as the sorted `article:actor` ids of its mentions. */
const merged = (analyses: ReturnType<typeof article>[]) =>
  mergeActors(analyses)
    .actors.map((a) => a.mentions.map((m) => `${m.article}:${m.actor}`).sort())
    .sort((x, y) => x[0]!.localeCompare(y[0]!));

describe("a person who takes a new name", () => {
  it("is one actor under both ('Anton Reyes was elected. He chose the papal name Clement XV.')", () => {
    const found = merged([
      article(
        "a",
        "Cardinal Anton Reyes was elected on Sunday. He chose the papal name Clement XV.",
        [
          ["Anton Reyes", "person"],
          ["Clement XV", "leader"],
        ],
      ),
      article("b", "Pope Clement XV celebrated his first Mass on Monday.", [
        ["Clement XV", "leader"],
      ]),
    ]);
    expect(found).toEqual([["a:anton-reyes", "a:clement-xv", "b:clement-xv"]]);
  });
  it("as with 'Her regnal name is Queen Ysolde II'", () => {
    const found = merged([
      article(
        "a",
        "Princess Mara Velden was crowned in the capital. Her regnal name is Queen Ysolde II.",
        [
          ["Mara Velden", "person"],
          ["Ysolde II", "leader"],
        ],
      ),
    ]);
    expect(found).toEqual([["a:mara-velden", "a:ysolde-ii"]]);
  });
  it("while a pronoun's sentence that gives no new name joins no one ('He met Clement XV')", () => {
    const found = merged([
      article(
        "a",
        "Cardinal Anton Reyes arrived on Sunday. He met Pope Clement XV in the chapel.",
        [
          ["Anton Reyes", "person"],
          ["Clement XV", "leader"],
        ],
      ),
    ]);
    expect(found).toHaveLength(2);
  });
  it("nor a name of someone else's ('His lawyer's name is Ivo Stamm')", () => {
    const found = merged([
      article("a", "Cardinal Anton Reyes was questioned. His lawyer's name is Ivo Stamm.", [
        ["Anton Reyes", "person"],
        ["Ivo Stamm", "person"],
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
  it("nor does a new name with no person named before it", () => {
    const found = merged([
      article(
        "a",
        "The bells rang out. He chose the papal name Clement XV. Cardinal Anton Reyes wept.",
        [
          ["Anton Reyes", "person"],
          ["Clement XV", "leader"],
        ],
      ),
    ]);
    expect(found).toHaveLength(2);
  });
});
