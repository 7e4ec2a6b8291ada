import { toSvgString } from "@/lib/svg/node";
import { headingLines, HEADING_SIZE, imageHeading } from "@/lib/svg/heading";

const TITLE = "US and Europe Push Ukraine Security Guarantees at Paris Summit";
/** The measure the heading uses: an average advance of 0.58 em. */
const width = (s: string) => [...s].length * HEADING_SIZE * 0.58;

describe("headingLines(title, width, maxLines)", () => {
  it("keeps a title that fits on one line", () => {
    expect(headingLines(TITLE, 1000)).toEqual([TITLE]);
  });

  it("wraps at words onto a second line, every line within the width, the words all there", () => {
    const lines = headingLines(TITLE, 300);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe(TITLE);
  });

  it("cuts only what the last line cannot hold, at a word, with an ellipsis", () => {
    const lines = headingLines(TITLE, 200);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(200);
    expect(TITLE.startsWith(`${lines.join(" ").slice(0, -1)}`)).toBe(true);
    const one = headingLines(TITLE, 300, 1);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(/^US and Europe Push\b.*…$/);
  });
});

describe("imageHeading(title, options)", () => {
  it("is one text element, class nl-heading, 14 px bold; a second line is a tspan and a line more of height", () => {
    const one = imageHeading(TITLE, { width: 1200, margin: 12, fill: "#000", band: 30 });
    expect(one.height).toBe(30);
    expect(toSvgString(one.node)).toBe(`<text class="nl-heading" x="12" y="20" font-size="14" font-weight="600" fill="#000">${TITLE}</text>`);
    const two = imageHeading(TITLE, { width: 400, margin: 12, fill: "#000", band: 30 });
    expect(two.lines).toHaveLength(2);
    expect(two.height).toBe(48);
    expect(toSvgString(two.node)).toContain(`<tspan x="12" dy="18">${two.lines[1]}</tspan>`);
  });
});
