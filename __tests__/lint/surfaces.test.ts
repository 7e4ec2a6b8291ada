import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { allReaches, reachesIn } from "./surfaces";

const root = path.resolve(__dirname, "..", "..");
const RUNTIME_AND_TOOLS = ["lib", "app", "components", "cli", "server", "scripts", "tools", "proxy.ts", "instrumentation.ts"];

describe("folder surfaces", () => {
  it("every lib/ folder has an index.ts", () => {
    const folders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (!statSync(full).isDirectory()) continue;
        // folders of data (JSON, SQL) are read by the code beside them, not imported
        if (!readdirSync(full).some((n) => /\.tsx?$/.test(n) || statSync(path.join(full, n)).isDirectory())) continue;
        folders.push(full);
        walk(full);
      }
    };
    walk(path.join(root, "lib"));
    const missing = folders.filter((f) => !readdirSync(f).some((n) => n === "index.ts" || n === "index.tsx"));
    expect(missing.map((f) => path.relative(root, f))).toEqual([]);
  });

  it("imports from outside a lib/ folder go through its index.ts", () => {
    const reaches = allReaches(root, RUNTIME_AND_TOOLS).map((r) => `${r.file}: "${r.specifier}" (use ${r.surface})`);
    expect(reaches).toEqual([]);
  });

  it("the check sees an import that reaches in, and accepts one through the index", () => {
    const file = path.join(root, "components", "probe", "Probe.tsx");
    expect(reachesIn(root, file, 'import { Analysis } from "@/lib/model/analysis";')).toHaveLength(1);
    expect(reachesIn(root, file, 'import type { Analysis } from "../../lib/model/analysis";')).toHaveLength(1);
    expect(reachesIn(root, file, 'export { Analysis } from "@/lib/model/analysis";')).toHaveLength(1);
    expect(reachesIn(root, file, 'import { Analysis } from "@/lib/model";')).toEqual([]);
    // inside the folder, siblings import each other directly
    expect(reachesIn(root, path.join(root, "lib", "model", "probe.ts"), 'import { Analysis } from "./analysis";')).toEqual([]);
  });
});
