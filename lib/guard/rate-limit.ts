import { processWide } from "../cache";

/**
 * Token buckets per client: each bucket holds `burst` tokens and refills `perMinute` a minute. Kept
 * in the process (a per-instance limit; behind a load balancer each instance counts its own), with a
 * bound on how many clients it remembers, so a flood of addresses cannot grow it.
 */
export type Limiter = { take(client: string): { ok: true } | { ok: false; retryAfterS: number } };

export function createLimiter({ perMinute, burst = perMinute, maxClients = 10_000, now = Date.now }: { perMinute: number; burst?: number; maxClients?: number; now?: () => number }): Limiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  return {
    take(client) {
      const t = now();
      const b = buckets.get(client) ?? { tokens: burst, at: t };
      b.tokens = Math.min(burst, b.tokens + (t - b.at) * rate);
      b.at = t;
      buckets.delete(client);
      buckets.set(client, b);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      if (b.tokens < 1) return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)) };
      b.tokens -= 1;
      return { ok: true };
    },
  };
}

type Limiters = { writes: Limiter; previews: Limiter; fetches: Limiter };

/** The server's limiters: writes (`NEWSLINE_WRITE_RATE`, default 30 a minute), previews (`NEWSLINE_PREVIEW_RATE`, 60) and link fetches (`NEWSLINE_FETCH_RATE`, 10). */
export function limiters(): Limiters {
  return processWide<Limiters>("limiters", () => ({
    writes: createLimiter({ perMinute: rateFromEnv("NEWSLINE_WRITE_RATE", 30) }),
    previews: createLimiter({ perMinute: rateFromEnv("NEWSLINE_PREVIEW_RATE", 60) }),
    fetches: createLimiter({ perMinute: rateFromEnv("NEWSLINE_FETCH_RATE", 10) }),
  }));
}

function rateFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
