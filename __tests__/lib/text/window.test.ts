import { generateAnalysis } from "@/tools/synthetic";
import { paragraphRows, rowsOf } from "@/lib/text/rows";
import { paragraphSpans } from "@/lib/text/segments";
import { textWindow, type ParagraphRows } from "@/lib/text/window";

type R = { start: number; end: number; id: string };
const row = (id: string, start: number): R => ({ id, start, end: start + 10 });
// three paragraphs of 3, 2 and 4 rows, ten characters each
const paragraphs: ParagraphRows<R>[] = [
  { span: { start: 0, end: 30 }, rows: [row("a", 0), row("b", 10), row("c", 20)] },
  { span: { start: 32, end: 52 }, rows: [row("d", 32), row("e", 42)] },
  { span: { start: 54, end: 94 }, rows: [row("f", 54), row("g", 64), row("h", 74), row("i", 84)] },
];
const none = () => false;
const ids = (ps: ParagraphRows<R>[]) => ps.map((p) => p.rows.map((r) => r.id).join(""));

describe("textWindow", () => {
  it("textWindow(paragraphs, limit) keeps the first `limit` rows in their paragraphs, cutting the last", () => {
    const w = textWindow(paragraphs, 4, [], none, 5);
    expect(ids(w.paragraphs)).toEqual(["abc", "d"]);
    expect(w).toMatchObject({ pinned: [], evidenceBeyond: 0, total: 9, hidden: 5 });
  });

  it("textWindow(paragraphs, limit ≥ total) is the whole text", () => {
    const w = textWindow(paragraphs, Infinity, [{ start: 80, end: 81 }], none, 5);
    expect(ids(w.paragraphs)).toEqual(["abc", "de", "fghi"]);
    expect(w).toMatchObject({ pinned: [], total: 9, hidden: 0 });
  });

  it("textWindow(paragraphs, limit, evidence) pins the rows beyond the window that the evidence overlaps", () => {
    const evidence = [{ start: 86, end: 88 }, { start: 2, end: 4 }, { start: 40, end: 66 }];
    const w = textWindow(paragraphs, 3, evidence, none, 5);
    expect(ids(w.paragraphs)).toEqual(["abc"]);
    expect(w.pinned.map((r) => r.id)).toEqual(["d", "e", "f", "g", "i"]);
    expect(w).toMatchObject({ evidenceBeyond: 5, hidden: 1 });
  });

  it("textWindow(paragraphs, limit, evidence, isSelected, maxPinned) pins at most maxPinned rows and counts the rest", () => {
    const w = textWindow(paragraphs, 3, [{ start: 30, end: 94 }], (r) => r.id === "i", 2);
    expect(w.pinned.map((r) => r.id)).toEqual(["d", "e"]);
    expect(w).toMatchObject({ evidenceBeyond: 6, hidden: 4 });
  });

  it("textWindow(paragraphs, limit, [], isSelected) pins the selected row; empty spans pin nothing", () => {
    const w = textWindow(paragraphs, 2, [{ start: 60, end: 60 }], (r) => r.id === "h", 5);
    expect(w.pinned.map((r) => r.id)).toEqual(["h"]);
    expect(w.hidden).toBe(6);
  });
});

describe("paragraphRows", () => {
  it("paragraphRows(text, paragraphs, claims) equals rowsOf on every paragraph with every claim", () => {
    const a = generateAnalysis({ events: 30, actors: 8, relations: 200, seed: 3 });
    // many paragraphs: every fifth sentence ends one; the shifted text leaves claims across paragraph breaks
    let n = 0;
    const text = a.article.text.replace(/\. /g, (m) => (++n % 5 === 0 ? ".\n\n" : m));
    const spans = paragraphSpans(text);
    expect(spans.length).toBeGreaterThan(10);
    const got = paragraphRows(text, spans, a.claims);
    expect(got).toEqual(spans.map((span) => ({ span, rows: rowsOf(text, span, a.claims) })));
  });
});
