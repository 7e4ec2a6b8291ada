import { firstNamesCompatible, parsePersonName, sameFullName, surnameKey } from "@/lib/story";

const parse = (name: string) => parsePersonName(name)!;

describe("lib/story/names", () => {
  it("parsePersonName('Sir Keir Starmer') drops the honorific", () => {
    expect(parse("Sir Keir Starmer")).toEqual({ first: "keir", surnames: ["starmer"] });
  });
  it("parsePersonName('Macron') is a bare surname", () => {
    expect(parse("Macron").first).toBeNull();
  });
  it("parsePersonName('European official') is no personal name", () => {
    expect(parsePersonName("European official")).toBeNull();
    expect(parsePersonName("Ursula von der Leyen")?.surnames).toContain("leyen");
  });
  it("surnameKey folds the spellings of one surname", () => {
    expect(new Set(["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi"].map(surnameKey)).size).toBe(
      1,
    );
    expect(surnameKey("Maduro")).not.toBe(surnameKey("Madura"));
  });
  it("firstNamesCompatible('Vladimir', 'Volodymyr'): transliterations of one name", () => {
    expect(firstNamesCompatible(parse("Vladimir Zelensky"), parse("Volodymyr Zelenskyy"))).toBe(
      true,
    );
    expect(firstNamesCompatible(parse("Donald Trump"), parse("Melania Trump"))).toBe(false);
  });
  it("sameFullName('Nicolas Maduro Moros', 'Nicolás Maduro') shares a surname", () => {
    expect(sameFullName(parse("Nicolas Maduro Moros"), parse("Nicolás Maduro"))).toBe(true);
    expect(sameFullName(parse("Alvin K. Hellerstein"), parse("Alvin Hellerstein"))).toBe(true);
  });
});
