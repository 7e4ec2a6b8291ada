#!/usr/bin/env node
// `npm start`: builds when there is no production build or the sources changed since it, then serves
// it with the same server and environment as the tests and benchmarks (server/index.mjs, SERVER_ENV).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuild, root, SERVER_ENV } from "./lib/server.mjs";

ensureBuild();
const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, [path.join(root, "server", "index.mjs"), "--port", port], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...SERVER_ENV },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
