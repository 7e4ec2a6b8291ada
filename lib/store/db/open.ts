import path from "node:path";
import { openPostgres } from "./postgres";
import { openSqlite } from "./sqlite";
import type { ArticleDb } from "./types";

/** Where the store lives: PostgreSQL at `DATABASE_URL`, else the SQLite file `NEWSLINE_DB` (default `data/newsline.db`). */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): { kind: "postgres"; url: string } | { kind: "sqlite"; file: string } {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  const file = env.NEWSLINE_DB?.trim() || path.join("data", "newsline.db");
  return { kind: "sqlite", file: file === ":memory:" ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file) };
}

export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ArticleDb> {
  const target = databaseTarget(env);
  return target.kind === "postgres" ? openPostgres(target.url) : openSqlite(target.file);
}

// One connection (or pool) per process, kept on globalThis so dev-mode reloads do not open more.
const KEY = Symbol.for("newsline.db");
type Holder = { key: string; db: Promise<ArticleDb> };

/** The process's database, opened (and migrated) on first use; reopened if the target changes (tests). */
export function database(): Promise<ArticleDb> {
  const g = globalThis as Record<symbol, Holder | undefined>;
  const key = JSON.stringify(databaseTarget());
  const held = g[KEY];
  if (held && held.key === key) return held.db;
  if (held) void held.db.then((db) => db.close()).catch(() => undefined);
  const db = openDatabase();
  // A failed open is not kept: the next request tries again (the database may come up later).
  db.catch(() => {
    if (g[KEY]?.db === db) g[KEY] = undefined;
  });
  g[KEY] = { key, db };
  return db;
}

/** Closes the process's database (tests, and the CLI before it exits). */
export async function closeDatabase(): Promise<void> {
  const g = globalThis as Record<symbol, Holder | undefined>;
  const held = g[KEY];
  g[KEY] = undefined;
  if (held) await (await held.db).close();
}
