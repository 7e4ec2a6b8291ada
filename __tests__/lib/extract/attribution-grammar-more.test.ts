import { analyze } from "./helpers";
import { moreCases } from "./attribution-grammar-more";
import { OUT } from "./attribution-grammar";
import { chainOf, runCase } from "./attribution-grammar-run";

/**
 * Round two of the seeded attribution grammar (attribution-grammar-more.ts): other ways of naming
 * a speaker and other reporting frames, with the share of composed reports that must come right.
 */
const SEEDS = [1, 2, 3, 4, 5];
// Measured 2026-12-03 (see the report); a floor against regressions, not a target.
const FLOOR = 0.95;

// One invented case for each rule round two led to.
const rules: [rule: string, body: string, sentence: number, chain: string[]][] = [
  [
    "'the <demonym> <state organ>' is that institution, not the state (after a dateline)",
    "HANOI (Reuters) - Two fishing boats were seized near the islands, the Vietnamese foreign ministry said on Monday.",
    0,
    ["Vietnamese foreign ministry", OUT],
  ],
  [
    "'according to <state>'s <institution>': the institution cited, not its state",
    "The vaccine would arrive in June, according to Ghana's health ministry.",
    0,
    ["health ministry", OUT],
  ],
  [
    "'…, said <state>'s <institution>': the inverted speaker is the possessed institution",
    "The border would stay closed, said Peru's interior ministry.",
    0,
    ["interior ministry", OUT],
  ],
  ["'…, police said': the police without an article", "Two men were arrested near the port, police said.", 0, ["police", OUT]],
  ["'according to police'", "According to police, the fire started in the kitchen.", 0, ["police", OUT]],
  [
    "'the <demonym> <state organ>' when the gazetteer does not read the demonym as the state",
    "Exports fell for a third month, the Peruvian central bank said.",
    0,
    ["Peruvian central bank", OUT],
  ],
  [
    "'announced by <state>'s <institution>'",
    "It was announced by Chile's health ministry that the clinics would reopen.",
    0,
    ["health ministry", OUT],
  ],
  ["'Witnesses also said'", "Witnesses also said the shelling lasted an hour.", 0, ["Witnesses", OUT]],
  ["'X reiterated that'", "Ingrid Solberg reiterated that the quota would not change.", 0, ["Ingrid Solberg", OUT]],
  ["'X pointed out that'", "Ingrid Solberg pointed out that the quota had not changed.", 0, ["Ingrid Solberg", OUT]],
  ["two given names opening a sentence ('José Luis')", "José Miguel Fuentes said the harbour was closed.", 0, ["José Miguel Fuentes", OUT]],
  ["a family name before a hyphenated given name opening a sentence", "Park Soo-jin said the harbour was closed.", 0, ["Park Soo-jin", OUT]],
  [
    "two unknown words opening a sentence before a past verb are a name, its surname later the same",
    "Kenji Watanabe arrived in Oslo on Monday. The harbour was closed, Watanabe said.",
    1,
    ["Kenji Watanabe", OUT],
  ],
];

describe("attribution on a seeded grammar, round two", () => {
  it.each(rules)("%s", (_rule, body, sentence, chain) => {
    expect(chainOf(body, sentence)).toEqual(chain);
  });

  it("reads no institution in a demonym before a company's word ('the Canadian bank')", () => {
    const a = analyze("The Canadian bank failed to report the transfers, the regulator said.");
    expect(a.actors.map((x) => x.name)).not.toContain("Canadian bank");
  });

  it("reads no police in a name that holds the word ('Delhi police')", () => {
    const a = analyze("Delhi police said two men were held.");
    expect(a.actors.map((x) => x.name)).not.toContain("police");
  });

  const cases = SEEDS.flatMap((seed) => moreCases(seed));
  it(`gets at least ${FLOOR * 100}% of ${cases.length} composed reports right`, () => {
    const results = cases.map((c) => ({ c, ...runCase(c) }));
    const failed = results.filter((x) => !x.ok);
    if (process.env.GRAMMAR_REPORT)
      for (const f of failed) console.log(`${f.c.name}\n  ${f.c.body}\n  want ${f.c.chain.join(" → ")}\n  got  ${f.got.join(" → ")}`);
    expect(1 - failed.length / results.length).toBeGreaterThanOrEqual(FLOOR);
  });
});
