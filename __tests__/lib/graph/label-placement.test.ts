import { LabelSpace, nodeLabelCandidates, overlaps, textBox, wrappedLabelCandidates } from "@/lib/graph/label-placement";

describe("LabelSpace(bounds)", () => {
  it("place(candidates) takes the first that fits inside the bounds, clear of what is blocked, and blocks it", () => {
    const space = new LabelSpace({ left: 0, top: 0, right: 200, bottom: 100 });
    space.block({ left: 90, top: 40, right: 110, bottom: 60 }, "n");
    const [below, above] = nodeLabelCandidates("United States", { x: 100, y: 50 }, 10, 22, 11);
    // its own node does not block a label
    expect(space.place([below!], "n")).toBe(below);
    expect(space.fits(below!.box)).toBe(false);
    // for another node's label the place below is taken: the next candidate
    expect(space.place([below!, { ...above!, box: { left: 0, top: 0, right: 10, bottom: 10 } }], "m")?.box).toEqual({ left: 0, top: 0, right: 10, bottom: 10 });
  });

  it("place(candidates) returns null when every candidate leaves the bounds", () => {
    const space = new LabelSpace({ left: 0, top: 0, right: 50, bottom: 50 });
    expect(space.place(nodeLabelCandidates("Sources cited by Bloomberg", { x: 25, y: 25 }, 5, 17, 11))).toBeNull();
  });

  it("wrappedLabelCandidates(name) breaks a name at the space nearest its middle, and offers none for one word", () => {
    const [first] = wrappedLabelCandidates("Coalition of the willing", { x: 0, y: 0 }, 8, 20, 11);
    expect(first!.lines).toEqual(["Coalition of", "the willing"]);
    expect(wrappedLabelCandidates("NATO", { x: 0, y: 0 }, 8, 20, 11)).toEqual([]);
  });

  it("overlaps(a, b) and textBox(text) agree: side by side labels with a gap do not overlap", () => {
    const a = textBox("abc", 0, 10, 10, "start");
    const b = textBox("abc", a.right + 1, 10, 10, "start");
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, b, 2)).toBe(true);
  });
});
