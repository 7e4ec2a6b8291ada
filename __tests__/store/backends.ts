import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPostgres, openSqlite, type ArticleDb } from "@/lib/store/db";
import { postgresBin, startPostgres } from "@/scripts/lib/postgres.mjs";

/** A store under test: a fresh database each time `open` is called, and cleanup after the suite. */
export type Backend = { name: string; open: () => Promise<ArticleDb>; teardown: () => Promise<void> };

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(path.join(tmpdir(), "newsline-sqlite-"));
  let n = 0;
  return {
    name: "sqlite",
    open: async () => openSqlite(path.join(dir, `db-${++n}.sqlite`)),
    teardown: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A real PostgreSQL server, started for the suite on a Unix socket in a temporary folder. Each `open`
 * gets a database of its own. Outside CI, a machine without PostgreSQL says so loudly; in CI its
 * absence fails the suite (.ci/run installs it).
 */
export function postgresBackend(): Backend | null {
  if (!postgresBin()) {
    if (process.env.CI === "true") throw new Error("PostgreSQL is required in CI (apt-get install -y postgresql)");
    console.warn("\n!!! PostgreSQL is not installed: the storage suite runs on SQLite only. apt-get install -y postgresql\n");
    return null;
  }
  let server: Awaited<ReturnType<typeof startPostgres>> | null = null;
  const opened: ArticleDb[] = [];
  let n = 0;
  return {
    name: "postgres",
    open: async () => {
      server ??= await startPostgres();
      const name = `t${process.pid}_${++n}`;
      const pg = await import("pg");
      const client = new pg.default.Client({ connectionString: server.url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const db = await openPostgres(server.url.replace("/postgres?", `/${name}?`));
      opened.push(db);
      return db;
    },
    teardown: async () => {
      for (const db of opened) await db.close();
      await server?.stop();
    },
  };
}
