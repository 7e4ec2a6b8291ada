import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StoryAnalysis } from "@/lib/story";

const root = path.resolve(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "cli/extract.ts"), ...args],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" },
    },
  );
const story = (name: string) =>
  path.join(root, "__tests__/fixtures/stories/paris-summit", `${name}.md`);
const three = [
  "tass-paris-to-host-coalition-meeting",
  "meduza-zelensky-arrives-in-paris",
  "alexa-ng-allies-agree-security-approach",
].map(story);

describe("npm run extract -- --story <file> <file> …", () => {
  it("prints one schema-valid story analysis, its articles in order of publication, and nothing on stderr", () => {
    const r = run("--story", ...[...three].reverse());
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const parsed = StoryAnalysis.parse(JSON.parse(r.stdout));
    expect(parsed.articles.map((a) => a.published)).toEqual([
      "2025-12-29",
      "2026-01-06",
      "2026-01-07",
    ]);
    const macron = parsed.actors.find((a) => a.name === "Emmanuel Macron")!;
    expect(new Set(macron.mentions.map((m) => m.article)).size).toBe(3);
  });

  it.each([
    ["a missing file", [three[0]!, "/nonexistent/x.md"], "no such file"],
    ["a single file", [three[0]!], "at least two files"],
    ["the same article twice", [three[0]!, three[0]!], "is already used by"],
  ])("exits 2 with a one-line message and no output for %s", (_, files, message) => {
    const r = run("--story", ...files);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it("exits 2 with a one-line message for an article with bad front matter", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nl-story-"));
    writeFileSync(path.join(dir, "bad.md"), "---\ntitle: x\npublished: 6 January\n---\n\nText.");
    const r = run("--story", three[0]!, path.join(dir, "bad.md"));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      'error: bad.md: front matter field "published" must be an ISO date (YYYY-MM-DD)',
    ]);
  });

  it("--story --schema prints the committed story JSON Schema", () => {
    const r = run("--story", "--schema");
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(root, "schema/story.schema.json"), "utf8")),
    );
  });
});
