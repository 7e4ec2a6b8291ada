import { formatReport, scoreAnalysis, totalScore, type Score } from "@/tools/eval";
import type { Analysis } from "@/lib/model";
import { at, GOLD, perfectAnalysis } from "./fixture";

const perfect = (s: Score) => {
  for (const c of Object.values(s.categories))
    expect(c).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  for (const a of Object.values(s.attributes)) if (a.total > 0) expect(a.accuracy).toBe(1);
};
const edit = (f: (a: Analysis) => void): Analysis => {
  const a = perfectAnalysis();
  f(a);
  return a;
};
const items = (s: Score, type: string) =>
  s.findings
    .filter((f) => f.type === type)
    .map((f) => ("category" in f ? `${f.category}: ${f.item}` : `${f.attribute}: ${f.item}`));

describe("scoreAnalysis(analysis, gold)", () => {
  it("gives perfect rates to an analysis that agrees with the gold", () => {
    const s = scoreAnalysis(perfectAnalysis(), GOLD);
    perfect(s);
    expect(s.categories.actors.tp).toBe(4);
    expect(s.categories.events.tp).toBe(3);
    expect(s.categories.relations.tp).toBe(2);
    expect(s.categories.claims.tp).toBe(3);
    expect(s.attributes.eventDate).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(s.findings).toEqual([]);
  });

  it("counts a missing actor as a miss and an unknown one as a false positive", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.actors = a.actors.filter((x) => x.id !== "fr");
        a.relations = a.relations.filter((r) => r.id !== "r1");
        a.actors.push({
          id: "x",
          name: "Critics",
          kind: "group",
          aliases: [],
          mentions: [at("Critics")],
        });
      }),
      GOLD,
    );
    expect(s.categories.actors).toMatchObject({
      tp: 3,
      fp: 1,
      fn: 1,
      precision: 0.75,
      recall: 0.75,
    });
    expect(items(s, "miss")).toEqual(
      expect.arrayContaining(["actors: France", expect.stringMatching(/^relations: US/)]),
    );
    expect(items(s, "false-positive")).toEqual(["actors: Critics (group)"]);
  });

  it("matches actors by alias or mention text with punctuation and articles normalised", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.actors[0] = { ...a.actors[0]!, name: "U.S.", aliases: [] };
        a.actors[1] = { ...a.actors[1]!, name: "French government", aliases: [] };
      }),
      GOLD,
    );
    expect(s.categories.actors).toMatchObject({ tp: 4, fp: 0, fn: 0 });
  });

  it("reports a split entity as a duplicate false positive but still resolves its relations", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.actors[0] = { ...a.actors[0]!, aliases: [], mentions: [at("United States")] };
        a.actors.push({
          id: "wa",
          name: "Washington",
          kind: "state",
          aliases: [],
          mentions: [at("Washington")],
        });
        a.relations[1]!.source = "wa";
      }),
      GOLD,
    );
    expect(s.categories.actors).toMatchObject({ tp: 4, fp: 1, fn: 0 });
    expect(s.findings).toContainEqual({
      type: "false-positive",
      category: "actors",
      item: "Washington",
      duplicateOf: "US",
    });
    expect(s.categories.relations).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it("does not let a stray mention of one actor take the gold actor another name fits better", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.actors = a.actors.filter((x) => x.id !== "ua");
        a.actors.find((x) => x.id === "fr")!.mentions.push(at("Ukraine"));
      }),
      {
        ...GOLD,
        actors: [{ name: "Ukraine" }, ...GOLD.actors.filter((x) => x.name !== "Ukraine")],
      },
    );
    expect(items(s, "miss")).toContain("actors: Ukraine");
    expect(items(s, "miss")).not.toContain("actors: France");
  });

  it("ignores optional gold items and the outlet, found or not", () => {
    const s = scoreAnalysis(
      edit((a) =>
        a.actors.push({
          id: "p",
          name: "Paris",
          kind: "state",
          aliases: [],
          mentions: [at("Paris")],
        }),
      ),
      GOLD,
    );
    perfect(s);
    expect(
      scoreAnalysis(
        edit((a) => (a.actors = a.actors.filter((x) => x.id !== "outlet"))),
        GOLD,
      ).categories.actors.fp,
    ).toBe(0);
  });

  it("requires an event's evidence to hold the gold sentence and its label or kind to fit", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.events[0]!.label = "visit";
        a.events[0]!.kind = "visit";
      }),
      GOLD,
    );
    expect(s.categories.events).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(items(s, "miss")).toEqual(['events: talks — "held talks in Paris"']);
    expect(
      scoreAnalysis(
        edit((a) => (a.events[0]!.evidence = [at("The United States")])),
        GOLD,
      ).categories.events.fn,
    ).toBe(1);
  });

  it("counts a second event for the same gold event as a false positive", () => {
    const s = scoreAnalysis(
      edit((a) => a.events.push({ ...a.events[0]!, id: "e4" })),
      GOLD,
    );
    expect(s.categories.events).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(s.findings.find((f) => f.type === "false-positive")).toMatchObject({
      duplicateOf: 'talks — "held talks in Paris"',
    });
  });

  it("scores dates, certainty and anchors of matched events", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.events[0]!.time = { type: "date", start: "2026-03-09" };
        a.events[1]!.certainty = "fact";
        a.events[2]!.time = { type: "unknown" };
      }),
      GOLD,
    );
    expect(s.categories.events).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.attributes.eventDate).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(s.attributes.eventCertainty).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.attributes.eventAnchor).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(items(s, "attribute")).toHaveLength(3);
  });

  it("checks year inference when the gold says so", () => {
    const gold = {
      ...GOLD,
      events: [{ ...GOLD.events[0]!, yearInferred: true }, ...GOLD.events.slice(1)],
    };
    expect(scoreAnalysis(perfectAnalysis(), gold).attributes.eventYearInferred.accuracy).toBe(0);
    const inferred = edit((a) => (a.events[0]!.time.yearInferred = true));
    expect(scoreAnalysis(inferred, gold).attributes.eventYearInferred.accuracy).toBe(1);
  });

  it("accepts an undirected relation either way round and rejects a reversed directed one", () => {
    const reversed = edit((a) => {
      a.relations[0] = { ...a.relations[0]!, source: "us", target: "fr" };
      a.relations[1] = { ...a.relations[1]!, source: "ua", target: "us" };
    });
    const s = scoreAnalysis(reversed, GOLD);
    expect(s.categories.relations).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(
      scoreAnalysis(
        edit((a) => (a.relations[1]!.kind = "attacks")),
        GOLD,
      ).categories.relations.fn,
    ).toBe(1);
  });

  it("accepts a symmetric relation kind either way round", () => {
    const gold = {
      ...GOLD,
      relations: [
        { source: "France", target: "US", kinds: ["meets" as const] },
        GOLD.relations[1]!,
      ],
    };
    const s = scoreAnalysis(
      edit((a) => (a.relations[0]!.kind = "meets")),
      gold,
    );
    expect(s.categories.relations).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it("gives an event to the gold event its label names before one that only shares its kind", () => {
    const gold = {
      ...GOLD,
      events: [
        { sentence: "held talks", keywords: ["visit"], kinds: ["talks" as const] },
        ...GOLD.events,
      ],
    };
    const s = scoreAnalysis(perfectAnalysis(), gold);
    expect(s.categories.events).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(items(s, "miss")).toEqual(['events: visit — "held talks"']);
  });

  it("compares claim source chains without the outlet and checks the evaluative flag", () => {
    const s = scoreAnalysis(
      edit((a) => {
        a.claims[1]!.sources = ["outlet"];
        a.claims[2]!.evaluative = false;
      }),
      GOLD,
    );
    expect(s.categories.claims).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.attributes.claimSources).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.attributes.claimEvaluative).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.findings).toContainEqual({
      type: "attribute",
      attribute: "claimSources",
      item: '"will send aid"',
      expected: "Reuters",
      got: "(outlet only)",
    });
  });

  it("accepts an alternative source chain", () => {
    const gold = {
      ...GOLD,
      claims: [
        GOLD.claims[0]!,
        { ...GOLD.claims[1]!, sources: ["France"], altSources: [["Reuters"]] },
        GOLD.claims[2]!,
      ],
    };
    expect(scoreAnalysis(perfectAnalysis(), gold).attributes.claimSources.accuracy).toBe(1);
  });

  it("counts claims with no gold sentence as false positives and unmatched gold claims as misses", () => {
    const s = scoreAnalysis(
      edit((a) => (a.claims[0]!.evidence = at("Critics called"))),
      GOLD,
    );
    expect(s.categories.claims).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it("scores an empty analysis as all misses", () => {
    const s = scoreAnalysis(
      edit((a) => Object.assign(a, { actors: [], events: [], relations: [], claims: [] })),
      GOLD,
    );
    expect(s.categories.actors).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 4,
      precision: 1,
      recall: 0,
      f1: 0,
    });
    expect(s.categories.claims.fn).toBe(3);
  });
});

describe("totalScore(scores)", () => {
  it("sums counts before taking rates", () => {
    const a = scoreAnalysis(perfectAnalysis(), GOLD);
    const b = scoreAnalysis(
      edit((x) => (x.claims = [])),
      GOLD,
    );
    const t = totalScore([a, b]);
    expect(t.categories.claims).toMatchObject({ tp: 3, fp: 0, fn: 3, recall: 0.5 });
    expect(t.attributes.claimSources).toMatchObject({ correct: 3, total: 3 });
  });
});

describe("formatReport(scores, total)", () => {
  it("prints a table row per category and every finding", () => {
    const s = scoreAnalysis(
      edit((a) => (a.events[0]!.kind = "visit")),
      GOLD,
    );
    const out = formatReport([s], totalScore([s]));
    expect(out).toMatch(/hand\s+actors\s+4\s+0\s+0\s+100%/);
    expect(out).toMatch(/total\s+actors/);
    expect(out).toContain("attributes actorKind 3/3");
  });
});
