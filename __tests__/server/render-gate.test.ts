import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BUSY, createRenderGate } from "@/server/render-gate.mjs";

/** A response double: emits "finish"/"close" like http.ServerResponse, records what was written. */
class FakeRes extends EventEmitter {
  status: number | null = null;
  headers: Record<string, string | number> = {};
  body = "";
  writeHead(status: number, headers: Record<string, string | number>) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  end(body = "") {
    this.body = body;
    this.emit("finish");
    this.emit("close");
  }
}

const req = (url = "/articles/a") => ({ url }) as IncomingMessage;
const pair = (url?: string) => {
  const res = new FakeRes();
  return { req: req(url), res, asRes: res as unknown as ServerResponse };
};

describe("createRenderGate", () => {
  it("runs at most `concurrency` requests at once and starts the waiting ones in arrival order", () => {
    const gate = createRenderGate({ concurrency: 2, queue: 10 });
    const started: number[] = [];
    const pairs = Array.from({ length: 5 }, () => pair());
    pairs.forEach((p, i) => gate.admit(p.req, p.asRes, () => started.push(i)));
    expect(started).toEqual([0, 1]);
    expect(gate.stats()).toMatchObject({ active: 2, waiting: 3 });
    pairs[1]!.res.end();
    expect(started).toEqual([0, 1, 2]);
    pairs[0]!.res.end();
    pairs[2]!.res.end();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    pairs[3]!.res.end();
    pairs[4]!.res.end();
    expect(gate.stats()).toMatchObject({ active: 0, waiting: 0, admitted: 5, queued: 3, shed: 0 });
  });

  it("frees a place once per response, even when both finish and close are emitted", () => {
    const gate = createRenderGate({ concurrency: 1, queue: 10 });
    const a = pair();
    const b = pair();
    const c = pair();
    const started: string[] = [];
    gate.admit(a.req, a.asRes, () => started.push("a"));
    gate.admit(b.req, b.asRes, () => started.push("b"));
    gate.admit(c.req, c.asRes, () => started.push("c"));
    a.res.emit("finish");
    a.res.emit("close");
    expect(started).toEqual(["a", "b"]);
    expect(gate.stats().active).toBe(1);
  });

  it("drops a queued request whose client went away, without running it", () => {
    const gate = createRenderGate({ concurrency: 1, queue: 10 });
    const a = pair();
    const gone = pair();
    const c = pair();
    const started: string[] = [];
    gate.admit(a.req, a.asRes, () => started.push("a"));
    gate.admit(gone.req, gone.asRes, () => started.push("gone"));
    gate.admit(c.req, c.asRes, () => started.push("c"));
    gone.res.emit("close");
    expect(gate.stats().waiting).toBe(1);
    a.res.end();
    expect(started).toEqual(["a", "c"]);
  });

  it("sheds load with 503, Retry-After and a JSON body under /api once the queue is full", () => {
    const gate = createRenderGate({ concurrency: 1, queue: 1 });
    const work = jest.fn();
    gate.admit(req(), pair().asRes, work);
    gate.admit(req(), pair().asRes, work);
    const page = pair("/articles/a");
    const api = pair("/api/articles/a");
    gate.admit(page.req, page.asRes, work);
    gate.admit(api.req, api.asRes, work);
    expect(work).toHaveBeenCalledTimes(1);
    expect(page.res.status).toBe(503);
    expect(page.res.headers["Retry-After"]).toBe("1");
    expect(page.res.body).toBe(BUSY);
    expect(api.res.status).toBe(503);
    expect(JSON.parse(api.res.body)).toEqual({ error: BUSY });
    expect(gate.stats()).toMatchObject({ shed: 2, waiting: 1 });
  });

  it("refuses limits that would admit nothing", () => {
    expect(() => createRenderGate({ concurrency: 0, queue: 10 })).toThrow(RangeError);
    expect(() => createRenderGate({ concurrency: Number.NaN, queue: 10 })).toThrow(RangeError);
    expect(() => createRenderGate({ concurrency: 1, queue: -1 })).toThrow(RangeError);
  });
});
