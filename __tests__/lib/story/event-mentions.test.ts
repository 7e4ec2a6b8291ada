import { headKind, mergeActors, mergeEvents } from "@/lib/story";
import { stem } from "@/lib/story/event-features";
import type { Analysis, Event } from "@/lib/model";
import { actor, analysis, event, on, reportGroups as groups, undated } from "./build";

// How one event is mentioned in different words (a verb alone, a verb of taking part, a noun and
// its verb), which meetings are side meetings, and which dates a story event shows; on made-up
// reports (a council in a made-up town, a truce, a trade forum), never on the fixtures' articles.
const merge = (analyses: Analysis[]) => mergeEvents(analyses, mergeActors(analyses).idOf);
/** Every event's evidence is the whole (one-sentence) text. */
const oneSentence = (text: string, events: Event[]) =>
  events.map((e) => ({ ...e, evidence: [{ start: 0, end: text.length }] }));

describe("a verb the pipeline drafted alone beside the verb with its object", () => {
  const text =
    "The mayor takes another step Monday when she makes her first appearance before the council.";
  const b = analysis("b", "2026-03-03", {
    events: [event("e1", "First appearance before the council", "legal", "fact", on("2026-03-02"))],
  });
  it("goes with that event ('Makes' with 'Makes her first appearance')", () => {
    const a = analysis("a", "2026-03-01", {
      text,
      events: oneSentence(text, [
        event("e1", "Makes her first appearance", "legal", "scheduled", on("2026-03-02")),
        event("e2", "Makes", "other", "scheduled", undated),
      ]),
    });
    expect(groups([a, b])).toEqual([["a:e1", "a:e2", "b:e1"]]);
  });
  it("stays apart when it names another kind ('Ceasefire' beside 'Ceasefire monitoring')", () => {
    const truce = "Observers will carry out ceasefire monitoring along the river.";
    const a = analysis("a", "2026-03-01", {
      text: truce,
      events: oneSentence(truce, [
        event("e1", "Ceasefire monitoring", "monitoring", "scheduled", undated),
        event("e2", "Ceasefire", "ceasefire", "fact", undated),
      ]),
    });
    expect(groups([a])).toHaveLength(2);
  });
});

describe("a side meeting", () => {
  const parties = [actor("Peru", "state"), actor("Chile", "state")];
  const day = on("2026-03-02");
  it("never joins the gathering it is held beside ('Bilateral talks' at a summit of one day)", () => {
    const found = groups([
      analysis("a", "2026-03-03", {
        actors: parties,
        events: [event("e1", "Summit in Lima", "summit", "fact", day, ["peru", "chile"])],
      }),
      analysis("b", "2026-03-03", {
        actors: parties,
        events: [
          event("e1", "Bilateral talks with Chile", "talks", "fact", day, ["peru", "chile"]),
        ],
      }),
    ]);
    expect(found).toHaveLength(2);
  });
  it("a meeting 'with' someone is one too, apart from the gathering ('Meet with the envoy' at a meeting in Lima)", () => {
    const found = groups([
      analysis("a", "2026-03-03", {
        actors: parties,
        events: [event("e1", "Meeting in Lima", "meeting", "fact", day, ["peru", "chile"])],
      }),
      analysis("b", "2026-03-03", {
        actors: parties,
        events: [event("e1", "Meet with the Chilean envoy in Lima", "meeting", "fact", day, ["peru", "chile"])],
      }),
    ]);
    expect(found).toHaveLength(2);
  });
  it("joins another report of a side meeting ('Bilateral meeting' and 'bilateral talks')", () => {
    const found = groups([
      analysis("a", "2026-03-03", {
        actors: parties,
        events: [
          event("e1", "Bilateral meeting with Peru", "meeting", "fact", day, ["peru", "chile"]),
        ],
      }),
      analysis("b", "2026-03-03", {
        actors: parties,
        events: [
          event("e1", "Bilateral talks with Chile", "talks", "fact", day, ["peru", "chile"]),
        ],
      }),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("headKind(label) after a verb of taking part", () => {
  it("is the kind of what follows it", () => {
    expect(headKind("Assist in monitoring a truce by flying drones")).toBe("monitoring");
    expect(headKind("Take part in the summit")).toBe("summit");
    expect(headKind("Provide intelligence")).toBeNull();
  });
  it("lets 'assist in monitoring the truce' (aid, as the pipeline has it) join 'truce monitoring'", () => {
    const found = groups([
      analysis("a", "2026-03-01", {
        events: [event("e1", "Assist in monitoring the truce", "aid", "probable", undated)],
      }),
      analysis("b", "2026-03-05", {
        events: [event("e1", "Truce monitoring", "monitoring", "fact", undated)],
      }),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("stem(word): the noun and the verb of one event", () => {
  it("gives deployment, deploying and deployed one stem, and keeps the event noun 'meeting'", () => {
    expect(new Set(["deployment", "deploying", "deployed"].map(stem))).toEqual(new Set(["deploy"]));
    expect(stem("planned")).toBe(stem("plan"));
    expect(stem("settling")).toBe(stem("settle"));
    expect(stem("meeting")).toBe("meeting");
    expect(stem("spring")).toBe("spring");
  });
  it("lets 'Deployment of peacekeepers' join 'Peacekeepers deployed to the border'", () => {
    const found = groups([
      analysis("a", "2026-03-01", {
        events: [event("e1", "Deployment of peacekeepers", "deployment", "probable", undated)],
      }),
      analysis("b", "2026-03-05", {
        events: [event("e1", "Peacekeepers deployed to the border", "deployment", "fact", undated)],
      }),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("the dates a story event shows", () => {
  it("leave out a date its report cannot mean, which the report keeps", () => {
    // a: a forum still to come, dated (by something else in its sentence) before a was published
    const [forum] = merge([
      analysis("a", "2026-03-01", {
        events: [
          event("e1", "Forum in Geneva", "summit", "scheduled", on("2025-05-01", "2025-05-31")),
        ],
      }),
      analysis("b", "2026-03-05", {
        events: [event("e1", "Forum in Geneva", "summit", "fact", on("2026-03-04"))],
      }),
    ]);
    expect(forum!.reports.map((r) => r.time.start)).toEqual(["2025-05-01", "2026-03-04"]);
    expect(forum!.dates).toEqual([{ start: "2026-03-04", end: "2026-03-04", articles: ["b"] }]);
    expect(forum!.dateConflict).toBe(false);
  });
});

describe("headKind(label) after a verb of judging", () => {
  it("is none: 'Condemned the burglary on Facebook' is the mayor's statement, not the burglary", () => {
    expect(headKind("Condemned the burglary on Facebook")).toBeNull();
    expect(headKind("Denounces the looting")).toBeNull();
    expect(headKind("Burglary at the bakery")).toBe("legal");
  });
  it("keeps the statement apart from the burglary it condemns", () => {
    const found = groups([
      analysis("a", "2026-03-01", {
        events: [event("e1", "Condemned the burglary on Facebook", "statement", "fact", undated)],
      }),
      analysis("b", "2026-03-02", {
        events: [event("e1", "Burglary", "legal", "fact", undated)],
      }),
    ]);
    expect(found).toHaveLength(2);
  });
});

describe("one theft by all its names", () => {
  it("'news of the theft' joins the burglary its story reports, not an older theft of the same word", () => {
    const owner = [actor("Ana Ribeiro", "person")];
    const found = groups([
      analysis("a", "2026-03-01", {
        actors: owner,
        events: [
          event("e1", "Burglary at the bakery", "legal", "fact", on("2026-02-28"), ["ana-ribeiro"]),
          event("e2", "Theft", "legal", "fact", on("2001-01-01", "2001-12-31")),
        ],
      }),
      analysis("b", "2026-03-03", {
        actors: owner,
        events: [event("e1", "Theft", "legal", "fact", undated, ["ana-ribeiro"])],
      }),
    ]);
    expect(found).toContainEqual(["a:e1", "b:e1"]);
    expect(found).toContainEqual(["a:e2"]);
  });
});
