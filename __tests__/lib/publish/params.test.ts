import { clampWidth, DEFAULT_IMAGE_WIDTH, parseEmbedParams, parseImageParams, parseWidth } from "@/lib/publish/params";

describe("clampWidth(width)", () => {
  it.each([
    [0, 320],
    [319, 320],
    [320, 320],
    [800.4, 800],
    [2400, 2400],
    [2401, 2400],
    [1e9, 2400],
    [Number.NaN, DEFAULT_IMAGE_WIDTH],
    [Number.POSITIVE_INFINITY, DEFAULT_IMAGE_WIDTH],
  ])("clampWidth(%p) is %p", (input, expected) => {
    expect(clampWidth(input)).toBe(expected);
  });
});

describe("parseWidth(raw)", () => {
  it("defaults when absent or empty", () => {
    expect(parseWidth(null)).toEqual({ ok: true, value: DEFAULT_IMAGE_WIDTH });
    expect(parseWidth(" ")).toEqual({ ok: true, value: DEFAULT_IMAGE_WIDTH });
  });
  it("clamps whole numbers outside 320–2400", () => {
    expect(parseWidth("10")).toEqual({ ok: true, value: 320 });
    expect(parseWidth("99999")).toEqual({ ok: true, value: 2400 });
    expect(parseWidth("0800")).toEqual({ ok: true, value: 800 });
  });
  it.each(["abc", "12abc", "-5", "1e3", "12.5", "0x20", "99999999999", "<script>"])("rejects %p with a message", (raw) => {
    const r = parseWidth(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^width must be a whole number of pixels/);
  });
});

describe("parseImageParams(query)", () => {
  it("takes the view parameters, width and theme", () => {
    const r = parseImageParams("view=graph&certainty=fact,probable&width=640&theme=dark&focus=united-states");
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ width: 640, theme: "dark", view: expect.objectContaining({ certainty: ["fact", "probable"], focus: "united-states" }) }),
    });
  });
  it("answers an error for a malformed view value, an unknown parameter or theme", () => {
    expect(parseImageParams("certainty=maybe")).toEqual({ ok: false, error: "bad view parameters: ignored: certainty=maybe" });
    expect(parseImageParams("colour=red")).toEqual({ ok: false, error: "bad view parameters: ignored: colour=red" });
    expect(parseImageParams("theme=<b>")).toEqual({ ok: false, error: 'theme must be light or dark (got "<b>")' });
  });
  it("never throws on hostile input", () => {
    for (const q of ["%00", "__proto__=1", "width=" + "9".repeat(5000), "a=%E0%A4%A", "select=event:" + "x".repeat(3000), "&&&==&"]) {
      expect(() => parseImageParams(q)).not.toThrow();
    }
  });
});

describe("parseEmbedParams(query)", () => {
  it("defaults to the light theme with controls", () => {
    const p = parseEmbedParams("");
    expect([p.theme, p.controls, p.notices]).toEqual(["light", true, []]);
  });
  it("reads theme=dark and controls=0 without notices", () => {
    const p = parseEmbedParams("theme=dark&controls=0&view=timeline");
    expect([p.theme, p.controls, p.view.view, p.notices]).toEqual(["dark", false, "timeline", []]);
  });
  it("drops malformed values with a notice instead of failing", () => {
    const p = parseEmbedParams("theme=neon&controls=yes&lanes=sideways");
    expect(p.theme).toBe("light");
    expect(p.controls).toBe(true);
    expect(p.notices).toEqual(["ignored: lanes=sideways", "ignored: theme=neon", "ignored: controls=yes"]);
  });
});
