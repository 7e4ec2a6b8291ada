export type PackItem = {
  id: string;
  /** left edge of mark and label (px) */
  start: number;
  /** right edge of mark and label */
  end: number;
  /** right edge of the mark alone, without its label */
  markEnd: number;
};

export type Packed = { row: number; labelShown: boolean };

const GAP = 6;

/**
 * Greedy row packing (interval partitioning) for one lane: items in order of their left edge take the
 * first row that is free by then. With every row busy and `maxRows` reached, the item joins the row
 * that frees up first and hides its label, so labels never collide; its name stays in the accessible
 * name and tooltip.
 */
export function packRows(items: readonly PackItem[], maxRows: number): { placed: Map<string, Packed>; rows: number } {
  const sorted = [...items].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rowEnd: number[] = [];
  const placed = new Map<string, Packed>();
  for (const item of sorted) {
    let row = rowEnd.findIndex((end) => end + GAP <= item.start);
    if (row === -1 && rowEnd.length < Math.max(1, maxRows)) {
      row = rowEnd.length;
      rowEnd.push(-Infinity);
    }
    if (row !== -1) {
      rowEnd[row] = item.end;
      placed.set(item.id, { row, labelShown: true });
      continue;
    }
    let earliest = 0;
    for (let r = 1; r < rowEnd.length; r++) if (rowEnd[r]! < rowEnd[earliest]!) earliest = r;
    rowEnd[earliest] = Math.max(rowEnd[earliest]!, item.markEnd);
    placed.set(item.id, { row: earliest, labelShown: false });
  }
  return { placed, rows: Math.max(1, rowEnd.length) };
}
