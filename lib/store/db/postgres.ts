import pg from "pg";
import { analysisFromRow, analysisValues, articleFromRow, articleValues, listRowFromRow, MIGRATIONS_TABLE, readMigrations, SQL, storiesFromRows, type Migration } from "./sql";
import type { ArticleDb, NewArticle, NewStory } from "./types";

/** `?` placeholders as PostgreSQL's `$1, $2, …`. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const Q = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, numbered(sql)])) as Record<keyof typeof SQL, string>;
// Under READ COMMITTED a conflicting insert waits for the other transaction, then does nothing.
const INSERT_OR_NOTHING = `${Q.insertArticle} ON CONFLICT DO NOTHING RETURNING id`;
const INSERT_STORY_OR_NOTHING = `${Q.insertStory} ON CONFLICT DO NOTHING RETURNING id`;

// One lock id for migrations, so instances starting together apply each migration once.
const MIGRATION_LOCK = 7_220_301;

/**
 * The store for several instances sharing one database (`DATABASE_URL`). The same queries and
 * migrations as SQLite. Each write is one transaction; the unique keys (id, content hash) settle
 * races: an insert that meets a concurrent one waits for it, then does nothing, and the transaction
 * reads what won, so two instances adding the same text agree on one article. A deadlock or
 * serialization failure is retried after a short random pause.
 */
export async function openPostgres(connectionString: string, migrations: Migration[] = readMigrations()): Promise<ArticleDb> {
  const pool = new pg.Pool({ connectionString, max: Number(process.env.NEWSLINE_PG_POOL ?? 10) });
  pool.on("error", (e) => console.error("newsline: idle PostgreSQL connection failed:", e.message));
  await migrate(pool, migrations);

  async function tx<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        const code = (e as { code?: string }).code;
        // 40001 serialization failure, 40P01 deadlock: try again, after a pause that breaks lockstep.
        if ((code === "40001" || code === "40P01") && attempt < 8) {
          await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
          continue;
        }
        throw e;
      } finally {
        client.release();
      }
    }
  }

  return {
    kind: "postgres",
    add: (a: NewArticle) =>
      tx(async (c) => {
        const now = new Date().toISOString();
        for (const id of a.ids) {
          const inserted = await c.query(INSERT_OR_NOTHING, articleValues(id, a, now));
          if (inserted.rowCount) {
            await c.query(Q.upsertAnalysis, analysisValues(a.hash, a.analysis, now));
            return { id, created: true };
          }
          // Nothing inserted: the same content is there already, or another content holds this id.
          const existing = await c.query(Q.byHash, [a.hash]);
          if (existing.rowCount) return { id: String(existing.rows[0].id), created: false };
        }
        throw new Error("no free id for this article");
      }),
    get: async (id) => {
      const r = await pool.query(Q.get, [id]);
      return r.rowCount ? articleFromRow(r.rows[0]) : null;
    },
    exists: async (id) => Boolean((await pool.query(Q.idTaken, [id])).rowCount),
    list: async (version) => (await pool.query(Q.list, [version])).rows.map(listRowFromRow),
    remove: (id) =>
      tx(async (c) => {
        const r = await c.query(Q.get, [id]);
        if (!r.rowCount) return false;
        await c.query(Q.deleteAnalyses, [r.rows[0].content_hash]);
        await c.query(Q.deleteArticle, [id]);
        return true;
      }),
    analysis: async (hash, version) => analysisFromRow((await pool.query(Q.analysis, [hash, version])).rows[0]),
    saveAnalysis: async (hash, analysis) => {
      await pool.query(Q.upsertAnalysis, analysisValues(hash, analysis, new Date().toISOString()));
    },
    addStory: (s: NewStory) =>
      tx(async (c) => {
        const now = new Date().toISOString();
        for (const id of s.ids) {
          const inserted = await c.query(INSERT_STORY_OR_NOTHING, [id, s.setHash, s.title, now]);
          if (inserted.rowCount) {
            for (const [position, article] of s.articles.entries()) await c.query(Q.insertStoryArticle, [id, position, article]);
            return { id, created: true };
          }
          // Nothing inserted: the same set is there already, or another set holds this id.
          const existing = await c.query(Q.storyBySet, [s.setHash]);
          if (existing.rowCount) return { id: String(existing.rows[0].id), created: false };
        }
        throw new Error("no free id for this story");
      }),
    getStory: async (id) => {
      const head = await pool.query(Q.getStory, [id]);
      if (!head.rowCount) return null;
      const articles = (await pool.query(Q.storyArticles, [id])).rows.map((r) => String(r.article_id));
      return { id: String(head.rows[0].id), title: String(head.rows[0].title), createdAt: String(head.rows[0].created_at), articles };
    },
    listStories: async () => storiesFromRows((await pool.query(Q.listStories)).rows),
    removeStory: (id) =>
      tx(async (c) => {
        await c.query(Q.deleteStoryArticles, [id]);
        return Boolean((await c.query(Q.deleteStory, [id])).rowCount);
      }),
    check: async () => ((await pool.query("SELECT 1 AS ok")).rows[0]?.ok === 1 ? "ok" : "failed"),
    close: () => pool.end(),
  };
}

async function migrate(pool: pg.Pool, migrations: Migration[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = new Set((await client.query("SELECT version FROM schema_migrations")).rows.map((r) => Number(r.version)));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [m.version, m.name, new Date().toISOString()]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
