import { attributionChain, sentenceAround, tooltipContent } from "@/lib/graph/tooltip";
import { smallAnalysis } from "./fixture";

describe("tooltipContent(analysis, item)", () => {
  const a = smallAnalysis();

  it("tooltipContent(a, relation) gives the reading, the evidence sentence and the attribution chain", () => {
    expect(tooltipContent(a, { kind: "relation", id: "r3" })).toEqual({
      heading: "Northland provides for Southland",
      detail: "border monitors · possible",
      evidence: "Northland may send monitors to the border, officials told the Daily Ledger.",
      attribution: "according to officials, via Daily Ledger",
    });
  });

  it("tooltipContent(a, actor) gives kind, mention count and the first mention's sentence", () => {
    expect(tooltipContent(a, { kind: "actor", id: "southland" })).toEqual({
      heading: "Southland",
      detail: "State · 3 mentions",
      evidence: "Northland and Southland agreed on Monday to hold talks in the capital.",
      attribution: null,
    });
  });

  it("tooltipContent(a, unknown) is null", () => {
    expect(tooltipContent(a, { kind: "actor", id: "nobody" })).toBeNull();
  });

  it("attributionChain([]) is null; one source reads 'according to'", () => {
    expect(attributionChain([])).toBeNull();
    expect(attributionChain(["A"])).toBe("according to A");
    expect(attributionChain(["A", "B", "C"])).toBe("according to A, via B, via C");
  });

  it("sentenceAround(text, span) caps long sentences", () => {
    const text = "x".repeat(1000);
    expect(sentenceAround(text, { start: 10, end: 12 }).length).toBeLessThanOrEqual(280);
  });
});
