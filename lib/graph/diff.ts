/**
 * What changed between two renders of the same item list: the graph updates its vis-network
 * DataSets with just these, so a selection or filter change never rebuilds the network.
 * `previous` maps each id to the item's JSON from the last call; pass the returned `snapshot` next time.
 */
export function diffItems<T extends { id: string }>(
  previous: ReadonlyMap<string, string>,
  items: readonly T[],
): { changed: T[]; removed: string[]; snapshot: Map<string, string> } {
  const snapshot = new Map<string, string>();
  const changed: T[] = [];
  for (const item of items) {
    const json = JSON.stringify(item);
    snapshot.set(item.id, json);
    if (previous.get(item.id) !== json) changed.push(item);
  }
  const removed = [...previous.keys()].filter((id) => !snapshot.has(id));
  return { changed, removed, snapshot };
}
