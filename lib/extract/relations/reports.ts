/** Attribution chains as relations: a source reports to the medium that carries it. */
import type { ActorKind } from "../../model";
import type { WithEvents } from "../events";
import type { Clause } from "../types";
import type { Link, RelationSet } from "./collect";

/** A source reports to the medium that carries it, not to the body it belongs to. */
export function relateReports(doc: WithEvents, found: RelationSet, kindOf: Map<string, ActorKind>): void {
  const firstClause = new Map<number, Clause>();
  for (const c of doc.clauses) if (!firstClause.has(c.sentence)) firstClause.set(c.sentence, c);
  for (const att of doc.attributions) {
    const chain = att.chain.filter((id) => id !== doc.outlet.id);
    const clause = firstClause.get(att.sentence);
    if (!clause || !att.cue) continue;
    const link: Link = {
      kind: "reports",
      label: "reports to",
      clause,
      at: att.cue.start,
      sentence: att.sentence,
      symmetric: false,
      // the telling happened, however hedged what is told: "X told Reuters the deal could collapse"
      hedgeSpan: att.cue,
    };
    for (let i = 0; i + 1 < chain.length; i++)
      if (kindOf.get(chain[i + 1]!) === "media") found.add(chain[i]!, chain[i + 1]!, link);
    // "X told Reuters": X reports to the medium it told, a source of the claim or not.
    if (att.told && chain[0] && !chain.includes(att.told) && kindOf.get(att.told) === "media")
      found.add(chain[0], att.told, link);
  }
}
