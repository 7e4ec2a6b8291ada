import { Analysis, type Span } from "./analysis";

/**
 * Every way an analysis can break its contract beyond what one field's schema says: it must parse,
 * every span must slice a non-empty piece of the text, and every id it refers to must exist.
 * Returns the problems found; an empty list means the analysis is sound.
 */
export function checkIntegrity(value: unknown): string[] {
  const parsed = Analysis.safeParse(value);
  if (!parsed.success)
    return parsed.error.issues
      .slice(0, 5)
      .map((i) => `schema: ${i.path.join(".") || "(root)"}: ${i.message}`);
  const a = parsed.data;
  const length = a.article.text.length;
  const problems: string[] = [];
  const span = (where: string, s: Span) => {
    if (!(s.start < s.end && s.end <= length))
      problems.push(`${where}: span ${s.start}-${s.end} is outside the text (${length})`);
    else if (a.article.text.slice(s.start, s.end).trim() === "")
      problems.push(`${where}: span ${s.start}-${s.end} is blank`);
  };
  const actorIds = new Set(a.actors.map((x) => x.id));
  const eventIds = new Set(a.events.map((x) => x.id));
  const unique = (kind: string, ids: string[]) => {
    if (new Set(ids).size !== ids.length) problems.push(`${kind}: ids are not unique`);
  };
  const actor = (where: string, id: string) => {
    if (!actorIds.has(id)) problems.push(`${where}: unknown actor "${id}"`);
  };
  unique(
    "actors",
    a.actors.map((x) => x.id),
  );
  unique(
    "events",
    a.events.map((x) => x.id),
  );
  unique(
    "relations",
    a.relations.map((x) => x.id),
  );
  unique(
    "claims",
    a.claims.map((x) => x.id),
  );

  for (const x of a.actors) x.mentions.forEach((s, i) => span(`actor ${x.id} mention ${i}`, s));
  for (const e of a.events) {
    e.evidence.forEach((s, i) => span(`event ${e.id} evidence ${i}`, s));
    e.actors.forEach((id) => actor(`event ${e.id} actors`, id));
    e.sources.forEach((id) => actor(`event ${e.id} sources`, id));
    if (e.time.anchor && !eventIds.has(e.time.anchor.event))
      problems.push(`event ${e.id}: anchor refers to unknown event "${e.time.anchor.event}"`);
    if (e.time.anchor?.event === e.id) problems.push(`event ${e.id}: is anchored to itself`);
  }
  for (const r of a.relations) {
    r.evidence.forEach((s, i) => span(`relation ${r.id} evidence ${i}`, s));
    actor(`relation ${r.id} source`, r.source);
    actor(`relation ${r.id} target`, r.target);
    r.sources.forEach((id) => actor(`relation ${r.id} sources`, id));
  }
  for (const c of a.claims) {
    span(`claim ${c.id} evidence`, c.evidence);
    c.sources.forEach((id) => actor(`claim ${c.id} sources`, id));
  }
  a.timeExpressions.forEach((t, i) => {
    span(`timeExpression ${i}`, t);
    if (a.article.text.slice(t.start, t.end) !== t.text)
      problems.push(`timeExpression ${i}: text does not match its span`);
  });
  return problems;
}
