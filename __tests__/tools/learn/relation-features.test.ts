import { closestPair, drawnFeatures, pairFeatures } from "../../../tools/learn/relation-features";

const at = (text: string, name: string, actor: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { actor, start, end: start + name.length };
};

describe("relation features (tools/learn/relation-features)", () => {
  const text = "Marovia sanctioned Kelland on Monday, the ministry said.";
  const sentence = { start: 0, end: text.length };
  const m = [at(text, "Marovia", "marovia"), at(text, "Kelland", "kelland")];
  const kindOf = () => "state";

  it("reads order, distance, the words between and speech, never a capitalised word", () => {
    const f = pairFeatures(text, sentence, m, m[0]!, m[1]!, "sanctions", kindOf);
    expect(f).toEqual(expect.arrayContaining(["k=sanctions", "order=st", "d=1", "w=sanctioned", "source-first", "s:speech", "post=on"]));
    expect(f.some((x) => /Marovia|Kelland/.test(x))).toBe(false);
    expect(pairFeatures(text, sentence, m, m[1]!, m[0]!, "sanctions", kindOf)).toContain("order=ts");
  });

  it("a drawn relation whose end is not named in its sentence says so", () => {
    const r = { source: "marovia", target: "someone", kind: "sanctions", label: "sanctions", certainty: "fact", evidence: [sentence] };
    expect(drawnFeatures(text, m, r, kindOf)).toContain("unnamed=target");
  });

  it("picks the closest mentions of two actors", () => {
    const t = "Kelland said Marovia and Kelland met.";
    const ms = [at(t, "Kelland", "k"), at(t, "Marovia", "m"), at(t, "Kelland", "k", 10)];
    expect(closestPair(ms, "m", "k")).toEqual([ms[1], ms[2]]);
  });
});
