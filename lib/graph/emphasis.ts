import type { Analysis } from "../model";
import type { ItemSets, Selection } from "../selection";
import { neighbourhood } from "./neighbourhood";

export type Emphasis = { actors: ReadonlySet<string>; relations: ReadonlySet<string> };

/**
 * What the graph keeps at full strength while something is selected: the items the shared
 * selection model links to it, plus the graph's own view of it (a selected actor brings its
 * neighbours and their relations, a selected relation its two ends). Null when nothing is
 * selected and nothing is highlighted: then nothing is dimmed.
 */
export function emphasis(
  analysis: Pick<Analysis, "actors" | "relations">,
  selection: Selection,
  highlighted?: Pick<ItemSets, "actors" | "relations">,
): Emphasis | null {
  const actors = new Set(highlighted?.actors ?? []);
  const relations = new Set(highlighted?.relations ?? []);
  if (selection?.kind === "actor") {
    const n = neighbourhood(analysis, selection.id, 1);
    n.actors.forEach((id) => actors.add(id));
    n.relations.forEach((id) => relations.add(id));
  } else if (selection?.kind === "relation") {
    const r = analysis.relations.find((x) => x.id === selection.id);
    if (r) {
      relations.add(r.id);
      actors.add(r.source);
      actors.add(r.target);
    }
  }
  if (selection === null && actors.size === 0 && relations.size === 0) return null;
  return { actors, relations };
}
