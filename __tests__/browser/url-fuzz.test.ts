import { seededRandom } from "@/lib/random";
import { baseUrl, makeStory } from "./helpers";

/**
 * Mangled, crafted and oversized URLs against the real production server (plain fetch, no
 * browser): 1,000 seeded URLs per route family. Every answer is 200, 400 or 404 (never 5xx); no
 * HTML or SVG answer carries the query's markup unescaped; image widths outside 320–2400 are
 * clamped (PNG header, SVG width); unknown ids are a 404 page or a JSON 404; URLs past the server's
 * limit get 414/431 (or a clean 400) and the server keeps answering.
 */
const SEED = "us-europe-ukraine-security-guarantees";
const PER_FAMILY = 1_000;
const CONCURRENCY = 8;
const MIN_WIDTH = 320;
const MAX_WIDTH = 2400;

/** Markers only the fuzzer sends, so finding one in a body means it came from the query. */
const MARK = "nlfz";
const HOSTILE_VALUES = [
  `<script>${MARK}(1)</script>`,
  `"><img src=x onerror=${MARK}(2)>`,
  `'><svg onload=${MARK}(3)>`,
  `javascript:${MARK}(4)`,
  `</style><script>${MARK}(5)</script>`,
  `]]><script>${MARK}(6)</script>`,
];
/**
 * The markup of those values as it would appear if reflected unescaped. (Escaped copies, `&lt;img…`,
 * and data inside Next's inline flight scripts, where `<` is written `\u003c`, are text.)
 */
const RAW_MARKUP = new RegExp(`<script>${MARK}\\(|<img src=x onerror=${MARK}\\(|<svg onload=${MARK}\\(`, "i");

type Family = { name: string; paths: (id: string) => string[]; image?: boolean; json?: boolean; story?: boolean };
const FAMILIES: Family[] = [
  { name: "/articles/[id]", paths: (id) => [`/articles/${id}`] },
  { name: "/embed/[id]/{timeline,graph,table}", paths: (id) => ["timeline", "graph", "table"].map((k) => `/embed/${id}/${k}`) },
  { name: "/api/articles", paths: () => ["/api/articles"], json: true },
  { name: "/api/articles/[id]", paths: (id) => [`/api/articles/${id}`], json: true },
  {
    name: "/api/articles/[id]/{timeline,graph}.{svg,png}",
    paths: (id) => ["timeline.svg", "graph.svg", "timeline.png", "graph.png"].map((f) => `/api/articles/${id}/${f}`),
    image: true,
  },
  // the story of the seed and the hostile fixture (made in beforeAll), under the same contract plus articles=
  { name: "/stories/[id]", paths: (id) => [`/stories/${id}`], story: true },
  { name: "/embed/stories/[id]/{timeline,graph,table}", paths: (id) => ["timeline", "graph", "table"].map((k) => `/embed/stories/${id}/${k}`), story: true },
  {
    name: "/api/stories/[id]/{timeline,graph}.{svg,png}",
    paths: (id) => ["timeline.svg", "graph.svg", "timeline.png", "graph.png"].map((f) => `/api/stories/${id}/${f}`),
    image: true,
    story: true,
  },
];

let STORY = "";
beforeAll(async () => {
  STORY = await makeStory([SEED, "hostile"]);
});

const PARAMS = ["view", "select", "actors", "kinds", "certainty", "sources", "q", "from", "to", "lanes", "focus", "theme", "controls", "width", "articles"];
const ODD_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__defineGetter__", "", "%00", "%ZZ", "a[]", "q[0]", "view.x", "ü", "🙂", `<script>${MARK}(7)</script>`];
const GOOD_VALUES: Record<string, string[]> = {
  view: ["split", "timeline", "graph", "text", "table"],
  select: ["event:e1", "event:e3", "actor:united-states", "relation:r1", "claim:c1", "event:e999"],
  actors: ["united-states", "ukraine,united-states", "bloomberg"],
  kinds: ["meeting", "summit,statement", "deployment"],
  certainty: ["fact", "scheduled,probable", "possible,conditional,unclear"],
  sources: ["bloomberg", "outlet"],
  q: ["paris", "security guarantees", "Ukraine"],
  from: ["2026-01-01", "2025-12-01"],
  to: ["2026-01-31", "2026-02-15"],
  lanes: ["actor", "certainty"],
  focus: ["united-states", "ukraine"],
  theme: ["light", "dark"],
  controls: ["0", "1"],
  width: ["320", "640", "1200", "2400"],
  articles: [SEED, "hostile", `${SEED},hostile`, "hostile,no-such-article", "no-such-article"],
};
const ODD_VALUES = [
  ...HOSTILE_VALUES,
  "%00",
  "%ZZ",
  "%",
  "%E0%A4%A",
  "%C0%AE%C0%AE",
  "%u003c",
  "__proto__",
  "constructor",
  "prototype",
  "event:__proto__",
  "actor:constructor",
  "event:",
  ":",
  ",,,,",
  "-1",
  "-0",
  "0",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "0x10",
  " 640",
  "640px",
  "12abc",
  "99999999999999999999",
  "2026-02-30",
  "2026-13-01",
  "9999-12-31",
  "0000-01-01",
  "العربية",
  "עברית",
  "\u202Egnp.exe",
  "漢字",
  "🙂🙃",
  "e\u0301\u0301\u0301",
  "\uFEFF",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
];
const WIDTHS = ["-1", "-100000", "0", "1", "319", "320", "321", "2399", "2400", "2401", "99999", "9999999", "NaN", "Infinity", "1e4", "1.5", "640.0", "00640", ""];
const BAD_IDS = [
  "no-such-article",
  "%00",
  "%ZZ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "..%2F..%2Fetc%2Fpasswd",
  encodeURIComponent(`<script>${MARK}(8)</script>`),
  encodeURIComponent("العربية"),
  "a".repeat(300),
  `${SEED}%00`,
  `${SEED}.md`,
  SEED.toUpperCase(),
];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** A value as it appears in a query string: properly encoded, or raw (bad escapes left as they are). */
function encode(rng: Rng, s: string): string {
  return rng() < 0.6 ? encodeURIComponent(s) : s.replace(/[&#\s]/g, (c) => encodeURIComponent(c));
}

function value(rng: Rng, key: string): string {
  const r = rng();
  // own keys only: the fuzzer's keys include "__proto__" and "constructor"
  const good = Object.hasOwn(GOOD_VALUES, key) ? GOOD_VALUES[key]! : [];
  if (key === "width") return r < 0.7 ? pick(rng, WIDTHS) : pick(rng, ODD_VALUES);
  if (r < 0.35 && good.length > 0) return pick(rng, good);
  if (r < 0.85) return pick(rng, ODD_VALUES);
  if (r < 0.93) return pick(rng, ["x", "<", "é", "%41", ","]).repeat(100 + Math.floor(rng() * 1500));
  return Array.from({ length: 1 + Math.floor(rng() * 6) }, () => pick(rng, [...good, ...ODD_VALUES])).join(",");
}

/** One mangled query string: 0–12 parameters, some keys repeated many times, odd keys and values. */
function query(rng: Rng): string {
  const parts: string[] = [];
  const n = Math.floor(rng() * 12);
  for (let i = 0; i < n; i++) {
    const key = rng() < 0.8 ? pick(rng, PARAMS) : pick(rng, ODD_KEYS);
    const times = rng() < 0.1 ? 2 + Math.floor(rng() * 40) : 1;
    for (let t = 0; t < times; t++) {
      const form = rng();
      if (form < 0.05) parts.push(encode(rng, key));
      else if (form < 0.08) parts.push(`${encode(rng, key)}=`);
      else parts.push(`${encode(rng, key)}=${encode(rng, value(rng, key))}`);
    }
  }
  if (rng() < 0.05) parts.push("&&&");
  return parts.length ? `?${parts.join("&")}` : rng() < 0.5 ? "" : "?";
}

/** The URLs of one family: mostly the seed article with a mangled query, sometimes a mangled id. */
function urlsFor(family: Family, seed: number): string[] {
  const rng = seededRandom(seed);
  return Array.from({ length: PER_FAMILY }, () => {
    const id = rng() < 0.85 ? (family.story ? STORY : SEED) : pick(rng, BAD_IDS);
    return pick(rng, family.paths(id)) + query(rng);
  });
}

type Outcome = { url: string; status: number; type: string; body: Buffer; nosniff: boolean; error?: string };

async function get(url: string): Promise<Outcome> {
  try {
    const res = await fetch(baseUrl() + url, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
    const body = Buffer.from(await res.arrayBuffer());
    return { url, status: res.status, type: res.headers.get("content-type") ?? "", body, nosniff: res.headers.get("x-content-type-options") === "nosniff" };
  } catch (e) {
    return { url, status: 0, type: "", body: Buffer.alloc(0), nosniff: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

async function pool<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

function pngWidth(buf: Buffer): number | null {
  if (buf.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || buf.subarray(12, 16).toString("latin1") !== "IHDR") return null;
  return buf.readUInt32BE(16);
}

/** The width an image must have for a URL's `width`, or null when the route must refuse it. */
function expectedWidth(url: string): number | null {
  const raw = new URL(url, "http://x").searchParams.get("width");
  if (raw === null || raw.trim() === "") return 1200;
  if (!/^\d{1,7}$/.test(raw.trim())) return null;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number(raw.trim())));
}

const summary: string[] = [];
afterAll(() => console.log(`URL fuzz (${PER_FAMILY} URLs per family, ${CONCURRENCY} at a time):\n${summary.join("\n")}`));

describe("1,000 mangled URLs per route family against the production server", () => {
  it.each(FAMILIES.map((f, i) => [f.name, f, 1000 + i] as const))("%s: 200/400/404 only, nothing reflected, widths clamped", async (_, family, seed) => {
    const urls = urlsFor(family, seed);
    const started = performance.now();
    const outcomes = await pool(urls, CONCURRENCY, get);
    const seconds = (performance.now() - started) / 1000;
    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    const jsonReflections = outcomes.filter((o) => /json/.test(o.type) && o.body.toString("utf8").includes(`<script>${MARK}`)).length;
    summary.push(
      `  ${family.name.padEnd(46)} ${seconds.toFixed(1).padStart(6)} s  ` +
        [...byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(" ") +
        (jsonReflections ? `  (query text echoed inside ${jsonReflections} JSON error messages)` : ""),
    );

    const problems: string[] = [];
    for (const o of outcomes) {
      const where = `${o.status} ${o.url.slice(0, 160)}`;
      // 414/431: the URL (often a key repeated 40 times with 1,000-character values) is over Node's 16 KB header limit
      if (o.status === 414 || o.status === 431) continue;
      const allowed = family.name === "/api/articles" ? [200] : [200, 400, 404];
      if (!allowed.includes(o.status)) problems.push(`status: ${where}${o.error ? ` (${o.error})` : ""}`);
      const text = /png/.test(o.type) ? "" : o.body.toString("utf8");
      // HTML, SVG and text must never carry the query's markup; JSON is data (application/json, nosniff).
      if (text && !/json/.test(o.type) && RAW_MARKUP.test(text)) problems.push(`reflected: ${where}: …${text.slice(Math.max(0, text.search(RAW_MARKUP) - 60), text.search(RAW_MARKUP) + 60)}…`);
      if (/json/.test(o.type) && (!o.nosniff || !/^application\/json/.test(o.type))) problems.push(`json without nosniff: ${where}`);
      if (family.json && o.status !== 0 && !/^application\/json/.test(o.type)) problems.push(`not JSON: ${where} (${o.type})`);
      if (family.image && o.status === 200) {
        const want = expectedWidth(o.url);
        const got = o.url.includes(".png") ? pngWidth(o.body) : Number(/^(?:<\?xml[^>]*>\s*)?<svg[^>]*\swidth="(\d+)"/.exec(text)?.[1] ?? NaN);
        if (want === null) problems.push(`accepted a bad width: ${where}`);
        else if (got !== want) problems.push(`width ${got}, expected ${want}: ${where}`);
      }
      if (family.image && o.status === 400) {
        const error = /json/.test(o.type) ? (JSON.parse(text) as { error?: string }).error : undefined;
        if (!error) problems.push(`400 without an error message: ${where}`);
      }
    }
    expect(problems.slice(0, 25)).toEqual([]);
  });
});

describe("image widths", () => {
  it.each(["timeline.png", "graph.png", "timeline.svg", "graph.svg"])("%s clamps every whole-pixel width to 320–2400 and refuses the rest with 400", async (image) => {
    const outcomes = await pool(WIDTHS.map((w) => `/api/articles/${SEED}/${image}?width=${encodeURIComponent(w)}`), 4, get);
    const seen = outcomes.map((o) => {
      const want = expectedWidth(o.url);
      const got = o.status !== 200 ? null : image.endsWith(".png") ? pngWidth(o.body) : Number(/<svg[^>]*\swidth="(\d+)"/.exec(o.body.toString("utf8"))?.[1]);
      return { url: o.url, status: o.status, width: got, want };
    });
    for (const s of seen) expect(s).toEqual({ ...s, status: s.want === null ? 400 : 200, width: s.want });
  });
});

describe("unknown article ids", () => {
  it("GET /articles/<unknown> is the 404 page (HTML); the API, embeds and images answer 404 with a message", async () => {
    const id = "no-such-article";
    const page = await get(`/articles/${id}`);
    expect(page.status).toBe(404);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body.toString("utf8")).toContain("No such article");
    for (const path of [`/api/articles/${id}`, `/api/articles/${id}/timeline.svg`, `/api/articles/${id}/graph.png`]) {
      const r = await get(path);
      expect([path, r.status, r.type]).toEqual([path, 404, expect.stringMatching(/^application\/json/)]);
      expect(JSON.parse(r.body.toString("utf8")).error).toContain(id);
    }
    for (const kind of ["timeline", "graph", "table"]) {
      const r = await get(`/embed/${id}/${kind}`);
      expect([kind, r.status]).toEqual([kind, 404]);
      expect(r.body.toString("utf8")).toContain(id);
    }
  });

  it("unknown story ids: the 404 page, JSON 404s from the images, 404 pages from the embeds", async () => {
    const id = "story-no-such-story";
    expect((await get(`/stories/${id}`)).status).toBe(404);
    for (const path of [`/api/stories/${id}/timeline.svg`, `/api/stories/${id}/graph.png`]) {
      const r = await get(path);
      expect([path, r.status, r.type]).toEqual([path, 404, expect.stringMatching(/^application\/json/)]);
      expect(JSON.parse(r.body.toString("utf8")).error).toContain(id);
    }
    for (const kind of ["timeline", "graph", "table"]) {
      const r = await get(`/embed/stories/${id}/${kind}`);
      expect([kind, r.status]).toEqual([kind, 404]);
      expect(r.body.toString("utf8")).toContain(id);
    }
  });
});

describe("dot segments in the id", () => {
  it("/api/articles/%2e%2e is normalised by a same-origin redirect, not served", async () => {
    const r = await fetch(`${baseUrl()}/api/articles/%2e%2e`, { redirect: "manual" });
    expect(r.status).toBe(308);
    expect(new URL(r.headers.get("location") ?? "", baseUrl()).href).toBe(`${baseUrl()}/api`);
  });
});

describe("URLs past the length limit", () => {
  it.each([
    ["a 20 KB query", 20_000],
    ["a 100 KB query", 100_000],
  ])("%s gets 414/431 (or a clean 400) on every route family, and the server keeps answering", async (_, size) => {
    const long = `?q=${"x".repeat(size)}`;
    const paths = [`/articles/${SEED}`, `/embed/${SEED}/timeline`, "/api/articles", `/api/articles/${SEED}`, `/api/articles/${SEED}/graph.png`, `/stories/${STORY}`, `/embed/stories/${STORY}/table`, `/api/stories/${STORY}/graph.png`];
    const outcomes = await pool(paths.map((p) => p + long), 4, get);
    for (const o of outcomes) expect([o.url.slice(0, 60), [400, 414, 431].includes(o.status), o.error]).toEqual([o.url.slice(0, 60), true, undefined]);
    summary.push(`  ${(size / 1000).toFixed(0)} KB query: ${outcomes.map((o) => `${o.url.split("?")[0]} → ${o.status}`).join(", ")}`);
    const alive = await get(`/api/articles/${SEED}`);
    expect(alive.status).toBe(200);
  });

  it("a query just under the view's own budget (1,700 characters) is still served", async () => {
    const r = await get(`/embed/${SEED}/timeline?q=${"x".repeat(150)}&view=timeline`);
    expect(r.status).toBe(200);
  });
});
