import { decide, LinearModel, probability } from "../../../lib/learn";
import { crossValidate, trainLogistic, type Example } from "../../../tools/learn/logistic";

/** A separable toy problem: "cap" and "said-after" mark positives, "lower" negatives. */
function toy(): Example[] {
  const out: Example[] = [];
  for (let g = 0; g < 6; g++) {
    for (let i = 0; i < 10; i++) {
      out.push({ features: ["cap", i % 2 ? "said-after" : "obj"], label: 1, group: `a${g}` });
      out.push({ features: ["lower", i % 2 ? "said-after" : "obj"], label: 0, group: `a${g}` });
    }
  }
  return out;
}

describe("logistic regression", () => {
  it("learns a separable rule and applies it through the model file's schema", () => {
    const model = LinearModel.parse(trainLogistic(toy(), { name: "toy", trainedOn: "toy" }));
    expect(decide(model, ["cap", "obj"])).toBe(true);
    expect(decide(model, ["lower", "said-after"])).toBe(false);
    expect(probability(model, ["cap"])).toBeGreaterThan(probability(model, ["lower"]));
  });

  it("is deterministic: the same examples give the same weights", () => {
    const a = trainLogistic(toy(), { name: "toy", trainedOn: "toy" });
    const b = trainLogistic(toy(), { name: "toy", trainedOn: "toy" });
    expect(a).toEqual(b);
  });

  it("drops features seen fewer than minCount times", () => {
    const ex = [...toy(), { features: ["cap", "once"], label: 1 as const, group: "z" }];
    const model = trainLogistic(ex, { name: "toy", trainedOn: "toy" }, { minCount: 2 });
    expect(model.weights.once).toBeUndefined();
  });

  it("scores every example out of fold in cross-validation", () => {
    const ex = toy();
    const p = crossValidate(ex, 3);
    expect(p).toHaveLength(ex.length);
    ex.forEach((e, i) => expect(p[i]! >= 0.5).toBe(e.label === 1));
  });
});
