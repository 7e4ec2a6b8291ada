import fc from "fast-check";
import { IdSchema, IsoDateSchema, isIsoDate, isUrlId, MAX_QUERY_LENGTH, parseViewState, serializeViewState, ViewParam, ViewStateSchema } from "@/lib/view";

const hostile = [
  "<script>alert(1)</script>",
  "%00",
  "\u0000",
  "__proto__",
  "constructor",
  "prototype",
  "%",
  "%E0%A4%A",
  "\uD800",
  "💥",
  "🇺🇦",
  "ä".repeat(3000),
  "x".repeat(10000),
  "event:__proto__",
  "actor:<img src=x onerror=alert(1)>",
  ",,,,",
  "fact,,fact,FACT",
  "2026-13-45",
  "javascript:alert(1)",
  "../../etc/passwd",
];
const key = fc.oneof(fc.constantFrom(...ViewParam, "__proto__", "constructor", "theme", "hasOwnProperty"), fc.string({ maxLength: 12 }));
const value = fc.oneof(
  fc.constantFrom(...hostile),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom("fact", "maybe", "state", "a", "b-1", "event:e1", "<b>"), { maxLength: 8 }).map((xs) => xs.join(",")),
);
const pair = fc.tuple(key, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeLoosely(v)}`);
const query = fc.oneof(
  fc.array(pair, { maxLength: 30 }).map((ps) => ps.join("&")),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(...hostile).map((h) => `view=${h}&view=${h}&select=${h}&q=${h}&actors=${h}`),
);

/** Leaves some characters raw, as hand-edited URLs do. */
function encodeLoosely(v: string): string {
  return v.replace(/[&#=]/g, (c) => encodeURIComponent(c));
}

describe("parseViewState under fuzzing", () => {
  it("parseViewState(any of 2,000 random and hostile query strings) never throws and returns a valid, bounded state", () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state, notices } = parseViewState(q);
        expect(() => ViewStateSchema.parse(state)).not.toThrow();
        const out = serializeViewState(state);
        expect(out.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(notices.length).toBeLessThanOrEqual(8);
        for (const n of notices) expect(n.length).toBeLessThan(200);
        // The canonical form is a fixed point: parsing it again changes nothing and notices nothing.
        const again = parseViewState(out);
        expect(again.state).toEqual(state);
        expect(again.notices).toEqual([]);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      }),
      { numRuns: 2000, seed: 20260106 },
    );
  });

  it("parseViewState(the Next searchParams object of hostile keys) never throws", () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(value, fc.array(value, { maxLength: 4 }))), (record) => {
        const { state } = parseViewState(record);
        expect(() => ViewStateSchema.parse(state)).not.toThrow();
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it("parseViewState(a 100 KB query with 5,000 repeated keys) answers quickly", () => {
    const big = Array.from({ length: 5000 }, (_, i) => `actors=a${i}&view=graph&q=${"x".repeat(10)}`).join("&");
    const t0 = performance.now();
    const { state } = parseViewState(big);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(serializeViewState(state).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe("zod-free checks agree with the schema", () => {
  const dateLike = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
    fc.string({ maxLength: 12 }),
  );
  it("isIsoDate(s) === IsoDateSchema accepts s, for 3,000 date-like strings", () => {
    fc.assert(fc.property(dateLike, (s) => expect(isIsoDate(s)).toBe(IsoDateSchema.safeParse(s).success)), { numRuns: 3000, seed: 11 });
  });
  it("isUrlId(s) === IdSchema accepts s, for 2,000 strings", () => {
    const idLike = fc.oneof(fc.string({ maxLength: 130 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.stringMatching(/^[a-z0-9-]{0,130}$/));
    fc.assert(fc.property(idLike, (s) => expect(isUrlId(s)).toBe(IdSchema.safeParse(s).success)), { numRuns: 2000, seed: 12 });
  });
});
