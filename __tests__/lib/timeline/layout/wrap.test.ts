import fc from "fast-check";
import { textWidth } from "@/lib/timeline/layout/text";
import { wrapText } from "@/lib/timeline/layout/wrap";

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
