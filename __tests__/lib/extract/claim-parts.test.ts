import { analyze, spanText } from "./helpers";
import type { Analysis } from "@/lib/model";

/** Each claim's text with its speakers by name, less the test outlet. */
const parts = (a: Analysis) => {
  const name = new Map(a.actors.map((x) => [x.id, x.name]));
  return a.claims.map((c) => ({
    text: spanText(a, c.evidence),
    by: c.sources.map((s) => name.get(s)).filter((n) => n !== "The Test Outlet"),
  }));
};

describe("two attributions in one sentence", () => {
  it('"…, X said, adding that …": two claims, both the speaker\'s', () => {
    const a = analyze("Exports of barley fell 6 percent in May, the Ministry of Agriculture said, adding that it expects a recovery by autumn.");
    expect(parts(a)).toEqual([
      { text: "Exports of barley fell 6 percent in May, the Ministry of Agriculture said,", by: ["Ministry of Agriculture"] },
      { text: "adding that it expects a recovery by autumn.", by: ["Ministry of Agriculture"] },
    ]);
  });
  it('a quotation, then "adding he …": the speaker goes on', () => {
    const a = analyze("“We will not sign this,” Marta Olsen told reporters, adding she would meet the board on Friday.");
    expect(parts(a).map((p) => p.text)).toEqual([
      "“We will not sign this,” Marta Olsen told reporters,",
      "adding she would meet the board on Friday.",
    ]);
    expect(parts(a)[1]!.by).toEqual(parts(a)[0]!.by);
  });
  it('"adding to the pressure", "adding 300 jobs": no claim of their own', () => {
    expect(analyze("Fuel prices rose again, the Ministry of Energy said, adding to the pressure on households.").claims).toHaveLength(1);
    expect(analyze("The plant will reopen in March, Harlow Steel said, adding 300 jobs.").claims).toHaveLength(1);
  });
  it('"adding that" with no speaker before it splits nothing', () => {
    expect(analyze("Rain swelled the river, adding that the dam was tested.").claims).toHaveLength(1);
  });
  it('"…, while Y said …": the second claim is Y\'s', () => {
    const a = analyze("Dorian Vell said the merger would go ahead, while Priya Nand said the board had not voted.");
    expect(parts(a)).toEqual([
      { text: "Dorian Vell said the merger would go ahead,", by: ["Dorian Vell"] },
      { text: "while Priya Nand said the board had not voted.", by: ["Priya Nand"] },
    ]);
  });
  it('"…; Y denied …" and "…, after Y said …": a clause with its own speaker', () => {
    const semi = parts(analyze("Dorian Vell said the talks had failed; Priya Nand denied any wrongdoing."));
    expect(semi.map((p) => p.by[0])).toEqual(["Dorian Vell", "Priya Nand"]);
    const after = parts(analyze("Dorian Vell said the road was closed on Monday, after Priya Nand said it was unsafe."));
    expect(after.map((p) => p.by[0])).toEqual(["Dorian Vell", "Priya Nand"]);
    const but = parts(analyze("Dorian Vell said the bridge was safe, but Priya Nand said it needed repairs."));
    expect(but.map((p) => p.by[0])).toEqual(["Dorian Vell", "Priya Nand"]);
  });
  it('"while" inside a quotation is the quoted words, and splits nothing', () => {
    expect(analyze("“Prices are stable, while Priya Nand says otherwise,” Dorian Vell said.").claims).toHaveLength(1);
    expect(analyze("Dorian Vell said: “Prices are stable, while Priya Nand says otherwise.”").claims).toHaveLength(1);
  });
  it('"…, while …, X said": one speaker for all of it, no split', () => {
    const a = analyze("Wheat rose 2 percent, while Priya Nand sold her shares, Dorian Vell said.");
    expect(a.claims).toHaveLength(1);
  });
  it("a speaker carried from before, quoted as telling: the second claim is still theirs", () => {
    const a = analyze(
      "Tomas Reyl was convicted on Monday. “I am innocent,” he said.\n\n" +
        "“All that is left is to fight,” the Daily Ledger quoted him as telling reporters, adding he would appeal.",
    );
    const split = a.claims.filter((c) => spanText(a, c.evidence).includes("adding he would appeal"));
    expect(split).toHaveLength(1);
    expect(spanText(a, split[0]!.evidence)).toBe("adding he would appeal.");
    expect(parts(a).at(-1)!.by).toEqual(["Tomas Reyl"]);
  });
  it('"while" with no speaker of its own splits nothing', () => {
    expect(analyze("Dorian Vell said wages rose, while prices fell.").claims).toHaveLength(1);
  });
});
