import type { Analysis } from "@/lib/model";
import { analyze } from "./helpers";
import { grammarCases, type Case } from "./attribution-grammar";

/**
 * Attribution on sentences composed from a seeded grammar (speaker kinds × reporting frames, see
 * attribution-grammar.ts): how many claims carry exactly the chain the sentence gives them, and
 * that no frame which reports nothing is read as a report.
 */
const SEEDS = [1, 2, 3, 4, 5];
// The share of composed cases that must come out right (measured 2026-12-03: see the report).
const FLOOR = 0.87;

const matches = (a: Analysis, id: string, want: string | RegExp) => {
  const x = a.actors.find((y) => y.id === id);
  if (!x) return false;
  if (typeof want !== "string") return want.test(x.name);
  return x.name === want || x.aliases.includes(want);
};

/** Whether the case's claim carries its chain; the chain found, for the failure message. */
function run(c: Case): { ok: boolean; got: string[] } {
  const a = analyze(c.body);
  const chain = a.claims[c.sentence]?.sources ?? [];
  const got = chain.map((id) => a.actors.find((x) => x.id === id)?.name ?? id);
  const ok = chain.length === c.chain.length && chain.every((id, i) => matches(a, id, c.chain[i]!));
  return { ok, got };
}

const OUT = "The Test Outlet";
const chainOf = (body: string, sentence: number) => {
  const a = analyze(body);
  return a.claims[sentence]!.sources.map((id) => a.actors.find((x) => x.id === id)!.name);
};

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
];

describe("attribution on a seeded grammar of invented sentences", () => {
  it.each(rules)("%s", (_rule, body, sentence, chain) => {
    expect(chainOf(body, sentence)).toEqual(chain);
  });

  const positives = SEEDS.flatMap((seed) => grammarCases(seed));
  const negatives = SEEDS.flatMap((seed) => grammarCases(seed, true));

  it(`gets at least ${FLOOR * 100}% of ${positives.length} composed reports right`, () => {
    const results = positives.map((c) => ({ c, ...run(c) }));
    const failed = results.filter((x) => !x.ok);
    if (process.env.GRAMMAR_REPORT)
      for (const f of failed) console.log(`${f.c.name}\n  ${f.c.body}\n  want ${f.c.chain.join(" → ")}\n  got  ${f.got.join(" → ")}`);
    const rate = 1 - failed.length / results.length;
    if (process.env.GRAMMAR_REPORT) console.log(`pass rate ${(rate * 100).toFixed(1)}% (${results.length - failed.length}/${results.length})`);
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  });

  it.each(negatives.map((c) => [c.name, c] as const))("reports nothing: %s", (_name, c) => {
    expect(run(c).got).toEqual(["The Test Outlet"]);
  });
});
