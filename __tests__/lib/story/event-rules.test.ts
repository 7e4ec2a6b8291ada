import { mergeActors, mergeEvents } from "@/lib/story";
import {
  headNouns,
  isFormalText,
  legalStage,
  reportedInterval,
  stem,
} from "@/lib/story/event-features";
import type { Analysis, Event } from "@/lib/model";
import { actor, analysis, event, on, reportGroups as groups, undated } from "./build";

// Each rule of the event merge on reports made up for it (a trade forum in Geneva, a made-up court
// case), never on the fixtures' articles.
const merge = (analyses: Analysis[]) => mergeEvents(analyses, mergeActors(analyses).idOf);

/** An event whose evidence is the sentence of `text` that holds `quote`. */
function inSentence(e: Event, text: string, quote: string): Event {
  const at = text.indexOf(quote);
  const start = text.lastIndexOf(".", at) + 1;
  const end = text.indexOf(".", at) + 1;
  return { ...e, evidence: [{ start: start === 0 ? 0 : start + 1, end }] };
}

describe("the second look at reports left alone", () => {
  it("puts a report its article gave before the fuller reports with the event they make", () => {
    // a's "Settlement with Chile" meets only a's own "Trade agreement" when it is taken, and the
    // same-article penalty keeps it out; the reports of b and c then name it in full.
    const found = groups([
      analysis("a", "2026-03-01", {
        events: [
          event("e1", "Trade agreement", "agreement", "conditional", undated),
          event("e2", "Settlement with Chile", "agreement", "conditional", undated),
        ],
      }),
      analysis("b", "2026-03-02", {
        events: [event("e1", "Trade deal with Chile", "agreement", "conditional", undated)],
      }),
      analysis("c", "2026-03-03", {
        events: [event("e1", "Trade deal with Chile", "agreement", "conditional", undated)],
      }),
    ]);
    expect(found.find((g) => g.includes("a:e2"))).toEqual(
      expect.arrayContaining(["a:e2", "b:e1", "c:e1"]),
    );
  });

  it("leaves a report alone when the second look finds only a weak match", () => {
    const found = groups([
      analysis("a", "2026-03-01", {
        events: [event("e1", "Tariff review", "talks", "probable", undated)],
      }),
      analysis("b", "2026-03-02", {
        events: [event("e1", "Meeting on fisheries", "meeting", "fact", undated)],
      }),
    ]);
    expect(found).toHaveLength(2);
  });
});

describe("a label told by the sentences of other articles", () => {
  const b = analysis("b", "2026-03-03", {
    events: [event("e1", "Meeting of the Trade Forum", "meeting", "probable", undated)],
  });
  it("joins 'the meeting of the Trade Forum' to a 'meeting' whose sentence names the forum", () => {
    const text = "Ministers of the Trade Forum hold a meeting on Monday.";
    const a = analysis("a", "2026-03-01", {
      text,
      events: [
        inSentence(
          event("e1", "Meeting of ministers", "meeting", "scheduled", on("2026-03-02")),
          text,
          "meeting",
        ),
      ],
    });
    expect(groups([a, b])).toEqual([["a:e1", "b:e1"]]);
  });
  it("keeps them apart when no other article's sentence says so", () => {
    const text = "Ministers hold a meeting on Monday.";
    const a = analysis("a", "2026-03-01", {
      text,
      events: [
        inSentence(
          event("e1", "Meeting of ministers", "meeting", "scheduled", on("2026-03-02")),
          text,
          "meeting",
        ),
      ],
    });
    expect(groups([a, b])).toHaveLength(2);
  });
});

describe("a date an event still to come cannot have", () => {
  const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  it("is no date for the merge when the event is to come but dated before publication", () => {
    const e = event("e1", "Forum in Geneva", "summit", "scheduled", on("2025-05-01", "2025-05-31"));
    expect(reportedInterval(e, day("2026-03-01"))).toBeNull();
    const done = { ...e, certainty: "fact" as const };
    expect(reportedInterval(done, day("2026-03-01"))).toEqual({
      start: day("2025-05-01"),
      end: day("2025-05-31"),
    });
  });
  it("lets the report join the event, keeping its own date in the story", () => {
    const events = merge([
      analysis("a", "2026-03-01", {
        events: [
          event("e1", "Forum in Geneva", "summit", "scheduled", on("2025-05-01", "2025-05-31")),
        ],
      }),
      analysis("b", "2026-03-05", {
        events: [event("e1", "Forum in Geneva", "summit", "fact", on("2026-03-04"))],
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.reports.map((r) => r.time.start)).toEqual(["2025-05-01", "2026-03-04"]);
  });
  it("still vetoes when a done event is dated far from the other", () => {
    const events = merge([
      analysis("a", "2026-03-01", {
        events: [event("e1", "Forum in Geneva", "summit", "fact", on("2025-05-01", "2025-05-31"))],
      }),
      analysis("b", "2026-03-05", {
        events: [event("e1", "Forum in Geneva", "summit", "fact", on("2026-03-04"))],
      }),
    ]);
    expect(events).toHaveLength(2);
  });
});

describe("a discussion given as a meeting's purpose", () => {
  const meetingB = analysis("b", "2026-03-03", {
    events: [event("e1", "Meeting in Geneva", "meeting", "fact", on("2026-03-02"))],
  });
  it("goes with the meeting its sentence names", () => {
    const text = "Ministers meet in Geneva on Monday to discuss fishing quotas.";
    const a = analysis("a", "2026-03-01", {
      text,
      events: [
        inSentence(event("e1", "Meeting", "meeting", "scheduled", on("2026-03-02")), text, "meet"),
        inSentence(
          event("e2", "Discuss fishing quotas", "talks", "probable", undated),
          text,
          "meet",
        ),
      ],
    });
    expect(groups([a, meetingB])).toEqual([["a:e1", "a:e2", "b:e1"]]);
  });
  it("stays apart when it is in a sentence of its own", () => {
    const text = "Ministers meet in Geneva on Monday. They will later discuss fishing quotas.";
    const a = analysis("a", "2026-03-01", {
      text,
      events: [
        inSentence(event("e1", "Meeting", "meeting", "scheduled", on("2026-03-02")), text, "meet"),
        inSentence(
          event("e2", "Discuss fishing quotas", "talks", "probable", undated),
          text,
          "later",
        ),
      ],
    });
    expect(groups([a, meetingB])).toHaveLength(2);
  });
});

describe("the stages of a legal case", () => {
  const judge = [actor("Ada Lorne", "person")];
  const court = (label: string, id = "e1") =>
    event(id, label, "legal", "fact", on("2026-03-02"), ["ada-lorne"]);
  it("names the stage a label gives", () => {
    expect(legalStage("Arraignment")).toBe("hearing");
    expect(legalStage("Pleaded not guilty")).toBe("hearing");
    expect(legalStage("Superseding indictment")).toBe("charge");
    expect(legalStage("Fair trial")).toBe("trial");
    expect(legalStage("Court case")).toBeNull();
  });
  it("keeps an indictment and an arraignment of one day apart", () => {
    expect(
      groups([
        analysis("a", "2026-03-02", { actors: judge, events: [court("Indictment")] }),
        analysis("b", "2026-03-03", { actors: judge, events: [court("Arraignment")] }),
      ]),
    ).toHaveLength(2);
  });
  it("names it in the plural too ('faces charges', 'the arrests')", () => {
    expect(legalStage("Expected to face charges")).toBe("charge");
    expect(legalStage("Arrests of two dockworkers")).toBe("arrest");
    expect(legalStage("Hearings")).toBe("hearing");
  });
  it("keeps the arrests and the charges of the same people apart", () => {
    expect(
      groups([
        analysis("a", "2026-03-02", {
          actors: judge,
          events: [court("Arrests of two dockworkers")],
        }),
        analysis("b", "2026-03-03", {
          actors: judge,
          events: [court("Charges against two dockworkers")],
        }),
      ]),
    ).toHaveLength(2);
  });
  it("puts 'the hearing' and 'his arraignment' of one day together", () => {
    expect(
      groups([
        analysis("a", "2026-03-01", { actors: judge, events: [court("Hearing")] }),
        analysis("b", "2026-03-03", { actors: judge, events: [court("Arraignment")] }),
      ]),
    ).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("a formal text announced and then reported", () => {
  // Two articles on one made-up forum: the first says a text could follow it, the second that one
  // was signed after it. Their labels share no word; both place the text after the forum.
  const actors = [actor("Norland", "state"), actor("Sudmark", "state")];
  const a = (after: boolean) =>
    analysis("a", "2026-03-01", {
      actors,
      events: [
        event("e1", "Trade forum in Geneva", "summit", "scheduled", on("2026-03-04"), ["norland"]),
        event(
          "e2",
          "Release a formal statement",
          "statement",
          "conditional",
          after ? { type: "unknown", anchor: { event: "e1", relation: "after" } } : undated,
          ["norland", "sudmark"],
        ),
      ],
    });
  const b = (after: boolean, relation: "after" | "before" = "after") =>
    analysis("b", "2026-03-05", {
      actors,
      events: [
        event("e1", "Trade forum in Geneva", "summit", "fact", on("2026-03-04"), ["norland"]),
        event(
          "e2",
          "Signed a declaration on fishing quotas",
          "statement",
          "fact",
          after ? { type: "unknown", anchor: { event: "e1", relation } } : undated,
          ["norland"],
        ),
      ],
    });
  it("tells a formal text by its noun, its qualifier or its verb", () => {
    for (const label of [
      "Paris Declaration",
      "Joint communiqué",
      "Release a formal statement",
      "Issued a statement",
      "Signing of the declaration",
    ])
      expect([label, isFormalText(label)]).toEqual([label, true]);
    for (const label of ["Statement on X", "Statement from the minister's office", "Announcement"])
      expect([label, isFormalText(label)]).toEqual([label, false]);
  });
  it("merges 'could release a formal statement' with 'signed a declaration' when both articles place it after one event", () => {
    const events = merge([a(true), b(true)]);
    const text = events.find((e) => e.reports.some((r) => r.event === "e2"))!;
    expect(text.reports.map((r) => `${r.article}:${r.event}`)).toEqual(["a:e2", "b:e2"]);
    expect(text.history.map((h) => h.certainty)).toEqual(["conditional", "fact"]);
  });
  it("keeps them apart when nothing places them alike", () => {
    expect(groups([a(false), b(false)])).toHaveLength(3);
    // one after the forum, one before it: not placed alike
    expect(groups([a(true), b(true, "before")])).toHaveLength(3);
  });
});

describe("the words that name a report's kind", () => {
  it("are the event nouns of the label's first phrase", () => {
    // as label words are kept, stemmed
    expect([...headNouns("Statement on X")]).toEqual([stem("statement")]);
    expect([...headNouns("Meeting of the Trade Forum")]).toEqual(["meeting"]);
    expect([...headNouns("Provide intelligence")]).toEqual([]);
  });
  it("are not told by another article's sentence: 'Statement on X' stays off a text whose sentence says 'statement'", () => {
    const text = "The ministers could release a formal statement on Monday.";
    const found = groups([
      analysis("a", "2026-03-01", {
        text,
        actors: [actor("Norland", "state"), actor("Sudmark", "state")],
        events: [
          inSentence(
            {
              ...event(
                "e1",
                "Release a formal statement",
                "statement",
                "conditional",
                on("2026-03-02"),
              ),
              actors: ["norland", "sudmark"],
            },
            text,
            "release",
          ),
        ],
      }),
      // one actor in common, so the two are compared at all
      analysis("b", "2026-03-03", {
        actors: [actor("Norland", "state")],
        events: [event("e1", "Statement on X", "statement", "fact", undated, ["norland"])],
      }),
    ]);
    expect(found).toHaveLength(2);
  });
});
