/** The id `step` places from `current` in reading order, clamped at the ends; the first id when nothing is focused. */
export function stepInOrder(order: readonly string[], current: string | null, step: number): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i === -1) return step < 0 ? order[order.length - 1]! : order[0]!;
  return order[Math.min(order.length - 1, Math.max(0, i + step))]!;
}
