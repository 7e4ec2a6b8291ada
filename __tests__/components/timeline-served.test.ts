import { SERVED_DRAWINGS, servedWidth, watchServedWidth } from "@/components/timeline/served";

/** A window whose viewport is `width` px wide, for the `(width >= Nrem)` queries of SERVED_DRAWINGS (16 px to the rem). */
function viewOf(width: number) {
  const listeners: Array<() => void> = [];
  const matchMedia = (query: string) => {
    const rem = Number(/width >= ([\d.]+)rem/.exec(query)?.[1]);
    return {
      matches: width >= rem * 16,
      addEventListener: (_: string, f: () => void) => listeners.push(f),
      removeEventListener: (_: string, f: () => void) => listeners.splice(listeners.indexOf(f), 1),
    } as unknown as MediaQueryList;
  };
  return { view: { matchMedia }, listeners };
}

describe("servedWidth(view)", () => {
  it("servedWidth(a phone's window) is the phone drawing's width; a tablet's, the tablet one's; a wide window's, the wide one's", () => {
    expect(servedWidth(viewOf(375).view)).toBe(SERVED_DRAWINGS[0].width);
    expect(servedWidth(viewOf(639).view)).toBe(SERVED_DRAWINGS[0].width);
    expect(servedWidth(viewOf(640).view)).toBe(SERVED_DRAWINGS[1].width);
    expect(servedWidth(viewOf(1023).view)).toBe(SERVED_DRAWINGS[1].width);
    expect(servedWidth(viewOf(1024).view)).toBe(SERVED_DRAWINGS[2].width);
    expect(servedWidth(viewOf(1440).view)).toBe(SERVED_DRAWINGS[2].width);
  });

  it("servedWidth({}) is null where media queries cannot be read", () => {
    expect(servedWidth({})).toBeNull();
  });

  it("watchServedWidth(view, f) listens to each band's query and stops when told", () => {
    const { view, listeners } = viewOf(800);
    const stop = watchServedWidth(view, () => {});
    expect(listeners).toHaveLength(SERVED_DRAWINGS.filter((d) => d.media !== null).length);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
