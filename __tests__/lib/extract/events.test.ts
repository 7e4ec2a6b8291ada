import { actorNamed, analyze } from "./helpers";

describe("findEvents(doc)", () => {
  it("labels a noun event with its modifiers and prepositional phrase", () => {
    const a = analyze("Officials prepared for a summit in Nairobi scheduled for May 3.");
    const e = a.events.find((x) => x.kind === "summit")!;
    expect(e.label).toBe("Summit in Nairobi");
    expect(e.time).toMatchObject({ type: "date", start: "2025-05-03", yearInferred: true });
  });

  it("a light verb with an event noun is one event labelled by the verb phrase", () => {
    const a = analyze("The ministers will hold a joint news conference.");
    expect(a.events.map((e) => [e.label, e.kind])).toEqual([["Hold a joint news conference", "press_conference"]]);
  });

  it("'following the meeting' anchors later events after the earlier meeting", () => {
    const a = analyze("Leaders will attend a meeting in Rome on June 4. Following the meeting, they are expected to hold a press conference.");
    const meeting = a.events.find((e) => e.kind === "meeting")!;
    const presser = a.events.find((e) => e.kind === "press_conference")!;
    expect(presser.time.anchor).toEqual({ event: meeting.id, relation: "after" });
    expect(meeting.evidence).toHaveLength(2);
  });

  it("'after a ceasefire is reached' creates a hypothetical anchor event", () => {
    const a = analyze("Peacekeepers could be deployed to the city after a ceasefire is reached.");
    const truce = a.events.find((e) => e.kind === "ceasefire")!;
    expect(truce.hypothetical).toBe(true);
    expect(truce.certainty).toBe("conditional");
    expect(a.events.some((e) => e.time.anchor?.event === truce.id && e.time.anchor.relation === "after")).toBe(true);
  });

  it("a fuzzy window after an anchor runs from the anchor's date", () => {
    const a = analyze("A summit opens in Doha on March 20. After the summit, a statement may follow in the coming days.", "2025-03-10");
    const statement = a.events.find((e) => e.kind === "statement")!;
    expect(statement.time).toMatchObject({ type: "range", start: "2025-03-20", fuzzy: true });
  });

  it("events are sorted by position and every id is unique", () => {
    const a = analyze("Troops withdrew on Monday. Talks resumed on Tuesday. Sanctions were imposed on Friday.");
    expect(a.events.map((e) => e.kind)).toEqual(["withdrawal", "talks", "sanctions"]);
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });

  it("nominal events of business, disaster and health news are events ('the merger', 'an earthquake', 'a cholera outbreak')", () => {
    const kinds = (body: string) => analyze(body).events.map((e) => e.kind);
    expect(kinds("The merger was approved.")).toContain("economic");
    expect(kinds("A powerful earthquake rocked the north.")).toContain("other");
    expect(kinds("The country has a cholera outbreak.")).toContain("other");
  });
  it("a vigil after a violent incident is an event ('A vigil … was held', 'vigils were held')", () => {
    const labels = (body: string) => analyze(body).events.map((e) => e.label.toLowerCase());
    const vigil = expect.stringContaining("vigil");
    expect(labels("A vigil for the three victims was held outside the Okonkwo library on Friday.")).toContainEqual(vigil);
    expect(labels("Candlelight vigils were held in Tamsin and Ardmore on Sunday night.")).toContainEqual(vigil);
  });
  it("'charged with' and 'face charges' are legal events; 'charged a fee' is none", () => {
    const kinds = (body: string) => analyze(body).events.map((e) => e.kind);
    expect(kinds("Prosecutors charged the driver with manslaughter on Tuesday.")).toEqual(["legal"]);
    expect(kinds("The two brothers are expected to face charges.")).toEqual(["legal"]);
    expect(kinds("The ferry operator charged passengers a fee of ten euros.")).toEqual([]);
  });
  it("a count of an offence is a charge, a count of the ballots no legal event", () => {
    const kinds = (body: string) => analyze(body).events.map((e) => e.kind);
    expect(kinds("She was charged with fraud, and also faces two counts of forgery.")).not.toContain("election");
    expect(kinds("He admitted one count related to bribery.")).not.toContain("election");
    expect(kinds("Officials began a count of the ballots on Monday.")).not.toContain("legal");
  });
  it("a rate verb with its object is an economic event ('held the benchmark interest rate')", () => {
    expect(analyze("The central bank held the benchmark interest rate at 3.5 percent.").events.map((e) => e.kind)).toContain("economic");
  });
  it("a strike by workers is a labour action, not an attack", () => {
    expect(analyze("Nurses will hold strikes over pay.").events.map((e) => e.kind)).toEqual(["other"]);
    expect(analyze("The army will carry out strikes on the border.").events.map((e) => e.kind)).toEqual(["attack"]);
  });
  it("'the ruling party' is no ruling", () => {
    expect(analyze("The ruling party won the vote.").events.map((e) => e.kind)).not.toContain("legal");
  });
  it("'X accused Y of shelling …' makes the shelling alleged, attributed to X", () => {
    const a = analyze("Russia accused Ukraine of shelling the village on Monday.");
    const e = a.events.find((x) => x.kind === "attack")!;
    expect(e.alleged).toBe(true);
    expect(e.certainty).toBe("possible");
    expect(e.sources[0]).toBe(actorNamed(a, "Russia")!.id);
  });
  it("'reportedly' makes an event alleged", () => {
    expect(analyze("The army reportedly shelled the village.").events[0]?.alleged).toBe(true);
  });
});

describe("findEvents(doc): negation", () => {
  it("an event said not to happen is not drawn", () => {
    const a = analyze("The club can no longer receive funding from the league, and it cannot hold elections.");
    expect(a.events.filter((e) => /funding|election/i.test(e.label))).toEqual([]);
  });
});

describe("findEvents(doc): times, counts and several events", () => {
  it("dates talks 'next month', not by the date of the report that announced them", () => {
    const a = analyze(
      "On March 3, the Gazette reported that the two leagues are planning to hold a new round of talks next month.",
      "2025-03-10",
    );
    const talks = a.events.find((e) => e.kind === "talks")!;
    expect(talks.time).toMatchObject({ type: "range", start: "2025-04-01", end: "2025-04-30" });
  });

  it("a date before an event still dates it when no other date follows it ('On Monday, they signed')", () => {
    const a = analyze("On Monday, the two ministers signed a trade agreement.", "2025-03-12");
    expect(a.events[0]!.time).toMatchObject({ start: "2025-03-10" });
  });

  it("a participle clause on a noun after the event dates that noun ('the alliance, founded in 2019')", () => {
    const a = analyze("Mayors will attend the meeting of the alliance, founded in 2019 by five cities.", "2025-03-10");
    const meeting = a.events.find((e) => e.kind === "meeting")!;
    expect(meeting.time.start).toBeUndefined();
  });

  it("a participle clause that schedules the event still dates it ('the summit in Lima, scheduled for May 3')", () => {
    const a = analyze("Ministers will attend the summit in Lima, scheduled for May 3.", "2025-03-10");
    const summit = a.events.find((e) => e.kind === "summit")!;
    expect(summit.time).toMatchObject({ start: "2025-05-03" });
  });

  it("'all four counts' after a plea is no vote count, while 'count the ballots' is", () => {
    const plea = analyze("The mayor pleaded not guilty to all four counts.");
    expect(plea.events.map((e) => e.kind)).not.toContain("election");
    const tally = analyze("Officials will count the ballots on Sunday.");
    expect(tally.events.map((e) => e.kind)).toContain("election");
  });

  it("'the meeting' after 'the latest of several meetings' is not those several meetings", () => {
    const a = analyze(
      "Delegates will hold talks in Oslo on Friday. The forum is the latest of several meetings planned this year. The meeting aims to settle the fishing dispute.",
    );
    const several = a.events.find((e) => /several/i.test(e.label))!;
    expect(several.evidence).toHaveLength(1);
    const talks = a.events.find((e) => e.kind === "talks")!;
    expect(talks.evidence.map((s) => a.article.text.slice(s.start, s.end))).toContain(
      "The meeting aims to settle the fishing dispute.",
    );
  });
});

describe("crime: the offence is an event of the legal kind, as the arrest that follows it", () => {
  it("'thieves stole jewels', 'a robbery', 'the heist' are legal events", () => {
    for (const body of ["Thieves stole jewels from the museum on Sunday.", "A robbery at the bank shocked the town.", "Police are investigating the heist."]) {
      const a = analyze(body);
      expect(a.events.map((e) => e.kind)).toContain("legal");
    }
  });
});

describe("labels never start with a possessive ending", () => {
  it("'today's announcement' is labelled 'Announcement', not \"'s announcement\"", () => {
    const a = analyze("The president said today's announcement is a huge step forward.");
    const labels = a.events.map((e) => e.label);
    expect(labels.some((l) => /^announcement/i.test(l))).toBe(true);
    expect(labels.filter((l) => /^['’]s\b/.test(l))).toEqual([]);
  });
});

describe("a report's date is the date of the act its sentence states", () => {
  it("a second time for the act just dated ('on Friday evening (May 9)') never dates an offence named in the subject", () => {
    const a = analyze("Two men in the burglary of a bakery in Lyon were arrested by police on Friday evening (May 9) and are being questioned.", "2025-05-10");
    const burglary = a.events.find((e) => /burglary/i.test(e.label) && !/arrested/i.test(e.label))!;
    const arrest = a.events.find((e) => /arrested/i.test(e.label))!;
    expect(burglary.time.type).toBe("unknown");
    expect(arrest.time).toMatchObject({ type: "date", start: "2025-05-09" });
  });

  it("'the police chief said on Monday' dates the saying, not the arrest it reports", () => {
    const a = analyze("The suspects were arrested for the theft of a painting, the police chief said on Monday.", "2025-05-13");
    const arrest = a.events.find((e) => /arrested/i.test(e.label))!;
    expect(arrest.time.type).toBe("unknown");
    const b = analyze("The suspects were arrested on Monday, the police chief said.", "2025-05-13");
    expect(b.events.find((e) => /arrested/i.test(e.label))!.time).toMatchObject({ type: "date", start: "2025-05-12" });
  });

  it("'condemned the looting' is a statement, not the looting", () => {
    const a = analyze("The mayor condemned the looting on Facebook, calling it shameful.");
    expect(a.events.map((e) => [e.label, e.kind])).toContainEqual(["Condemned the looting on Facebook", "statement"]);
    expect(a.events.filter((e) => e.kind === "legal")).toEqual([]);
  });
});

describe("one offence, however often an article names it", () => {
  it("'a robbery in which paintings were stolen' is one event; two offence nouns in one sentence may be two", () => {
    const a = analyze("A robbery in which three paintings were stolen shocked the town of Lyon on Monday.");
    expect(a.events.filter((e) => e.kind === "legal")).toHaveLength(1);
    const b = analyze("Police said a robbery at the bank was unrelated to a burglary at the school.");
    expect(b.events.filter((e) => e.kind === "legal")).toHaveLength(2);
  });
  it("a later 'the heist', 'despite the robbery' is the offence already reported, and dates it", () => {
    const a = analyze("Thieves robbed a jewellery shop in Lyon. Despite the robbery, the shop stayed open. The heist happened on Monday morning, the police chief said.");
    const legal = a.events.filter((e) => e.kind === "legal");
    expect(legal).toHaveLength(1);
    expect(legal[0]!.evidence).toHaveLength(3);
    expect(legal[0]!.time).toMatchObject({ type: "date", start: "2025-03-10" });
  });
  it("'the last recorded theft', or a theft of another date, is another offence", () => {
    const a = analyze("A burglary hit the bakery on Monday. The last recorded theft in the street occurred in 2001.");
    expect(a.events.filter((e) => e.kind === "legal")).toHaveLength(2);
    const b = analyze("A burglary hit the bakery on Monday. The burglary on Friday was never solved.");
    expect(b.events.filter((e) => e.kind === "legal")).toHaveLength(2);
  });
});

describe("a passive's label names the head of its subject", () => {
  it("'Two suspects in the burglary of a bakery in Lyon were arrested' is 'Two suspects arrested', the burglary its own event", () => {
    const a = analyze("Two suspects in the burglary of a bakery in Lyon were arrested on Friday.");
    const labels = a.events.map((e) => e.label);
    expect(labels).toContain("Two suspects arrested");
    expect(labels.some((l) => /^Burglary/.test(l))).toBe(true);
  });
  it("a part keeps its group ('One of the suspects'), an embedded question its question word", () => {
    const a = analyze("One of the suspects was arrested at the airport.");
    expect(a.events.map((e) => e.label)).toContain("One of the suspects arrested at the airport");
    const b = analyze("The prosecutor did not say how many people were arrested.");
    expect(b.events.map((e) => e.label)).toContain("How many people arrested");
  });
});

describe("a time after an event already dated", () => {
  it("still dates the event that follows it ('met the envoy on Monday and on Tuesday signed the deal')", () => {
    const a = analyze("The minister met the envoy on Monday and on Tuesday signed the deal.", "2025-03-15");
    expect(a.events.map((e) => [e.label, e.time.start])).toEqual([
      ["Met the envoy", "2025-03-10"],
      ["Signed the deal", "2025-03-11"],
    ]);
  });

  it("'fired' with staff as its object is a dismissal, not an attack; 'fired at' is shooting", () => {
    const kinds = (body: string) => analyze(body).events.map((e) => e.kind);
    expect(kinds("The airline fired 200 employees in March.")).toEqual(["other"]);
    expect(kinds("Soldiers fired at employees near the depot.")).toEqual(["attack"]);
  });
});
