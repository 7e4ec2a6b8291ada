#!/usr/bin/env node
// Bundles the embed scripts (components/embed/scripts/*.ts) into public/embed/*.js: small,
// framework-free IIFEs built from the same lib/ modules as the dashboard. next.config.js runs it
// before every `next build` and `next dev`, so no way of building can forget it; run alone with
// `npm run build:embed` (prints each file's size and gzip size).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entries = {
  timeline: "components/embed/scripts/timeline.ts",
  graph: "components/embed/scripts/graph.ts",
  height: "components/embed/scripts/height.ts",
};
const outdir = path.join(root, "public", "embed");

export async function buildEmbedScripts() {
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, path.join(root, v)])),
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    platform: "browser",
    legalComments: "none",
    tsconfig: path.join(root, "tsconfig.json"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  return Object.keys(entries).map((name) => {
    const bytes = readFileSync(path.join(outdir, `${name}.js`));
    return { file: `public/embed/${name}.js`, bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const { file, bytes, gzip } of await buildEmbedScripts()) {
    console.log(`${file}  ${(bytes / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
  }
}
