import { BusyError, createLimiter } from "@/lib/publish/limit";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("createLimiter({ concurrency, maxQueued })", () => {
  it("runs at most `concurrency` tasks at once and the queued ones in order", async () => {
    const limiter = createLimiter({ concurrency: 2, maxQueued: 10 });
    const gates = Array.from({ length: 5 }, deferred);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const all = gates.map((g, i) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await g.promise;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(limiter.active).toBe(2);
    expect(limiter.queued).toBe(3);
    for (const g of gates) g.resolve();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(limiter.active + limiter.queued).toBe(0);
  });

  it("refuses work with BusyError once `maxQueued` tasks wait, and accepts again after", async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueued: 2 });
    const gate = deferred();
    const held = [0, 1, 2].map(() => limiter.run(() => gate.promise));
    await expect(limiter.run(async () => "late")).rejects.toBeInstanceOf(BusyError);
    gate.resolve();
    await Promise.all(held);
    await expect(limiter.run(async () => "again")).resolves.toBe("again");
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueued: 0 });
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(async () => 1)).resolves.toBe(1);
  });
});
