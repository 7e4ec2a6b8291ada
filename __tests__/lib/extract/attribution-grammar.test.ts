import { analyze } from "./helpers";
import { OUT, grammarCases } from "./attribution-grammar";
import { chainOf, runCase } from "./attribution-grammar-run";

/**
 * Attribution on sentences composed from a seeded grammar (speaker kinds × reporting frames, see
 * attribution-grammar.ts): how many claims carry exactly the chain the sentence gives them, and
 * that no frame which reports nothing is read as a report.
 */
const SEEDS = [1, 2, 3, 4, 5];
// The share of composed cases that must come out right (measured 2026-12-03: see the report).
const FLOOR = 0.97;

// One invented case for each rule the grammar led to.
const rules: [rule: string, body: string, sentence: number, chain: string[]][] = [
  [
    "'the <noun>' is the one institution named before whose name ends in it",
    "The Baltic Dockworkers Confederation met on Monday. The strike would go ahead, said the confederation in a statement.",
    1,
    ["Baltic Dockworkers Confederation", OUT],
  ],
  [
    "'according to the department' after the Kenya Meteorological Department",
    "The Kenya Meteorological Department issued a warning. Rain would persist, according to the department.",
    1,
    ["Kenya Meteorological Department", OUT],
  ],
  [
    "'the governor' is the person named with that title",
    "Governor Siosaia Taufa toured the harbour. The harbour would reopen in May, according to the governor.",
    1,
    ["Siosaia Taufa", OUT],
  ],
  [
    "'the senator' after 'X, the state's senior senator,'",
    "Aylin Demir, the state's senior senator, visited the plant. Reuters reported, citing the senator, that it would close.",
    1,
    ["Aylin Demir", "Reuters", OUT],
  ],
  [
    "a state's unnamed news agency quoting someone is no source of its own",
    "Egypt’s state-run news agency quoted Chidi Eze as saying the dam would be finished in May.",
    0,
    ["Chidi Eze", OUT],
  ],
  [
    "a compass word before a capitalised word is part of a name, not the West's",
    "Reuters quoted the West African Seed Agency as saying the harvest would be late.",
    0,
    ["West African Seed Agency", "Reuters", OUT],
  ],
  [
    "'M quoted X, a long apposition, as saying'",
    "Kyodo News quoted Hiroshi Tanaka, the head of the prefecture's disaster response office, as saying two roads were closed.",
    0,
    ["Hiroshi Tanaka", "Kyodo", OUT],
  ],
  [
    "'M quoted <state> <institution> as saying': the head of the run is quoted",
    "Reuters quoted the Ghana Statistical Service as saying inflation had eased.",
    0,
    ["Ghana Statistical Service", "Reuters", OUT],
  ],
  [
    "'quoted residents as saying': the quoted are the collective, not a name in what they said",
    "The BBC quoted residents as saying the army had left the town.",
    0,
    ["Residents", "BBC", OUT],
  ],
  [
    "'the news agency <NAME>' names a medium",
    "The official news agency KCNA quoted Ri Song Chol as saying the bridge had reopened.",
    0,
    ["Ri Song Chol", "KCNA", OUT],
  ],
  [
    "'C, said X': after a comma the name after the verb speaks, not a name in the clause before",
    "The army had pulled back from the border with Niger, said Lars Eriksen in a statement.",
    0,
    ["Lars Eriksen", OUT],
  ],
  [
    "'…, X, 41, manager of …, told M': whom it was told is no inverted speaker",
    "Nothing was damaged, Aylin Demir, 38, owner of a bakery in Izmir, told Kyodo News.",
    0,
    ["Aylin Demir", OUT],
  ],
  [
    "'\"Q.\" Mayor X said this on Monday.': the next sentence opens with its speaker after a title",
    '"We will rebuild." Mayor Chidi Eze said this on Monday.',
    0,
    ["Chidi Eze", OUT],
  ],
  [
    "'…, said three people familiar with the talks': the quantified unnamed source after the verb",
    "The merger would be announced on Friday, said three people familiar with the talks.",
    0,
    ["People familiar with the talks", OUT],
  ],
  [
    "'according to witnesses': a collective cited",
    "The convoy was shelled near the river, according to witnesses.",
    0,
    ["Witnesses", OUT],
  ],
  [
    "'Activists wrote on Telegram': a collective speaking through a post",
    "Activists wrote on Telegram that the march would go ahead.",
    0,
    ["Activists", OUT],
  ],
];

describe("attribution on a seeded grammar of invented sentences", () => {
  it.each(rules)("%s", (_rule, body, sentence, chain) => {
    expect(chainOf(body, sentence)).toEqual(chain);
  });

  it("reads no West in a name that opens with a compass word ('the West African Seed Agency')", () => {
    const names = analyze("The West African Seed Agency said the harvest would be late.").actors.map((x) => x.name);
    expect(names).not.toContain("Western countries");
  });

  const positives = SEEDS.flatMap((seed) => grammarCases(seed));
  const negatives = SEEDS.flatMap((seed) => grammarCases(seed, true));

  it(`gets at least ${FLOOR * 100}% of ${positives.length} composed reports right`, () => {
    const results = positives.map((c) => ({ c, ...runCase(c) }));
    const failed = results.filter((x) => !x.ok);
    if (process.env.GRAMMAR_REPORT)
      for (const f of failed) console.log(`${f.c.name}\n  ${f.c.body}\n  want ${f.c.chain.join(" → ")}\n  got  ${f.got.join(" → ")}`);
    const rate = 1 - failed.length / results.length;
    if (process.env.GRAMMAR_REPORT) console.log(`pass rate ${(rate * 100).toFixed(1)}% (${results.length - failed.length}/${results.length})`);
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  });

  it.each(negatives.map((c) => [c.name, c] as const))("reports nothing: %s", (_name, c) => {
    expect(runCase(c).got).toEqual(["The Test Outlet"]);
  });
});
