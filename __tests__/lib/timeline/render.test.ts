import { XMLParser } from "fast-xml-parser";
import { toSvgString } from "@/lib/svg/node";
import { layoutTimeline } from "@/lib/timeline/layout";
import { renderTimeline } from "@/lib/timeline/render";
import { expectGoldenSvg } from "../../helpers/golden";
import { all, fixture } from "./fixture";

const draw = (opts: Parameters<typeof layoutTimeline>[2], render: Parameters<typeof renderTimeline>[1] = {}) =>
  toSvgString(renderTimeline(layoutTimeline(fixture, all(fixture), opts), render));

describe("renderTimeline(layout, options)", () => {
  it("matches timeline-fixture-light.svg (actor lanes, 900 px)", () => {
    expectGoldenSvg("timeline-fixture-light.svg", draw({ width: 900, lanes: "actor", theme: "light" }));
  });

  it("matches timeline-fixture-dark.svg (certainty lanes, 375 px, selection)", () => {
    expectGoldenSvg(
      "timeline-fixture-dark.svg",
      draw({ width: 375, lanes: "certainty", theme: "dark" }, { selectedId: "summit", highlighted: new Set(["talks", "press"]), dimOthers: true }),
    );
  });

  it("matches timeline-fixture-window.svg (a zoomed window)", () => {
    expectGoldenSvg("timeline-fixture-window.svg", draw({ width: 640, lanes: "actor", theme: "light", window: { from: "2025-12-30", to: "2026-01-12" } }));
  });

  it("is well-formed XML with a title, a description and one focusable option per event", () => {
    const svg = draw({ width: 900, lanes: "actor", theme: "light" }, { selectedId: "press" });
    const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: false });
    expect(() => parser.parse(svg)).not.toThrow();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<title id=\"nl-timeline-title\">Timeline of events in “Northland and the Union prepare a summit”</title>");
    expect(svg).toContain("<desc id=\"nl-timeline-desc\">9 events from 20 December 2025 to 1 February 2026; 2 conditional; 1 undated. Reference date 1 January 2026 (assumed). Source: Daily Outlet.</desc>");
    const options = [...svg.matchAll(/<g class="nl-mark" data-event-id="([^"]+)"[^>]*role="option" tabindex="(-?\d)"[^>]*aria-selected="(true|false)"/g)];
    expect(options.map((m) => m[1]).sort()).toEqual([...all(fixture)].sort());
    expect(options.filter((m) => m[2] === "0").map((m) => m[1])).toEqual(["press"]);
    expect(options.filter((m) => m[3] === "true").map((m) => m[1])).toEqual(["press"]);
    expect(svg).toContain('role="listbox"');
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it("escapes hostile text from the article", () => {
    const hostile = structuredClone(fixture);
    hostile.events[0]!.label = '<script>alert("x")</script>';
    hostile.article.title = "A & B <img onerror=x>";
    const svg = toSvgString(renderTimeline(layoutTimeline(hostile, all(hostile), { width: 900, lanes: "actor", theme: "light" })));
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script&gt;");
  });
});
