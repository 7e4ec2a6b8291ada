import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Article text reaches the page only as text. Two guards: no HTML sink in the sources today
 * (grep), and `npm run lint` (eslint.config.mjs, no-restricted-syntax) fails on a new one.
 */
const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const SINKS = /\binnerHTML\b|\bouterHTML\b|dangerouslySetInnerHTML|insertAdjacentHTML|\.html\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

describe("HTML sinks in app/, components/ and lib/", () => {
  it("there is none: no innerHTML, outerHTML, dangerouslySetInnerHTML, insertAdjacentHTML or .html(", () => {
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    const hits = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (SINKS.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});

/**
 * Lints code as if it were a file in the repository, with the project's ESLint config, through
 * ESLint's Node API (in a child process: the flat config is an ES module, which jest's CommonJS
 * runtime cannot import). Returns the `no-restricted-syntax` messages and whether the path is linted.
 */
function lint(samples: Record<string, string>): Record<string, { ignored: boolean; restricted: string[]; fatal: string[] }> {
  const script = `
    import { ESLint } from "eslint";
    const samples = JSON.parse(process.env.SAMPLES);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = {};
    for (const [file, code] of Object.entries(samples)) {
      const ignored = await eslint.isPathIgnored(file);
      const [result] = await eslint.lintText(code, { filePath: file });
      out[file] = {
        ignored,
        restricted: (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax" && m.severity === 2).map((m) => m.line + ": " + m.message),
        fatal: (result?.messages ?? []).filter((m) => m.fatal).map((m) => m.message),
      };
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SAMPLES: JSON.stringify(samples) },
  });
  if (r.status !== 0) throw new Error(`eslint failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe("npm run lint (eslint.config.mjs) on a new HTML sink", () => {
  // Virtual files: linted under these names, never written to the checkout.
  const samples = {
    "components/probe/InnerHtml.tsx": `export function set(el: HTMLElement, text: string) {\n  el.innerHTML = text;\n}\n`,
    "components/probe/OuterHtml.ts": `export function set(el: HTMLElement, text: string) {\n  el.outerHTML = text;\n}\n`,
    "components/probe/Dangerous.tsx": `export function Label({ text }: { text: string }) {\n  return <span dangerouslySetInnerHTML={{ __html: text }} />;\n}\n`,
    "lib/probe/adjacent.ts": `export function add(el: Element, text: string) {\n  el.insertAdjacentHTML("beforeend", text);\n}\n`,
    "app/probe/d3.ts": `import { select } from "d3-selection";\nexport function label(el: SVGTextElement, text: string) {\n  select(el).html(text);\n}\n`,
    "components/probe/Safe.tsx": `import { select } from "d3-selection";\nexport function label(el: SVGTextElement, text: string) {\n  el.textContent = text;\n  select(el).text(text);\n}\n`,
  };
  let results: ReturnType<typeof lint>;
  beforeAll(() => {
    results = lint(samples);
  }, 120_000);

  it.each(Object.keys(samples).filter((f) => !f.endsWith("Safe.tsx")))("fails on %s", (file) => {
    const r = results[file]!;
    expect(r.ignored).toBe(false);
    expect(r.fatal).toEqual([]);
    expect(r.restricted).toHaveLength(1);
    expect(r.restricted[0]).toMatch(/^[23]: Article text is untrusted/);
  });

  it("passes textContent and d3's .text()", () => {
    expect(results["components/probe/Safe.tsx"]).toEqual({ ignored: false, restricted: [], fatal: [] });
  });
});
