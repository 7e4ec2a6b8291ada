import { TABLET_DRAWING_MAX_EVENTS, servedDrawings, servedWidth, watchServedWidth } from "@/lib/timeline/live/served";

/** A window whose viewport is `width` px wide, for the `(width >= Nrem)` queries of the served drawings (16 px to the rem). */
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

const full = servedDrawings(10);
const lean = servedDrawings(TABLET_DRAWING_MAX_EVENTS + 1);

describe("servedDrawings(eventCount)", () => {
  it("serves a phone, a tablet and a wide drawing, and drops the tablet one above TABLET_DRAWING_MAX_EVENTS", () => {
    expect(full.map((d) => d.width)).toEqual([360, 800, 1200]);
    expect(servedDrawings(TABLET_DRAWING_MAX_EVENTS)).toBe(full);
    expect(lean.map((d) => d.width)).toEqual([360, 1200]);
  });

  it("gives every viewport exactly one drawing, whichever the list (the classes partition the sm and lg bands)", () => {
    const shown = (className: string, band: "base" | "sm" | "lg") => {
      let visible = true;
      for (const c of className.split(" ")) {
        const [prefix, value] = c.includes(":") ? c.split(":") : ["base", c];
        const applies = prefix === "base" || prefix === band || (prefix === "sm" && band === "lg");
        if (applies && (value === "hidden" || value === "block")) visible = value === "block";
      }
      return visible;
    };
    for (const list of [full, lean])
      for (const band of ["base", "sm", "lg"] as const) expect(list.filter((d) => shown(d.className, band))).toHaveLength(1);
  });
});

describe("servedWidth(view, drawings)", () => {
  it("servedWidth(a phone's window) is the phone drawing's width; a tablet's, the tablet one's; a wide window's, the wide one's", () => {
    expect(servedWidth(viewOf(375).view, full)).toBe(360);
    expect(servedWidth(viewOf(639).view, full)).toBe(360);
    expect(servedWidth(viewOf(640).view, full)).toBe(800);
    expect(servedWidth(viewOf(1023).view, full)).toBe(800);
    expect(servedWidth(viewOf(1024).view, full)).toBe(1200);
    expect(servedWidth(viewOf(1440).view, full)).toBe(1200);
  });

  it("servedWidth(a tablet's window, the lean list) is the wide drawing's width", () => {
    expect(servedWidth(viewOf(768).view, lean)).toBe(1200);
    expect(servedWidth(viewOf(375).view, lean)).toBe(360);
  });

  it("servedWidth({}) is null where media queries cannot be read", () => {
    expect(servedWidth({}, full)).toBeNull();
  });

  it("watchServedWidth(view, drawings, f) listens to each band's query and stops when told", () => {
    const { view, listeners } = viewOf(800);
    const stop = watchServedWidth(view, full, () => {});
    expect(listeners).toHaveLength(full.filter((d) => d.media !== null).length);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
