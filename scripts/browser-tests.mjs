#!/usr/bin/env node
// `npm run test:browser`: end-to-end tests in a real Chromium against a production build.
//   1. find Chromium (CHROME_PATH or /usr/bin/chromium); in CI its absence is a failure,
//      elsewhere a loud notice and a skip, so `npm test` works on machines without it;
//   2. `next build` unless .next/BUILD_ID is newer than every source (CI=true always builds);
//   3. the production server (server/index.mjs) on a free 127.0.0.1 port, waiting until it answers, its articles (NEWSLINE_ARTICLES_DIR)
//      a temp copy of seeds/ plus __tests__/fixtures/hostile/, and synthetic ids on (NEWSLINE_SYNTHETIC=1);
//   4. jest with jest.browser.config.js, the server's address in NEWSLINE_URL;
//   5. stop the server (also on failure and on signals) and exit with jest's code.
// Extra arguments go to jest, e.g. `npm run test:browser -- -t keyboard`.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFixturePages } from "./lib/fixture-pages.mjs";
import { chromePath, ensureBuild, log, root, startServer } from "./lib/server.mjs";

const chrome = chromePath();
if (!existsSync(chrome)) {
  if (process.env.CI === "true") {
    console.error(
      `\n✖ Browser tests need Chromium at ${chrome} (set CHROME_PATH to use another). Install it with: apt-get install -y chromium\n`,
    );
    process.exit(1);
  }
  const bar = "!".repeat(78);
  console.error(
    [
      "",
      bar,
      `!!  BROWSER TESTS SKIPPED: no Chromium at ${chrome}.`,
      "!!  Install it (Debian/Ubuntu):  apt-get install -y chromium",
      "!!  or point CHROME_PATH at a Chromium/Chrome binary, then run: npm run test:browser",
      "!!  None of the end-to-end tests ran. (In CI, CI=true makes this a failure.)",
      bar,
      "",
    ].join("\n"),
  );
  process.exit(0);
}

let server = null;
let pages = null;
let jest = null;
let articlesDir = null;
const forward = (sig) => {
  jest?.kill(sig);
};
process.on("SIGINT", forward);
process.on("SIGTERM", forward);

let code = 1;
try {
  ensureBuild();
  // The server reads a temp folder holding the seeds and the hostile article of the hardening tests
  // (__tests__/fixtures/hostile), so the seeds folder itself never holds test-only articles.
  articlesDir = mkdtempSync(path.join(tmpdir(), "newsline-articles-"));
  for (const from of ["seeds", path.join("__tests__", "fixtures", "hostile")])
    for (const name of readdirSync(path.join(root, from)))
      cpSync(path.join(root, from, name), path.join(articlesDir, name));
  // The pages a user links to, on loopback; the server may fetch from that one address only.
  pages = await startFixturePages();
  // synthetic ids (tools/synthetic/source.ts) give the tests articles far longer than any seed; the
  // articles users add go to a database of this run's own, with limits the tests do not run into
  // (the rate limit has its own tests, on servers of their own).
  server = await startServer({
    env: {
      NEWSLINE_ARTICLES_DIR: articlesDir,
      NEWSLINE_SYNTHETIC: "1",
      NEWSLINE_DB: path.join(articlesDir, "..", `${path.basename(articlesDir)}.db`),
      NEWSLINE_FETCH_TEST_HOSTS: pages.host,
      NEWSLINE_FETCH_TIMEOUT_MS: "1500",
      NEWSLINE_WRITE_RATE: "10000",
      NEWSLINE_PREVIEW_RATE: "10000",
      NEWSLINE_FETCH_RATE: "10000",
    },
  });
  const jestBin = path.join(root, "node_modules", "jest", "bin", "jest.js");
  jest = spawn(
    process.execPath,
    [jestBin, "--config", "jest.browser.config.js", ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, TZ: "UTC", NEWSLINE_URL: server.url, NEWSLINE_PAGES_URL: pages.url, CHROME_PATH: chrome },
    },
  );
  code = await new Promise((resolve) =>
    jest.on("exit", (c, signal) => resolve(c ?? (signal === "SIGINT" ? 130 : 143))),
  );
} catch (e) {
  console.error(`\n✖ ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  if (server) {
    await server.close();
    log("server stopped");
  }
  await pages?.close();
  if (articlesDir) {
    rmSync(articlesDir, { recursive: true, force: true });
    for (const suffix of [".db", ".db-wal", ".db-shm"]) rmSync(`${articlesDir}${suffix}`, { force: true });
  }
}
process.exit(code);
