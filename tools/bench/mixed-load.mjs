// The mixed read/write phase of `npm run bench:load`: reads of a user article's analysis under
// autocannon (the same 50 connections as the read-only runs) while writers add new articles at a
// fixed rate, each one a real POST /api/articles (pipeline, one transaction in the store). Read and
// write latencies are measured apart, so what writes cost readers shows.
import autocannon from "autocannon";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/** A news-like text of about `words` words, different for every `n`, so every add is a new article. */
function articleText(n, words = 250) {
  const parts = [
    `Officials in the northern province said on Monday that ${n} families had been moved after the river rose overnight.`,
    `The regional council will meet on Thursday to decide whether schools reopen, a spokesperson told reporters.`,
    `According to the weather service, more rain is expected in the coming days across ${(n % 40) + 2} districts.`,
    `The minister visited the area and promised support, while the opposition said the response had been slow.`,
  ];
  const out = [];
  for (let i = 0; out.join(" ").split(" ").length < words; i++) out.push(parts[i % parts.length]);
  return out.join(" ");
}

/**
 * @param {{ url: string, duration: number, connections: number, writeRate: number, log: (...a: unknown[]) => void }} o
 */
export async function runMixed({ url, duration, connections, writeRate, log }) {
  // The article the readers read: one a user added, so reads go through the store, not only seeds.
  const seedRes = await post(url, 0);
  if (seedRes.status !== 201 && seedRes.status !== 200) throw new Error(`could not add the article to read (HTTP ${seedRes.status})`);
  const { id } = await seedRes.json();
  const readPath = `/api/articles/${encodeURIComponent(id)}`;
  await (await fetch(`${url}${readPath}`)).arrayBuffer();

  const writes = { latencies: [], statuses: new Map(), errors: 0 };
  let stop = false;
  let n = 1 + Math.floor(Math.random() * 1e9);
  const interval = 1000 / writeRate;
  const writer = (async () => {
    const pending = new Set();
    let next = performance.now();
    while (!stop) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      next += interval;
      if (pending.size >= 16) continue; // the server is behind: do not pile up more than 16 writes
      const started = performance.now();
      const p = post(url, ++n)
        .then(async (res) => {
          await res.arrayBuffer();
          writes.latencies.push(performance.now() - started);
          writes.statuses.set(res.status, (writes.statuses.get(res.status) ?? 0) + 1);
        })
        .catch(() => writes.errors++)
        .finally(() => pending.delete(p));
      pending.add(p);
    }
    await Promise.all(pending);
  })();
  log(`mixed: ${connections} connections reading ${readPath} for ${duration} s while adding ${writeRate} articles/s`);
  const reads = await autocannon({ url: `${url}${readPath}`, connections, duration });
  stop = true;
  await writer;
  const sorted = [...writes.latencies].sort((a, b) => a - b);
  const ok = (writes.statuses.get(201) ?? 0) + (writes.statuses.get(200) ?? 0);
  const non2xx = [...writes.statuses].filter(([s]) => s >= 300).reduce((a, [, c]) => a + c, 0);
  return {
    reads: { rps: reads.requests.average, p50: reads.latency.p50, p99: reads.latency.p99, total: reads.requests.total, errors: reads.errors + reads.timeouts, non2xx: reads.non2xx },
    writes: { rps: ok / duration, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), total: ok, errors: writes.errors, non2xx },
  };
}

function post(url, n) {
  return fetch(`${url}/api/articles`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: `Flood update ${n}`, text: articleText(n), source: "Bench Wire", published: "2026-01-05" }),
  });
}
