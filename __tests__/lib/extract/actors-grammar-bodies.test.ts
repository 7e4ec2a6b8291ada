import { analyze } from "./helpers";
import { actorFor, ORG_KINDS } from "./grammar-check";

/**
 * Issue 14, item 1 (session 28): bodies a careful reader names that the name rules missed, and
 * words they must not turn into actors. Every sentence is invented (varied states, names and
 * outlets), written without reading any held-out article.
 */
const mentionsOf = (a: ReturnType<typeof analyze>, name: string) =>
  (actorFor(a, name)?.mentions ?? []).map((m) => a.article.text.slice(m.start, m.end));

describe("a state's government named with the state is the state", () => {
  it.each([
    ["Peru's government agreed to sell the stake on Monday.", "Peru", "government"],
    ["The Zambian government refused to extend the deadline.", "Zambia", "government"],
    ["Officials said the Chilean government had approved the plan.", "Chile", "government"],
  ])("%s", (text, state, said) => {
    const a = analyze(text);
    expect(actorFor(a, state)?.kind).toBe("state");
    expect(mentionsOf(a, state)).toContain(said);
    expect(a.actors.filter((x) => /government/i.test(x.name)).map((x) => x.name)).toEqual([]);
  });
  it("a province's government is not the state's", () => {
    const a = analyze("The provincial government said roads would reopen in Mendoza.");
    expect(a.actors.some((x) => x.kind === "state" && mentionsOf(a, x.name).includes("government"))).toBe(false);
  });
});

describe("a state's organ named by its demonym, with 'a' or no article", () => {
  it.each([
    ["A Kenyan court on Monday ordered the release of the activist.", "Kenyan court"],
    ["According to Reuters, a Peruvian court on Wednesday sentenced the former mayor.", "Peruvian court"],
    ["Three men were hurt after Nigerian police fired on the crowd.", "Nigerian police"],
    ["The suspects were held overnight, according to Ugandan police.", "Ugandan police"],
    ["Indonesian prosecutors said the case would go to trial.", "Indonesian prosecutors"],
    ["The results were announced by the elections commission on Friday.", "elections commission"],
  ])("%s", (text, name) => {
    expect(ORG_KINDS.has(actorFor(analyze(text), name)?.kind ?? "")).toBe(true);
  });
  it.each([
    // A company is no state organ, and a demonym after a possessive qualifies something else.
    ["A British bank said profits rose in the third quarter.", /bank/i],
    ["Shares of a Kenyan bank fell sharply on Tuesday.", /bank/i],
    ["The firm said its Kenyan unit reported a loss.", /unit/i],
  ])("reads no organ: %s", (text, re) => {
    expect(analyze(text).actors.filter((x) => re.test(x.name)).map((x) => x.name)).toEqual([]);
  });
});
