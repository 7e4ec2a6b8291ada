import { segment } from "@/lib/extract/segment";

const outlet = { id: "o", name: "O" };
const sentences = (text: string) => segment(text, "2025-01-01", outlet).sentences.map((s) => text.slice(s.start, s.end));

describe("segment(text)", () => {
  it("segment('A. B.') splits sentences at terminal punctuation followed by a capital", () => {
    expect(sentences("Talks began. They ended on Friday.")).toEqual(["Talks began.", "They ended on Friday."]);
  });

  it("segment() does not split after abbreviations and initials", () => {
    expect(sentences("The U.S. Army met Mr. Smith and J. Doe in Washington. Then it left.")).toEqual([
      "The U.S. Army met Mr. Smith and J. Doe in Washington.",
      "Then it left.",
    ]);
  });

  it("segment() keeps closing quotes with their sentence", () => {
    expect(sentences("He said «we will win.» She disagreed.")).toEqual(["He said «we will win.»", "She disagreed."]);
  });

  it("segment() numbers paragraphs separated by blank lines", () => {
    const doc = segment("One. Two.\n\nThree.", "2025-01-01", outlet);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("segment() cuts an unpunctuated wall of text into bounded sentences, in linear time", () => {
    const wall = "word ".repeat(200_000);
    const started = performance.now();
    const doc = segment(wall, "2025-01-01", outlet);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(doc.sentences.length).toBeGreaterThan(100);
    for (const s of doc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(2_050);
  });
});
