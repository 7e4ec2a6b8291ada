// A throwaway PostgreSQL server for the storage tests and `bench:load -- --store postgres`: a new
// cluster in a temporary folder, listening only on a Unix socket in that folder (no TCP port at all),
// stopped and deleted afterwards. Uses Debian's `postgresql` package (apt-get install -y postgresql).
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

/** The folder of PostgreSQL's server programs, or null when it is not installed. */
export function postgresBin() {
  const fromEnv = process.env.NEWSLINE_PG_BIN?.trim();
  if (fromEnv) return existsSync(path.join(fromEnv, "initdb")) ? fromEnv : null;
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (existsSync(path.join(dir, "initdb"))) return dir;
  } catch {
    // no pg_config on PATH: look where Debian puts the server
  }
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

/**
 * Starts a new cluster; resolves to { url, stop } once it accepts connections.
 * @param {{ log?: (...a: unknown[]) => void }} [options]
 */
export async function startPostgres({ log = () => {} } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql), or set NEWSLINE_PG_BIN");
  const dir = mkdtempSync(path.join(tmpdir(), "newsline-pg-"));
  const data = path.join(dir, "data");
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const as = (cmd, args) => (asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args]);
  const [initCmd, initArgs] = as(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "newsline", "--no-sync", "-E", "UTF8", "--locale", "C"]);
  const init = spawnSync(initCmd, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const [pgCmd, pgArgs] = as(path.join(bin, "postgres"), ["-D", data, "-k", dir, "-c", "listen_addresses=", "-c", "max_connections=200", "-c", "fsync=off"]);
  const child = spawn(pgCmd, pgArgs, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  let exited = false;
  child.on("exit", () => (exited = true));
  const url = `postgresql://newsline@localhost/postgres?host=${encodeURIComponent(dir)}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`postgres exited: ${stderr}`);
    const ready = spawnSync(path.join(bin, "pg_isready"), ["-h", dir, "-d", "postgres", "-U", "newsline"], { stdio: "ignore" });
    if (ready.status === 0) break;
    if (Date.now() - started > 30_000) throw new Error(`postgres did not start in 30 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`PostgreSQL ${path.basename(path.dirname(bin))} on the socket in ${dir} (${Date.now() - started} ms)`);
  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGINT"); // fast shutdown
      } catch {
        child.kill("SIGINT");
      }
      await new Promise((r) => (exited ? r() : child.once("exit", r)));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, dir, stop };
}
