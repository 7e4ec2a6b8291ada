import type { Event } from "@/lib/model";
import { actor, analysis, event, on, reportGroups as groups, undated } from "./build";

// Events the pipeline could give no kind ("other"), on made-up reports of disasters and their
// aftermath (a flood in a made-up valley, a quake off a made-up coast), never the fixtures' articles.

describe("two catch-all events", () => {
  const country = [actor("Norvalia", "state")];
  it("are not one event for sharing the country they happen in, when their labels share nothing", () => {
    const found = groups([
      analysis("a", "2026-05-02", {
        actors: country,
        events: [event("e1", "Collapsed bridges", "other", "fact", undated, ["norvalia"])],
      }),
      analysis("b", "2026-05-09", {
        actors: country,
        events: [event("e1", "Rally behind the valley towns", "other", "fact", undated, ["norvalia"])],
      }),
    ]);
    expect(found).toEqual([["a:e1"], ["b:e1"]]);
  });
  it("are one event when their labels name it alike ('Flooded villages', 'Villages flooded')", () => {
    const found = groups([
      analysis("a", "2026-05-02", {
        actors: country,
        events: [event("e1", "Flooded villages", "other", "fact", undated, ["norvalia"])],
      }),
      analysis("b", "2026-05-03", {
        actors: country,
        events: [event("e1", "Villages flooded", "other", "fact", undated, ["norvalia"])],
      }),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("one earthquake by its short name", () => {
  it("'the quake' of a later article joins the 'magnitude 6.1 earthquake' an earlier one dated", () => {
    const found = groups([
      analysis("a", "2026-08-14", {
        events: [event("e1", "Magnitude 6.1 earthquake", "other", "fact", on("2026-08-14"))],
      }),
      analysis("b", "2026-08-20", {
        events: [event("e1", "Quake", "other", "fact", undated)],
      }),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("and 'the temblor' too, but not an earthquake its article dates years before", () => {
    const found = groups([
      analysis("a", "2026-08-14", {
        events: [event("e1", "Earthquake off the coast", "other", "fact", on("2026-08-14"))],
      }),
      analysis("b", "2026-08-15", {
        events: [event("e1", "Temblor", "other", "fact", on("2026-08-14"))],
      }),
      analysis("c", "2026-08-16", {
        events: [event("e1", "Earthquake", "other", "fact", on("1994-01-01", "1994-12-31"))],
      }),
    ]);
    expect(found).toContainEqual(["a:e1", "b:e1"]);
    expect(found).toContainEqual(["c:e1"]);
  });
});

describe("two catch-all events that share an actor every report names", () => {
  const country = [actor("Norvalia", "state")];
  const story = (second: string) =>
    groups([
      analysis("a", "2026-05-02", {
        actors: country,
        events: [
          event("e1", "Damaged bridges", "other", "fact", undated, ["norvalia"]),
          event("e2", "Aid convoy", "aid", "fact", undated, ["norvalia"]),
          event("e3", "Cabinet meeting", "meeting", "fact", undated, ["norvalia"]),
        ],
      }),
      analysis("b", "2026-05-03", {
        actors: country,
        events: [
          event("e1", second, "other", "fact", undated, ["norvalia"]),
          event("e2", "Rescue teams deployed", "deployment", "fact", undated, ["norvalia"]),
          event("e3", "Donor conference", "meeting", "fact", undated, ["norvalia"]),
        ],
      }),
    ]);
  const together = (found: string[][]) => found.some((g) => g.includes("a:e1") && g.includes("b:e1"));
  it("are not one event for that actor and one word of two ('Damaged bridges', 'Damaged crops')", () => {
    expect(together(story("Damaged crops"))).toBe(false);
  });
  it("are one event when their labels name it alike ('Damaged bridges', 'Bridges damaged')", () => {
    expect(together(story("Bridges damaged"))).toBe(true);
  });
});

describe("words that tell no two events apart", () => {
  it("a word of size or daring: 'a devastating earthquake' is the earthquake, 'a massive flood' the flood", () => {
    // two sentences: "One." reports the first event, "Two." the second
    const at = (e: Event, start: number): Event => ({ ...e, evidence: [{ start, end: start + 4 }] });
    const found = groups([
      analysis("a", "2026-08-14", {
        text: "One. Two.",
        events: [
          at(event("e1", "Earthquake", "other", "fact", on("2026-08-14")), 0),
          at(event("e2", "Flood at the dam", "other", "fact", on("2026-08-20")), 5),
        ],
      }),
      analysis("b", "2026-08-22", {
        text: "One. Two.",
        events: [
          at(event("e1", "Devastating earthquake", "other", "fact", undated), 0),
          at(event("e2", "Massive flood", "other", "fact", undated), 5),
        ],
      }),
    ]);
    expect(found).toContainEqual(["a:e1", "b:e1"]);
    expect(found).toContainEqual(["a:e2", "b:e2"]);
  });
  it("the span a superlative ranks in: 'the cyclone of the decade' is the cyclone, not another event", () => {
    const at = (e: Event, start: number): Event => ({ ...e, evidence: [{ start, end: start + 4 }] });
    const found = groups([
      analysis("a", "2026-09-02", {
        text: "One. Two.",
        events: [
          at(event("e1", "Cyclone", "other", "fact", on("2026-09-01")), 0),
          at(event("e2", "Landslide near the mine", "other", "fact", on("2026-09-02")), 5),
        ],
      }),
      analysis("b", "2026-09-04", {
        text: "One. Two.",
        events: [
          at(event("e1", "Cyclone of the decade", "other", "fact", undated), 0),
          at(event("e2", "Landslide", "other", "fact", undated), 5),
        ],
      }),
    ]);
    expect(found).toContainEqual(["a:e1", "b:e1"]);
    expect(found).toContainEqual(["a:e2", "b:e2"]);
  });
  it("a place far from the label in its sentence is another event's: the earthquake is not where the president flew", () => {
    const b = "The president flew to Nairobi on Tuesday for an investment forum, as the toll from the devastating earthquake rose.";
    const whole = (e: Event, text: string): Event => ({ ...e, evidence: [{ start: 0, end: text.length }] });
    const a = "A devastating earthquake struck the coast on Monday.";
    const c = "Rescuers dug through the rubble left by the earthquake.";
    const found = groups([
      analysis("a", "2026-09-07", { text: a, events: [whole(event("e1", "Devastating earthquake", "other", "fact", on("2026-09-07")), a)] }),
      analysis("c", "2026-09-07", { text: c, events: [whole(event("e1", "Earthquake", "other", "fact", undated), c)] }),
      analysis("b", "2026-09-08", {
        text: b,
        events: [
          whole(event("e1", "Investment forum", "meeting", "fact", on("2026-09-08")), b),
          whole(event("e2", "Devastating earthquake", "other", "fact", undated), b),
        ],
      }),
    ]);
    expect(found).toContainEqual(expect.arrayContaining(["a:e1", "b:e2"]));
  });
  it("the state the label names, one of its actors: 'Earthquake in Norvalia' is the earthquake two articles named", () => {
    const country = [actor("Norvalia", "state")];
    const found = groups([
      analysis("a", "2026-08-14", {
        actors: country,
        events: [event("e1", "Earthquake", "other", "fact", on("2026-08-14"), ["norvalia"])],
      }),
      analysis("c", "2026-08-15", {
        actors: country,
        events: [event("e1", "Quake", "other", "fact", on("2026-08-14"), ["norvalia"])],
      }),
      analysis("b", "2026-08-22", {
        actors: country,
        events: [event("e1", "Earthquake in Norvalia", "other", "fact", undated, ["norvalia"])],
      }),
    ]);
    expect(found).toEqual([["a:e1", "c:e1", "b:e1"]]);
  });
  it("a place the label names is the place of its sentence, counted once ('Regional summit in Lisbon')", () => {
    const said = (id: string, date: string, text: string, label: string, day: string) =>
      analysis(id, date, {
        text,
        events: [{ ...event("e1", label, "summit", "fact", on(day)), evidence: [{ start: 0, end: text.length }] }],
      });
    const found = groups([
      said("a", "2026-06-11", "The leaders gathered in Lisbon on Thursday.", "Regional summit", "2026-06-11"),
      said("b", "2026-06-13", "He flew home from a regional summit in Lisbon.", "Regional summit in Lisbon", "2026-06-12"),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});

describe("two reports of one kind that share no word and no date", () => {
  it("are not one event for an actor every report names ('Sending tremors across the valley', 'Launched a relief mission')", () => {
    const country = [actor("Norvalia", "state")];
    const found = groups([
      analysis("a", "2026-08-14", {
        actors: country,
        events: [
          event("e1", "Sending tremors across the valley", "deployment", "fact", undated, ["norvalia"]),
          event("e2", "Earthquake", "other", "fact", on("2026-08-14"), ["norvalia"]),
          event("e3", "Cabinet meeting", "meeting", "fact", undated, ["norvalia"]),
        ],
      }),
      analysis("b", "2026-08-15", {
        actors: country,
        events: [
          event("e1", "Launched a relief mission", "deployment", "fact", undated, ["norvalia"]),
          event("e2", "Donor conference", "meeting", "fact", undated, ["norvalia"]),
          event("e3", "Aid convoy", "aid", "fact", undated, ["norvalia"]),
        ],
      }),
    ]);
    expect(found.some((g) => g.includes("a:e1") && g.includes("b:e1"))).toBe(false);
  });
});
