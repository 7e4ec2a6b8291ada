import { attributionChain, eventTooltip, sentenceAround } from "@/lib/timeline/draw/tooltip";
import { stepInOrder } from "@/lib/timeline/layout/navigation";
import { fixture } from "../fixture";

const event = (id: string) => fixture.events.find((e) => e.id === id)!;

describe("sentenceAround(text, span)", () => {
  it("widens the evidence span to its sentence", () => {
    expect(sentenceAround(fixture.article.text, event("monitor").evidence[0]!)).toBe(
      "An official told the Wire Agency that Northland is prepared to assist in monitoring.",
    );
  });

  it("works at the start and end of the text", () => {
    const text = "First one. Last one";
    expect(sentenceAround(text, { start: 0, end: 3 })).toBe("First one.");
    expect(sentenceAround(text, { start: 12, end: 15 })).toBe("Last one");
  });
});

describe("attributionChain(analysis, sources)", () => {
  it("names the chain nearest source first", () => {
    expect(attributionChain(fixture, event("monitor").sources)).toBe("An official → Wire Agency → Daily Outlet");
    expect(attributionChain(fixture, [])).toBeNull();
  });
});

describe("eventTooltip(analysis, event, dateText)", () => {
  it("returns plain strings for the tooltip", () => {
    expect(eventTooltip(fixture, event("press"), "after Summit in the capital")).toEqual({
      title: "Joint press conference",
      meta: "after Summit in the capital · probable",
      sentence:
        "According to the Wire Agency, leaders are likely to hold a joint press conference after the meeting and could release a statement in the coming days if an agreement is reached.",
      chain: "Wire Agency → Daily Outlet",
    });
  });
});

describe("stepInOrder(order, current, step)", () => {
  const order = ["a", "b", "c"];
  it("moves and clamps at the ends", () => {
    expect(stepInOrder(order, "a", 1)).toBe("b");
    expect(stepInOrder(order, "c", 1)).toBe("c");
    expect(stepInOrder(order, "a", -1)).toBe("a");
  });
  it("starts at an end when nothing is focused", () => {
    expect(stepInOrder(order, null, 1)).toBe("a");
    expect(stepInOrder(order, null, -1)).toBe("c");
    expect(stepInOrder([], null, 1)).toBeNull();
  });
});
