/**
 * An attribution chain, nearest source first and the outlet last: "Bloomberg, via Voennoe Delo".
 * `compact` drops the outlet when others precede it, for the narrow gutter of the article text.
 */
export function SourceChain({ ids, names, compact = false }: { ids: readonly string[]; names: ReadonlyMap<string, string>; compact?: boolean }) {
  if (ids.length === 0) return <span className="italic">unattributed</span>;
  const [first, ...rest] = ids;
  const shown = compact ? rest.slice(0, Math.max(0, rest.length - 1)) : rest;
  return (
    <span>
      <span className="font-semibold">{names.get(first!) ?? first}</span>
      {shown.map((id) => (
        <span key={id}>, via {names.get(id) ?? id}</span>
      ))}
      {compact && rest.length > 0 && <span className="sr-only">, via {names.get(rest[rest.length - 1]!) ?? rest[rest.length - 1]}</span>}
    </span>
  );
}
