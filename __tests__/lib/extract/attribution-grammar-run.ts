import type { Analysis } from "@/lib/model";
import type { Case } from "./attribution-grammar";
import { analyze } from "./helpers";

/** Whether actor `id` of the analysis is the one a case names (by name, alias or pattern). */
const matches = (a: Analysis, id: string, want: string | RegExp) => {
  const x = a.actors.find((y) => y.id === id);
  if (!x) return false;
  return typeof want === "string" ? x.name === want || x.aliases.includes(want) : want.test(x.name);
};

const names = (a: Analysis, ids: readonly string[]) => ids.map((id) => a.actors.find((x) => x.id === id)?.name ?? id);

/** Whether the case's claim carries exactly its chain; the chain found, for the failure message. */
export function runCase(c: Case): { ok: boolean; got: string[] } {
  const a = analyze(c.body);
  const chain = a.claims[c.sentence]?.sources ?? [];
  return { ok: chain.length === c.chain.length && chain.every((id, i) => matches(a, id, c.chain[i]!)), got: names(a, chain) };
}

/** The names in the attribution chain of sentence `sentence`'s claim. */
export const chainOf = (body: string, sentence = 0) => {
  const a = analyze(body);
  return names(a, a.claims[sentence]!.sources);
};
