import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { analysisFromRow, analysisValues, articleFromRow, articleValues, listRowFromRow, MIGRATIONS_TABLE, readMigrations, SQL, storiesFromRows, type Migration } from "./sql";
import type { ArticleDb, NewArticle, NewStory } from "./types";

/**
 * The default store: one SQLite file (WAL, so readers never wait for the writer; synchronous=FULL,
 * so an acknowledged write survives a crash or a power cut). Migrations run on open. Several
 * processes (the server and `npm run add`) may share the file: a writer waits up to 5 s for another.
 */
export function openSqlite(file: string, migrations: Migration[] = readMigrations()): ArticleDb {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  migrate(db, migrations);

  const q = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof SQL, Database.Statement>;

  const add = db.transaction((a: NewArticle): { id: string; created: boolean } => {
    const existing = q.byHash.get(a.hash) as { id: string } | undefined;
    if (existing) return { id: existing.id, created: false };
    const id = a.ids.find((candidate) => !q.idTaken.get(candidate));
    if (!id) throw new Error("no free id for this article");
    const now = new Date().toISOString();
    q.insertArticle.run(...articleValues(id, a, now));
    q.upsertAnalysis.run(...analysisValues(a.hash, a.analysis, now));
    return { id, created: true };
  });
  const remove = db.transaction((id: string): boolean => {
    const row = q.get.get(id) as Record<string, unknown> | undefined;
    if (!row) return false;
    q.deleteAnalyses.run(row.content_hash);
    q.deleteArticle.run(id);
    return true;
  });

  const addStory = db.transaction((s: NewStory): { id: string; created: boolean } => {
    const existing = q.storyBySet.get(s.setHash) as { id: string } | undefined;
    if (existing) return { id: existing.id, created: false };
    const id = s.ids.find((candidate) => !q.storyIdTaken.get(candidate));
    if (!id) throw new Error("no free id for this story");
    q.insertStory.run(id, s.setHash, s.title, new Date().toISOString());
    s.articles.forEach((article, position) => q.insertStoryArticle.run(id, position, article));
    return { id, created: true };
  });
  const removeStory = db.transaction((id: string): boolean => {
    q.deleteStoryArticles.run(id);
    return q.deleteStory.run(id).changes > 0;
  });

  return {
    kind: "sqlite",
    // IMMEDIATE: take the write lock at the start, so a check-then-insert never races another writer.
    add: async (a) => add.immediate(a),
    get: async (id) => {
      const row = q.get.get(id) as Record<string, unknown> | undefined;
      return row ? articleFromRow(row) : null;
    },
    exists: async (id) => Boolean(q.idTaken.get(id)),
    list: async (version) => (q.list.all(version) as Record<string, unknown>[]).map(listRowFromRow),
    remove: async (id) => remove.immediate(id),
    analysis: async (hash, version) => analysisFromRow(q.analysis.get(hash, version) as Record<string, unknown> | undefined),
    saveAnalysis: async (hash, analysis) => {
      q.upsertAnalysis.run(...analysisValues(hash, analysis, new Date().toISOString()));
    },
    addStory: async (s) => addStory.immediate(s),
    getStory: async (id) => {
      const row = q.getStory.get(id) as Record<string, unknown> | undefined;
      if (!row) return null;
      const articles = (q.storyArticles.all(id) as { article_id: string }[]).map((r) => r.article_id);
      return storiesFromRows(articles.map((article_id) => ({ ...row, article_id })))[0] ?? null;
    },
    listStories: async () => storiesFromRows(q.listStories.all() as Record<string, unknown>[]),
    removeStory: async (id) => removeStory.immediate(id),
    check: async () => String((db.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database, migrations: Migration[]): void {
  db.exec(MIGRATIONS_TABLE);
  const applied = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      // Another process may have applied it while this one waited for the lock.
      if (db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?").get(m.version)) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}
