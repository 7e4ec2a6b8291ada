import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { articleRequestJsonSchema } from "@/lib/model";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsline-cli-add-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(tsx, ["cli/add.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NEWSLINE_DB: path.join(dir, "cli.db"), DATABASE_URL: "" },
  });

describe("npm run add", () => {
  it("adds files to the database, one JSON line each on stdout, progress on stderr, and finds them again", () => {
    const txt = path.join(root, "__tests__/fixtures/pasted/wyoming-wildfire.txt");
    const html = path.join(root, "__tests__/fixtures/pasted/pages/delta-fire.html");
    const r = run(txt, html);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { input: txt, id: expect.stringMatching(/^wyoming-wildfire-/), url: expect.stringMatching(/^\/articles\/wyoming-wildfire-/), created: true },
      { input: html, id: expect.stringMatching(/^fast-growing-northern-california-wildfire/), url: expect.any(String), created: true },
    ]);
    expect(r.stderr).toMatch(/\[1\/2\] added/);
    const again = run(txt);
    expect(JSON.parse(again.stdout).created).toBe(false);
    const db = new Database(path.join(dir, "cli.db"), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 2 });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  }, 60_000);

  it("exits 2 with one line per bad input, and still adds the good ones", () => {
    const bad = path.join(dir, "bad.txt");
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0, 1]));
    const good = path.join(dir, "good.md");
    writeFileSync(good, "---\ntitle: Bridge reopens\n---\n\nThe bridge reopened on Friday, officials said.\n");
    const r = run(bad, path.join(dir, "missing.md"), "http://169.254.169.254/latest/meta-data/", good);
    expect(r.status).toBe(2);
    const errors = r.stderr.split("\n").filter((l) => l.includes("error:"));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/bad\.txt: looks like binary data/);
    expect(errors[1]).toMatch(/missing\.md: does not exist/);
    expect(errors[2]).toMatch(/private or local network address/);
    expect(JSON.parse(r.stdout).id).toMatch(/^bridge-reopens-/);
  }, 60_000);

  it("the committed request schema is the generated one", () => {
    const committed = JSON.parse(readFileSync(path.join(root, "schema/article-request.schema.json"), "utf8"));
    expect(articleRequestJsonSchema()).toEqual(committed);
  });
});
