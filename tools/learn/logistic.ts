import { seededRandom } from "../../lib/random";
import { probability, type LinearModel } from "../../lib/learn";

/** One training example: its binary features, its label, and the group (article) it comes from. */
export interface Example {
  features: string[];
  label: 0 | 1;
  group: string;
}

export interface TrainOptions {
  epochs?: number;
  /** learning rate of the first epoch; it decays as 1 / (1 + epoch) */
  rate?: number;
  /** L2 penalty per update */
  l2?: number;
  seed?: number;
  /** features seen in fewer examples than this are dropped (they only memorise one article) */
  minCount?: number;
}

/**
 * Logistic regression by stochastic gradient descent, deterministic: the example order is shuffled
 * with a seeded generator, so the same examples give the same weights on every machine.
 */
export function trainLogistic(
  examples: readonly Example[],
  meta: { name: string; trainedOn: string; threshold?: number },
  opts: TrainOptions = {},
): LinearModel {
  const { epochs = 30, rate = 0.2, l2 = 1e-4, seed = 1, minCount = 2 } = opts;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= minCount;
  const data = examples.map((e) => ({ f: [...new Set(e.features)].filter(keep), y: e.label }));
  const model: LinearModel = { ...meta, threshold: meta.threshold ?? 0.5, bias: 0, weights: {} };
  const random = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch);
    for (const i of order) {
      const { f, y } = data[i]!;
      const g = y - probability(model, f);
      model.bias += lr * g;
      for (const k of f) {
        const w = model.weights[k] ?? 0;
        model.weights[k] = w + lr * (g - l2 * w);
      }
    }
  }
  for (const [k, w] of Object.entries(model.weights)) {
    const rounded = Math.round(w * 1e4) / 1e4;
    if (rounded === 0) delete model.weights[k];
    else model.weights[k] = rounded;
  }
  model.bias = Math.round(model.bias * 1e4) / 1e4;
  return model;
}

/**
 * Cross-validation by group: the groups are dealt into `folds` folds (in sorted order, round
 * robin), and each fold's examples are scored by a model trained on the other folds. The result is
 * every example's out-of-fold probability: the honest estimate of how the model does on articles
 * it has not seen.
 */
export function crossValidate(
  examples: readonly Example[],
  folds: number,
  opts: TrainOptions = {},
): number[] {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  const out = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((e) => foldOf.get(e.group) !== k);
    const model = trainLogistic(train, { name: "cv", trainedOn: `fold ${k}` }, opts);
    examples.forEach((e, i) => {
      if (foldOf.get(e.group) === k) out[i] = probability(model, e.features);
    });
  }
  return out;
}
