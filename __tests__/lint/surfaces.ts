/**
 * Folder surfaces: code outside a lib/ folder imports the folder (its index.ts), never a file inside
 * it, so a folder can rearrange its files without its users noticing. Tests are exempt: a unit test
 * may reach the step it tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Static imports and re-exports only: a dynamic import() is a code-splitting point, and names the
// one module it splits off (the graph's d3-force layout, fetched when a browser needs it).
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?["']([^"']+)["']/g;
const SOURCE = /\.(ts|tsx|mjs)$/;

export type Reach = { file: string; specifier: string; surface: string };

export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === "node_modules" || name.startsWith(".")) continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE.test(name)) out.push(full);
    }
  };
  for (const f of folders) {
    const full = path.join(root, f);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) walk(full);
    else out.push(full);
  }
  return out.sort();
}

function resolve(root: string, importer: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(importer), specifier);
  else return null;
  const candidates = [".ts", ".tsx", ".mjs", ".js"].map((e) => base + e).concat(["index.ts", "index.tsx"].map((i) => path.join(base, i)));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** The outermost folder under lib/ that holds `target` but not `importer`: the surface to import. */
function surfaceFor(root: string, importer: string, target: string): string | null {
  const parts = path.relative(root, target).split(path.sep);
  if (parts[0] !== "lib") return null;
  for (let depth = 2; depth < parts.length; depth++) {
    const folder = path.join(root, ...parts.slice(0, depth));
    if (!importer.startsWith(folder + path.sep)) return folder;
  }
  return null;
}

/** Every import in `source` (the text of `file`) that reaches past a folder's index.ts. */
export function reachesIn(root: string, file: string, source: string): Reach[] {
  const out: Reach[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const specifier = m[1]!;
    const target = resolve(root, file, specifier);
    if (!target) continue;
    const surface = surfaceFor(root, file, target);
    if (!surface) continue;
    const index = ["index.ts", "index.tsx"].map((i) => path.join(surface, i)).find((i) => existsSync(i));
    if (index && index === target) continue;
    out.push({ file: path.relative(root, file), specifier, surface: path.relative(root, surface) });
  }
  return out;
}

export function allReaches(root: string, folders: readonly string[]): Reach[] {
  return sourceFiles(root, folders).flatMap((f) => reachesIn(root, f, readFileSync(f, "utf8")));
}
