import type { Analysis } from "@/lib/model";
import { actorNamed, spanText } from "./helpers";

/** One invented sentence of the actor stress test and what it must yield. */
export type Case = {
  text: string;
  /** named people (person, leader or official), by name or alias */
  people?: string[];
  /** named organisations, groups or media */
  orgs?: string[];
  /** [actor's name, a later mention of it] */
  same?: [string, string][];
  /** words no actor other than a state may be named by */
  not?: string[];
  /** no person at all */
  noPeople?: boolean;
  /** no actor at all but the outlet, a state neither */
  noActors?: boolean;
};

const PEOPLE = new Set(["person", "leader", "official"]);
const ORGS = new Set(["organization", "group", "media", "bloc", "alliance", "coalition"]);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function check(a: Analysis, c: Case): string[] {
  const errors: string[] = [];
  for (const p of c.people ?? []) {
    const x = actorNamed(a, p);
    if (!x || !PEOPLE.has(x.kind)) errors.push(`person ${p}: ${x ? x.kind : "missing"}`);
  }
  for (const o of c.orgs ?? []) {
    const x = actorNamed(a, o);
    if (!x || !ORGS.has(x.kind)) errors.push(`organisation ${o}: ${x ? x.kind : "missing"}`);
  }
  for (const [full, later] of c.same ?? []) {
    const x = actorNamed(a, full);
    const spans = x?.mentions.map((m) => spanText(a, m)) ?? [];
    if (spans.filter((s) => s === later).length === 0 || spans.length < 2)
      errors.push(`${full} not mentioned as ${later}: ${JSON.stringify(spans)}`);
  }
  for (const w of c.not ?? []) {
    const re = new RegExp(`(?:^|[^\\p{L}])${esc(w)}(?:$|[^\\p{L}])`, "u");
    const bad = a.actors.filter((x) => x.kind !== "state" && [x.name, ...x.aliases].some((n) => re.test(n)));
    if (bad.length) errors.push(`${w} read as ${bad.map((x) => `${x.name} (${x.kind})`).join(", ")}`);
  }
  if (c.noPeople) {
    const bad = a.actors.filter((x) => PEOPLE.has(x.kind));
    if (bad.length) errors.push(`people: ${bad.map((x) => x.name).join(", ")}`);
  }
  if (c.noActors) {
    const bad = a.actors.filter((x) => x.kind !== "media" || x.mentions.length > 0);
    if (bad.length) errors.push(`actors: ${bad.map((x) => x.name).join(", ")}`);
  }
  return errors;
}
