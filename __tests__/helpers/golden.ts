import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where goldens live: committed files, reviewed as images or with `git diff`. */
export const OUTPUT_DIR = path.join(__dirname, "..", "output");

/** "timeline-fixture.svg" → "timeline-fixture-changed.svg" */
export function changedPath(file: string): string {
  const ext = path.extname(file);
  return file.slice(0, file.length - ext.length) + "-changed" + ext;
}

/** One element per line, so a changed golden reads well in `git diff`; the drawing is unaffected. */
export function prettySvg(svg: string): string {
  return svg.replace(/></g, ">\n<") + "\n";
}

/**
 * Compares `actual` with `__tests__/output/<name>`. A missing golden is written (review and commit it);
 * `UPDATE_GOLDENS=1` rewrites it. On a mismatch `<name>-changed.<ext>` is written next to it and the
 * test fails; a stale `-changed` file is removed once the output matches again.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(OUTPUT_DIR, name);
  const changed = changedPath(file);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file) || process.env.UPDATE_GOLDENS === "1") {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden ${name} is missing (run the tests locally and commit it)`);
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`${name} differs from its golden; review ${path.relative(process.cwd(), changed)} (UPDATE_GOLDENS=1 accepts it)`);
}

export function expectGoldenSvg(name: string, svg: string): void {
  expectGolden(name, prettySvg(svg));
}
