import { parseArticle } from "@/lib/article";

const bytes = (s: string) => new TextEncoder().encode(s);
const md = (fm: string, body = "Body text.") => bytes(`---\n${fm}\n---\n\n${body}\n`);

describe("parseArticle(fileName, bytes)", () => {
  it("reads front matter and paragraphs", () => {
    const r = parseArticle("a-story.md", md("title: Hello\nsource: Outlet\npublished: 2025-02-03", "One\nline.\n\nTwo."));
    expect(r).toEqual({
      ok: true,
      article: expect.objectContaining({ id: "a-story", title: "Hello", source: "Outlet", published: "2025-02-03", language: "en", body: "One line.\n\nTwo." }),
    });
  });
  it("reads a plain .txt: first line title, each further line a paragraph", () => {
    const r = parseArticle("x.txt", bytes("Title\nPara one.\nPara two.\n"));
    expect(r.ok && r.article).toMatchObject({ title: "Title", body: "Para one.\n\nPara two.", published: null });
  });
  it.each([
    ["no title", md("source: X"), 'field "title"'],
    ["a wrong date", md("title: T\npublished: yesterday"), 'field "published" must be an ISO date'],
    ["a non-http url", md("title: T\nurl: javascript:alert(1)"), 'field "url"'],
    ["malformed YAML", md("title: [unclosed"), "not valid YAML"],
    ["unclosed front matter", bytes("---\ntitle: T\nbody"), "never closed"],
    ["an empty body", md("title: T", "   "), "body is empty"],
    ["NUL bytes", new Uint8Array([0x54, 0x00, 0x41]), "binary"],
    ["invalid UTF-8", new Uint8Array([0xff, 0xfe, 0x41]), "not valid UTF-8"],
    ["over 1 MB", new Uint8Array(1024 * 1024 + 1).fill(0x41), "over the 1.0 MB limit"],
  ])("rejects %s with a message naming the file and the problem", (_, input, message) => {
    const r = parseArticle("bad.md", input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain("bad.md");
      expect(r.error).toContain(message);
    }
  });
  it("rejects file names that cannot be ids", () => {
    expect(parseArticle("../evil name.md", md("title: T")).ok).toBe(false);
  });
});
