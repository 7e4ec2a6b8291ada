import { actCases } from "./attribution-grammar-more";
import { OUT } from "./attribution-grammar";
import { chainOf, runCase } from "./attribution-grammar-run";

/**
 * Round three of the seeded attribution grammar: speech acts reported without "said" ("X accused
 * Y of …", "X vowed to …", "…, arguing that …"), and the same words where they report nothing.
 */
const SEEDS = [1, 2, 3, 4, 5];
// Measured 2026-12-03 (see the report); a floor against regressions, not a target.
const FLOOR = 0.87;

const rules: [rule: string, body: string, sentence: number, chain: string[]][] = [
  ["'X accused Y of …'", "The Baltic Dockworkers Union accused the port authority of ignoring safety rules.", 0, ["Baltic Dockworkers Union", OUT]],
  ["'X vowed to …'", "Ingrid Solberg vowed to reopen the mine within a year.", 0, ["Ingrid Solberg", OUT]],
  ["'X opposed …, arguing that …'", "Ingrid Solberg opposed the levy, arguing that it would hurt farmers.", 0, ["Ingrid Solberg", OUT]],
  [
    "a speech act names no speaker after it ('The rebels, known as X, accused the Y-led coalition')",
    "The rebels, known as the Tamarind Front, accused the Kenyan-led force of shelling the town.",
    0,
    ["Tamarind Front", OUT],
  ],
  [
    "a verb of saying outranks a speech act in the sentence",
    "Amara Okafor vowed to fight the ruling after the court said it would stand.",
    0,
    ["court", OUT],
  ],
  [
    "'…, union officials said': a lower-case noun before 'officials' names whose",
    "The strike will go ahead on Monday, union officials said.",
    0,
    ["Union official", OUT],
  ],
];

describe("attribution on a seeded grammar, round three: speech acts", () => {
  it.each(rules)("%s", (_rule, body, sentence, chain) => {
    expect(chainOf(body, sentence)).toEqual(chain);
  });

  const cases = SEEDS.flatMap((seed) => actCases(seed));
  it(`gets at least ${FLOOR * 100}% of ${cases.length} composed speech acts right`, () => {
    const results = cases.map((c) => ({ c, ...runCase(c) }));
    const failed = results.filter((x) => !x.ok);
    if (process.env.GRAMMAR_REPORT)
      for (const f of failed) console.log(`${f.c.name}\n  ${f.c.body}\n  want ${f.c.chain.join(" → ")}\n  got  ${f.got.join(" → ")}`);
    expect(1 - failed.length / results.length).toBeGreaterThanOrEqual(FLOOR);
  });

  it.each(SEEDS.flatMap((seed) => actCases(seed, true)).map((c) => [c.name, c] as const))("reports nothing: %s", (_n, c) => {
    expect(runCase(c).got).toEqual([OUT]);
  });
});
