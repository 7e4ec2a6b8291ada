/** Detection counts of one category, with the derived rates (an empty denominator counts as perfect). */
export type Counts = {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
};

/** Correct / total for one attribute of matched items; `accuracy` is null when nothing was scored. */
export type Accuracy = { correct: number; total: number; accuracy: number | null };

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return accuracy(a.correct + b.correct, a.total + b.total);
}
