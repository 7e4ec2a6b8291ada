import { actWords } from "@/lib/story/acts";
import { event, on, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// How news names one violent incident from day to day: "opened fire" on the day, "the shooting",
// "the attack", "the massacre" after. On made-up articles (a market in a made-up town, a depot, a
// ferry terminal), never on the fixtures' texts.

describe("actWords(words, kind, sentence): the words of a violent act", () => {
  it("makes 'fire' of 'opened fire' a shooting, and every means of attack an attack too", () => {
    expect(actWords(["fire", "crowd"], "attack", "A man opened fire on the crowd.")).toEqual([
      "shoot",
      "crowd",
      "attack",
    ]);
    expect(new Set(actWords(["gunfire"], "attack", "Gunfire rang out."))).toEqual(
      new Set(["shoot", "attack"]),
    );
    expect(actWords(["massacre", "market"], "attack", "the massacre at the market")).toEqual([
      "attack",
      "market",
    ]);
  });
  it("leaves the fire of a blaze, and words of another kind, as they are", () => {
    expect(actWords(["fire", "car"], "attack", "The thieves set fire to their car.")).toEqual([
      "fire",
      "car",
    ]);
    expect(actWords(["shooting", "film"], "other", "The shooting of the film ended.")).toEqual([
      "shooting",
      "film",
    ]);
  });
});

describe("one violent incident, named differently from day to day", () => {
  it("is one story event: 'Fire on shoppers' on the day, 'Attack' and 'Massacre at the market' after", () => {
    const found = groups([
      article(
        "a",
        "2026-05-09",
        "Two men opened fire on shoppers at the Riverside market on Saturday.",
        [
          event(
            "e1",
            "Fire on shoppers at the Riverside market",
            "attack",
            "fact",
            on("2026-05-09"),
          ),
        ],
      ),
      article("b", "2026-05-10", "Hundreds of mourners gathered a day after the attack.", [
        event("e1", "Attack", "attack", "fact", undated),
      ]),
      article("c", "2026-05-11", "Police named a suspect in the massacre at the market.", [
        event("e1", "Massacre at the market", "attack", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1", "c:e1"]]);
  });
  it("joins 'the stabbing' to 'the attack' of the next day's article", () => {
    const found = groups([
      article("a", "2026-02-02", "A woman was hurt in a stabbing at the Kestrel ferry terminal.", [
        event("e1", "Stabbing at the Kestrel ferry terminal", "attack", "fact", on("2026-02-02")),
      ]),
      article("b", "2026-02-03", "The attack shocked commuters.", [
        event("e1", "Attack", "attack", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("keeps a fire set at a depot apart from a shooting there ('set fire' is no gunfire)", () => {
    const found = groups([
      article("a", "2026-01-05", "Vandals set fire to a bus at the Marlow depot.", [
        event("e1", "Fire to a bus at the Marlow depot", "attack", "fact", on("2026-01-04")),
      ]),
      article("b", "2026-02-20", "Nobody was hurt in the shooting.", [
        event("e1", "Shooting", "attack", "fact", undated),
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
});

describe("a verb of happening, or a particle, in a label", () => {
  it("names no event of its own: 'Shooting occurred' and 'Shooting off and on' are the shooting", () => {
    const found = groups([
      article(
        "a",
        "2026-07-04",
        "A gunman opened fire outside the Halvorsen stadium on Saturday.",
        [event("e1", "Fire outside the Halvorsen stadium", "attack", "fact", on("2026-07-04"))],
      ),
      // each dated, as a sentence of the next day may date what it mentions, to that day
      article("b", "2026-07-05", "The shooting occurred as fans were leaving the match.", [
        event("e1", "Shooting occurred", "attack", "fact", on("2026-07-05")),
      ]),
      article("c", "2026-07-05", "On Sunday a steward said she heard shooting off and on.", [
        event("e1", "Shooting off", "attack", "fact", on("2026-07-05")),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1", "c:e1"]]);
  });
  it("and a flood that 'happened' is the flood of the day before", () => {
    const found = groups([
      article("a", "2026-09-10", "Flooding hit the lower town of Estrela on Wednesday.", [
        event("e1", "Flooding in Estrela", "other", "fact", on("2026-09-09")),
      ]),
      article("b", "2026-09-11", "The flooding happened after a week of rain.", [
        event("e1", "Flooding happened", "other", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("'a terror attack' and 'a terrorist attack'", () => {
  it("are one attack (the vigils of the sentence aside)", () => {
    const found = groups([
      article(
        "a",
        "2026-04-12",
        // (not "police called the bombing a terrorist attack": that reports a declaration, declared-acts.test.ts)
        "Four commuters died in a terrorist attack at Oakridge station.",
        [event("e1", "Terrorist attack at Oakridge station", "attack", "fact", undated)],
      ),
      article(
        "b",
        "2026-04-13",
        "Vigils in Dunmore and Castlebar mourned those killed in the terror attack in Oakridge.",
        [event("e1", "Killed in the terror attack in Oakridge", "attack", "fact", undated)],
      ),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});
