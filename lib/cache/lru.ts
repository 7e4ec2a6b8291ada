/**
 * A least-recently-used cache bounded by entry count and by total size, so that no sequence of
 * requests (a fuzzer sending a thousand distinct query strings) can make it grow past its limits.
 * A Map keeps insertion order: reading an entry moves it to the end, eviction takes from the front.
 */
export type LruOptions<V> = {
  maxEntries: number;
  maxBytes: number;
  /** the bytes an entry holds (its key is counted too); entries larger than maxBytes are not kept */
  sizeOf: (value: V) => number;
};

export type LruStats = { entries: number; bytes: number; hits: number; misses: number; evictions: number };

export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(private readonly options: LruOptions<V>) {
    if (!(options.maxEntries >= 1) || !(options.maxBytes >= 1)) throw new RangeError("LruCache needs maxEntries ≥ 1 and maxBytes ≥ 1");
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Stores a value (most recently used), evicting the least recently used until within bounds. */
  set(key: string, value: V): void {
    this.delete(key);
    const bytes = this.options.sizeOf(value) + key.length * 2;
    if (bytes > this.options.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.options.maxEntries || this.bytes > this.options.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
      this.evictions++;
    }
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    return true;
  }

  /** Empties the cache and zeroes its counters. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.hits = this.misses = this.evictions = 0;
  }

  /** Keys from least to most recently used. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  stats(): LruStats {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses, evictions: this.evictions };
  }
}
