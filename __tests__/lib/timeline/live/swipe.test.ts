import { swipeLock, SWIPE_SLOP_PX } from "@/lib/timeline/live/swipe";

const at = (...points: [number, number][]) => points.map(([clientX, clientY]) => ({ clientX, clientY }));

/** the moves of one finger from (x, y) by (dx, dy) in ten steps, and whether the timeline heard each */
function swipe(lock: ReturnType<typeof swipeLock>, x: number, y: number, dx: number, dy: number): boolean[] {
  lock.begin(at([x, y]));
  return Array.from({ length: 10 }, (_, i) => lock.hears(at([x + (dx * (i + 1)) / 10, y + (dy * (i + 1)) / 10])));
}

describe("swipeLock", () => {
  it("leaves a mostly vertical swipe to the page, sideways drift included", () => {
    expect(swipe(swipeLock(), 100, 300, 14, -200)).toEqual(Array(10).fill(false));
  });

  it("gives a mostly sideways swipe to the timeline once it has moved the slop", () => {
    const heard = swipe(swipeLock(), 100, 300, 150, 20);
    // 15 px per step: the first step already passes the slop
    expect(heard).toEqual(Array(10).fill(true));
    const slow = swipe(swipeLock(), 100, 300, 40, 0);
    expect(slow.slice(0, Math.ceil(SWIPE_SLOP_PX / 4) - 1).every((h) => !h)).toBe(true);
    expect(slow.slice(Math.ceil(SWIPE_SLOP_PX / 4)).every(Boolean)).toBe(true);
  });

  it("keeps the direction it chose for the rest of the gesture", () => {
    const lock = swipeLock();
    lock.begin(at([0, 0]));
    expect(lock.hears(at([0, 30]))).toBe(false);
    // turning sideways later does not hand the gesture to the timeline
    expect(lock.hears(at([200, 35]))).toBe(false);
    // a new gesture decides afresh
    lock.begin(at([0, 0]));
    expect(lock.hears(at([30, 2]))).toBe(true);
    expect(lock.hears(at([30, 200]))).toBe(true);
  });

  it("always lets pinches through, from the start or when a second finger joins", () => {
    const lock = swipeLock();
    lock.begin(at([0, 0], [50, 0]));
    expect(lock.hears(at([0, 1], [80, 1]))).toBe(true);
    lock.begin(at([0, 0]));
    expect(lock.hears(at([0, 40]))).toBe(false);
    lock.begin(at([0, 40], [60, 40]));
    expect(lock.hears(at([0, 40], [90, 40]))).toBe(true);
  });
});
