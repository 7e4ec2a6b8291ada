import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The installed framework is at or above the first releases that fix the known advisories (the
 * React Server Components remote-code-execution fixes of December 2025 and November 2026):
 * next ≥ 16.4.1; react and react-dom ≥ 19.2.9 on the 19.2 line, ≥ 19.3.1 on the 19.3 line.
 * Versions are read from node_modules (what actually runs), not from package.json (what was asked).
 */
const ROOT = path.resolve(__dirname, "../..");

type Version = { major: number; minor: number; patch: number; pre: string[] };

function parseVersion(v: string): Version {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) throw new Error(`not a semantic version: ${v}`);
  return { major: +m[1]!, minor: +m[2]!, patch: +m[3]!, pre: m[4] ? m[4].split(".") : [] };
}

/** Semantic-version order (semver.org §11): numbers, then a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core !== 0 || (x.pre.length === 0 && y.pre.length === 0)) return Math.sign(core);
  if (x.pre.length === 0) return 1;
  if (y.pre.length === 0) return -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    const d = pn && qn ? Number(p) - Number(q) : pn ? -1 : qn ? 1 : p < q ? -1 : p > q ? 1 : 0;
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The first fixed release for a version's line; lines newer than every listed one are fixed. */
const MINIMUM: Record<string, { line: string; min: string }[]> = {
  next: [{ line: "16", min: "16.4.1" }],
  react: [
    { line: "19.2", min: "19.2.9" },
    { line: "19.3", min: "19.3.1" },
  ],
  "react-dom": [
    { line: "19.2", min: "19.2.9" },
    { line: "19.3", min: "19.3.1" },
  ],
};

/** Why `version` of `name` is vulnerable, or null when it is at or above the fix for its line. */
function advisoryProblem(name: string, version: string): string | null {
  const lines = MINIMUM[name]!;
  const own = lines.find((l) => version === l.line || version.startsWith(`${l.line}.`));
  if (own) return compareVersions(version, own.min) < 0 ? `${name} ${version} is below ${own.min}` : null;
  // a line newer than every listed one carries the fixes; an older one has none
  const oldest = lines[0]!.min;
  return compareVersions(version, oldest) < 0 ? `${name} ${version} is below ${oldest}` : null;
}

const installed = (name: string): string =>
  (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("compareVersions(a, b)", () => {
  it.each([
    ["16.4.1", "16.4.1", 0],
    ["16.4.6", "16.4.1", 1],
    ["16.4.0", "16.4.1", -1],
    ["16.10.0", "16.9.9", 1],
    ["19.2.10", "19.2.9", 1],
    ["16.4.1-canary.3", "16.4.1", -1],
    ["16.4.1-canary.10", "16.4.1-canary.9", 1],
    ["16.4.1-rc.0", "16.4.1-canary.99", 1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1],
    ["1.0.0-alpha.beta", "1.0.0-beta", -1],
    ["v2.0.0", "1.99.99", 1],
  ])("compareVersions(%s, %s) is %d", (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
  });
});

describe("advisoryProblem(name, version)", () => {
  it.each([
    ["next", "16.4.1", null],
    ["next", "16.4.6", null],
    ["next", "17.0.0", null],
    ["next", "16.4.0", "next 16.4.0 is below 16.4.1"],
    ["next", "16.4.1-canary.2", "next 16.4.1-canary.2 is below 16.4.1"],
    ["next", "15.5.9", "next 15.5.9 is below 16.4.1"],
    ["react", "19.2.9", null],
    ["react", "19.2.8", "react 19.2.8 is below 19.2.9"],
    ["react", "19.3.0", "react 19.3.0 is below 19.3.1"],
    ["react", "19.3.1", null],
    ["react-dom", "19.1.4", "react-dom 19.1.4 is below 19.2.9"],
    ["react-dom", "19.4.0", null],
    ["react-dom", "20.0.0", null],
  ])("advisoryProblem(%s, %s) is %p", (name, version, want) => {
    expect(advisoryProblem(name, version)).toBe(want);
  });
});

describe("installed framework versions (node_modules/*/package.json)", () => {
  it.each(["next", "react", "react-dom"])("%s is at or above the first release fixing the known advisories", (name) => {
    const version = installed(name);
    expect(advisoryProblem(name, version)).toBeNull();
  });

  it("package.json pins exactly the installed versions", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    for (const name of ["next", "react", "react-dom"]) expect([name, pkg.dependencies[name]]).toEqual([name, installed(name)]);
  });
});

describe("next.config.js", () => {
  it("disables the image optimizer (images.unoptimized), which the app does not use", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
    const config = require(path.join(ROOT, "next.config.js"));
    // The config may be a (possibly async) function of the phase; any phase but build/dev returns it
    // without side effects.
    const resolved = typeof config === "function" ? await config("phase-production-server") : config;
    expect(resolved.images?.unoptimized).toBe(true);
    expect(resolved.poweredByHeader).toBe(false);
  });
});
