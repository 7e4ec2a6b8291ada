import { agreeWith, relationSentence } from "@/lib/text";

describe("relationSentence(subject, phrase, object)", () => {
  it("a plural common noun takes the plural verb", () => {
    expect(relationSentence("Nordic countries", "cooperates with", "Canada")).toBe("Nordic countries cooperate with Canada");
    expect(agreeWith("Union officials", "supplies")).toBe("supply");
    expect(agreeWith("Union officials", "pushes")).toBe("push");
    expect(agreeWith("Rebel leaders", "is allied with")).toBe("are allied with");
  });
  it("a proper name ending in s stays singular", () => {
    expect(relationSentence("United States", "cooperates with", "Canada")).toBe("United States cooperates with Canada");
    expect(agreeWith("Honduras", "meets")).toBe("meets");
  });
});
