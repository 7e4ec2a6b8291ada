/**
 * The layout rules are lint rules (eslint.config.mjs): this checks that they fire, on probes linted
 * as if they were files at the given paths, so a config change that silences them fails here.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

type Message = { ruleId: string | null; message: string };
type Probe = { file: string; source: string };

// One ESLint process lints every probe (loading the config takes seconds): lintText with a file
// path applies the rules of that path, as `eslint --stdin-filename` would.
const lintProbes = `
  import { ESLint } from "eslint";
  const probes = JSON.parse(await new Promise((done) => { let s = ""; process.stdin.on("data", (d) => (s += d)); process.stdin.on("end", () => done(s)); }));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const p of probes) out.push((await eslint.lintText(p.source, { filePath: p.file }))[0].messages);
  process.stdout.write(JSON.stringify(out));
`;

const probes: Probe[] = [];
let results: Message[][] | null = null;

/** Registers a probe; its messages are read after the one lint run in beforeAll. */
function lintAs(file: string, source: string): () => Message[] {
  const i = probes.push({ file, source }) - 1;
  return () => results![i]!;
}

beforeAll(() => {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", lintProbes], { cwd: root, input: JSON.stringify(probes), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  results = JSON.parse(run.stdout) as Message[][];
}, 60_000);

const rulesOf = (messages: Message[]) => messages.map((m) => m.ruleId);

describe("what lib/ may import", () => {
  const imports = [
    ["react", "React"],
    ["next/link", "Next.js"],
    ["@/components/timeline/Timeline", "components/"],
    ["../../components/timeline/Timeline", "components/"],
    ["@/tools/eval", "tooling"],
    ["../../tools/eval", "tooling"],
  ].map(([from, what]) => ({ from: from!, what: what!, messages: lintAs("lib/model/probe.ts", `import { x } from "${from}";\nexport const probe = x;\n`) }));

  it.each(imports)("importing $from is refused in lib/", ({ what, messages }) => {
    const refused = messages().filter((m) => m.ruleId === "no-restricted-imports");
    expect(refused).toHaveLength(1);
    expect(refused[0]!.message).toContain(what);
  });

  const own = lintAs(
    "lib/view/probe.ts",
    'import { z } from "zod";\nimport { scaleTime } from "d3-scale";\nimport type { Analysis } from "../model";\nexport const probe = [z, scaleTime] as unknown as Analysis;\n',
  );
  it("lib/ may import its own folders and libraries", () => {
    expect(rulesOf(own())).not.toContain("no-restricted-imports");
  });

  const react = lintAs("components/probe/Probe.tsx", 'import { useState } from "react";\nexport const probe = useState;\n');
  const tools = lintAs("components/probe/Probe.tsx", 'import { score } from "@/tools/eval";\nexport const probe = score;\n');
  it("components/ may use React but not tools/", () => {
    expect(rulesOf(react())).not.toContain("no-restricted-imports");
    expect(rulesOf(tools())).toContain("no-restricted-imports");
  });
});

describe("sizes", () => {
  const fn = (lines: number) => `export function long() {\n${"  console.log(1);\n".repeat(lines - 2)}}\n`;

  const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join("\n") + "\n";
  const [fn121, fn120, file401, file400, test401] = [
    lintAs("lib/model/probe.ts", fn(121)),
    lintAs("lib/model/probe.ts", fn(120)),
    lintAs("lib/model/probe.ts", lines(401)),
    lintAs("lib/model/probe.ts", lines(400)),
    lintAs("__tests__/probe.test.ts", lines(401)),
  ];

  it("a function over 120 lines is refused, one of 120 passes", () => {
    expect(rulesOf(fn121())).toContain("max-lines-per-function");
    expect(rulesOf(fn120())).not.toContain("max-lines-per-function");
  });

  it("a file over 400 lines is refused, tests included", () => {
    expect(rulesOf(file401())).toContain("max-lines");
    expect(rulesOf(file400())).not.toContain("max-lines");
    expect(rulesOf(test401())).toContain("max-lines");
  });
});
