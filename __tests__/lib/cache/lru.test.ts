import { LruCache } from "@/lib/cache";

const strings = (maxEntries: number, maxBytes: number) => new LruCache<string>({ maxEntries, maxBytes, sizeOf: (s) => s.length });

describe("LruCache", () => {
  it("set(key, value) past maxEntries evicts the least recently used entry", () => {
    const c = strings(3, 1_000_000);
    for (const k of ["a", "b", "c", "d"]) c.set(k, k);
    expect(c.keys()).toEqual(["b", "c", "d"]);
    expect(c.get("a")).toBeUndefined();
    expect(c.stats()).toMatchObject({ entries: 3, evictions: 1 });
  });

  it("get(key) makes the entry the most recently used", () => {
    const c = strings(3, 1_000_000);
    for (const k of ["a", "b", "c"]) c.set(k, k);
    expect(c.get("a")).toBe("a");
    c.set("d", "d");
    expect(c.keys()).toEqual(["c", "a", "d"]);
  });

  it("set(key, value) past maxBytes evicts until the values and keys fit", () => {
    // each entry: 10 bytes of value + 1 char of key × 2
    const c = strings(100, 36);
    for (const k of ["a", "b", "c", "d"]) c.set(k, "x".repeat(10));
    expect(c.stats()).toMatchObject({ entries: 3, bytes: 36 });
    expect(c.has("a")).toBe(false);
  });

  it("set(key, value) does not keep a value larger than maxBytes, nor evict for it", () => {
    const c = strings(10, 100);
    c.set("small", "x");
    c.set("big", "x".repeat(200));
    expect(c.has("big")).toBe(false);
    expect(c.keys()).toEqual(["small"]);
  });

  it("set(key, value) on an existing key replaces it and its size", () => {
    const c = strings(10, 1000);
    c.set("k", "x".repeat(100));
    c.set("k", "y");
    expect(c.get("k")).toBe("y");
    expect(c.stats()).toMatchObject({ entries: 1, bytes: 1 + 2 });
  });

  it("stays within its limits whatever 1,000 distinct keys are set", () => {
    const c = strings(50, 5_000);
    for (let i = 0; i < 1000; i++) c.set(`query-${i}-${"z".repeat(i % 37)}`, "v".repeat(i % 90));
    const { entries, bytes } = c.stats();
    expect(entries).toBeLessThanOrEqual(50);
    expect(bytes).toBeLessThanOrEqual(5_000);
    expect(c.has("query-999-" + "z".repeat(999 % 37))).toBe(true);
  });

  it("counts hits and misses; clear() empties it", () => {
    const c = strings(2, 100);
    c.set("a", "1");
    c.get("a");
    c.get("nope");
    expect(c.stats()).toMatchObject({ hits: 1, misses: 1 });
    c.clear();
    expect(c.stats()).toEqual({ entries: 0, bytes: 0, hits: 0, misses: 0, evictions: 0 });
  });

  it("refuses limits below 1", () => {
    expect(() => strings(0, 10)).toThrow(RangeError);
    expect(() => strings(1, 0)).toThrow(RangeError);
  });
});
