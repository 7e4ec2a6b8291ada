import { analyze } from "./helpers";

describe("findClaims(doc)", () => {
  it("one claim per sentence, spanning it", () => {
    const a = analyze("Talks ended. Both sides left.");
    expect(a.claims.map((c) => a.article.text.slice(c.evidence.start, c.evidence.end))).toEqual(["Talks ended.", "Both sides left."]);
  });
  it("loaded framing is evaluative, with its cues", () => {
    const a = analyze("The regime portrayed the so-called «peace plan» as a victory.");
    expect(a.claims[0]).toMatchObject({ evaluative: true });
    expect(a.claims[0]!.cues).toEqual(expect.arrayContaining(["regime", "portrayed", "so-called"]));
  });
  it("takes no words between two quotations for a quoted phrase", () => {
    const a = analyze('She said the accord sets out "a framework under which several forces could operate together" but also admitted "the hardest part is ahead".');
    expect(a.claims[0]!.cues ?? []).not.toContain('" but also admitted "');
    expect(a.claims[0]!.evaluative).toBe(false);
  });
  it("a name in quotation marks is no distancing quote, a lower-case phrase is", () => {
    expect(analyze('Leaders of the "Alliance of the Northern Shore" met in Oslo.').claims[0]!.evaluative).toBe(false);
    expect(analyze('The minister dubbed it the "Oslo Charter" on Monday.').claims[0]!.evaluative).toBe(false);
    expect(analyze('The allies of the "northern shore" met in Oslo.').claims[0]!.cues).toEqual(['"northern shore"']);
  });
  it("plain reporting is not evaluative", () => {
    expect(analyze("The ministers met on Tuesday in Geneva.").claims[0]!.evaluative).toBe(false);
  });
});
