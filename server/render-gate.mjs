// @ts-check
/**
 * A bound on how many requests Next works on at once. The server has one JavaScript thread: past a
 * few requests in flight, more concurrency adds no throughput, only memory (every page render holds
 * its React tree, its Flight payload and its HTML stream until the last byte is written). Requests
 * beyond the bound wait in a first-in, first-out queue; when the queue itself is full the server sheds
 * load with 503 and `Retry-After`, instead of taking memory it may never hand back.
 *
 * A request leaves the gate when its response is finished or its connection closes, whichever comes
 * first, so an abandoned request never holds a place.
 */

/** @typedef {import("node:http").IncomingMessage} Req */
/** @typedef {import("node:http").ServerResponse} Res */

export const BUSY = "The server is busy: try again in a moment.";

/**
 * @param {{ concurrency: number, queue: number }} limits
 */
export function createRenderGate({ concurrency, queue }) {
  if (!(concurrency >= 1) || !(queue >= 0)) throw new RangeError(`bad render gate limits: ${concurrency}, ${queue}`);
  let active = 0;
  /** @type {Array<() => void>} */
  const waiting = [];
  const stats = { admitted: 0, queued: 0, shed: 0, maxWaiting: 0 };

  const next = () => {
    active--;
    const start = waiting.shift();
    if (start) start();
  };

  /**
   * Runs `work` now or when a place frees up; answers 503 when the queue is full.
   * @param {Req} req @param {Res} res @param {() => void} work
   */
  function admit(req, res, work) {
    const start = () => {
      active++;
      stats.admitted++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        next();
      };
      res.once("finish", release);
      res.once("close", release);
      work();
    };
    if (active < concurrency) return start();
    if (waiting.length >= queue) {
      stats.shed++;
      shed(req, res);
      return;
    }
    stats.queued++;
    // A client that gives up while queued leaves the queue: its place goes to the next one.
    const entry = () => {
      res.off("close", abandon);
      start();
    };
    const abandon = () => {
      const i = waiting.indexOf(entry);
      if (i !== -1) waiting.splice(i, 1);
    };
    res.once("close", abandon);
    waiting.push(entry);
    stats.maxWaiting = Math.max(stats.maxWaiting, waiting.length);
  }

  return {
    admit,
    stats: () => ({ ...stats, active, waiting: waiting.length }),
  };
}

/** @param {Req} req @param {Res} res */
function shed(req, res) {
  const api = (req.url ?? "").startsWith("/api/");
  const body = api ? JSON.stringify({ error: BUSY }) : BUSY;
  res.writeHead(503, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Retry-After": "1",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}
