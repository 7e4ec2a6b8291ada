import fc from "fast-check";
import { textWidth } from "@/lib/timeline/layout/text";
import { isCut, labelLines, MAX_LABEL_LINES, wrapText } from "@/lib/timeline/layout/wrap";

describe("wrapText(text, width, maxLines)", () => {
  it("keeps a label that fits on one line", () => {
    expect(wrapText("Peace agreement", 200)).toEqual(["Peace agreement"]);
  });

  it("breaks a long label at spaces onto two lines instead of cutting it", () => {
    expect(wrapText("Reach a common position on security guarantees", 200)).toEqual(["Reach a common position on", "security guarantees"]);
  });

  it("ends the last line with an ellipsis when two lines are not enough", () => {
    const lines = wrapText("U.S. forces deployed to Ukraine after a settlement", 90);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("U.S. forces");
    expect(lines[1]).toMatch(/…$/);
  });

  it("breaks inside a word only when the word alone is too wide", () => {
    expect(wrapText("Supercalifragilisticexpialidocious word", 60)).toEqual(["Supercali", "fragilis…"]);
  });

  it("returns no lines for empty text or no room", () => {
    expect(wrapText("", 100)).toEqual([]);
    expect(wrapText("a label", 3)).toEqual([]);
  });

  it("never returns more lines than asked, nor a line wider than the width", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z.’-]{1,14}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 40, max: 260 }), (words, width) => {
        const lines = wrapText(words.join(" "), width);
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe("labelLines(text, width, wider)", () => {
  const text = "Talks on the terms of a ceasefire along the line of contact";

  it("labelLines(text two lines hold, width) is wrapText's two lines", () => {
    expect(labelLines("Reach a common position on security guarantees", 200)).toEqual(["Reach a common position on", "security guarantees"]);
  });

  it("labelLines(text two lines would cut, width) takes a third line and cuts nothing", () => {
    expect(isCut(wrapText(text, 140), text)).toBe(true);
    const lines = labelLines(text, 140);
    expect(lines).toHaveLength(3);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(140);
  });

  it("labelLines(text three lines would cut, width, wider) grows only as wide as it needs, up to wider", () => {
    expect(isCut(labelLines(text, 90), text)).toBe(true);
    const lines = labelLines(text, 90, 300);
    expect(lines.join(" ")).toBe(text);
    const widest = Math.max(...lines.map((line) => textWidth(line)));
    expect(widest).toBeGreaterThan(90);
    expect(widest).toBeLessThan(300);
  });

  it("labelLines(text, width, wider) never returns more than MAX_LABEL_LINES lines, nor one wider than wider", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z.’-]{1,14}$/), { minLength: 1, maxLength: 20 }), fc.integer({ min: 40, max: 200 }), fc.integer({ min: 0, max: 200 }), (words, width, more) => {
        const lines = labelLines(words.join(" "), width, width + more);
        expect(lines.length).toBeLessThanOrEqual(MAX_LABEL_LINES);
        for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width + more);
      }),
    );
  });
});
