import { XMLParser } from "fast-xml-parser";
import { toSvgString } from "@/lib/svg/node";
import { layoutTimeline } from "@/lib/timeline/layout/layout";
import { renderTimeline } from "@/lib/timeline/draw/render";
import { expectGoldenSvg } from "../../../helpers/golden";
import { all, fixture } from "../fixture";

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

  it("hides the drawn label text from assistive technology: the mark's aria-label names the event in full", () => {
    const svg = draw({ width: 900, lanes: "actor", theme: "light" });
    const labels = [...svg.matchAll(/<text class="nl-label"[^>]*>/g)].map((m) => m[0]);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toContain('aria-hidden="true"');
    // the "?" inside the glyph of an unclear event is drawing, not text to read
    const vote = /<g class="nl-mark" data-event-id="vote"[\s\S]*?<\/g>/.exec(svg)![0];
    expect(vote).toMatch(/<text text-anchor="middle"[^>]*aria-hidden="true"[^>]*>\?<\/text>/);
  });

  it("draws a wrapped label as two lines, the year tag after the last", () => {
    const long = structuredClone(fixture);
    long.events.find((e) => e.id === "summit")!.label = "Summit in the capital of the Union with all leaders";
    const svg = toSvgString(renderTimeline(layoutTimeline(long, all(long), { width: 900, lanes: "actor", theme: "light" })));
    const summit = /<g class="nl-mark" data-event-id="summit"[\s\S]*?<\/text>/.exec(svg)![0];
    expect(summit).toMatch(/<text class="nl-label" x="-6" y="-23"[^>]*>Summit in the capital of the <tspan x="-6" dy="13">Union with all leaders<\/tspan><tspan dx="3"/);
    expect(summit).toContain("≈</tspan>");
  });

  it("draws only words that begin each mark's accessible name (label in name), at any width", () => {
    const long = structuredClone(fixture);
    long.events.find((e) => e.id === "talks")!.label = "Talks on a common position on security guarantees for the region, held in several rounds";
    const words = (text: string) => text.normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase().split(/\s+/).filter(Boolean);
    const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    for (const width of [320, 390, 640, 900]) {
      const svg = toSvgString(renderTimeline(layoutTimeline(long, all(long), { width, lanes: "actor", theme: "light" })));
      for (const [, name, inner] of svg.matchAll(/<g class="nl-mark"[^>]*aria-label="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g)) {
        const shown = words(decode(inner!.replace(/<[^>]+>/g, "")));
        const named = words(decode(name!));
        expect(named.slice(0, shown.length)).toEqual(shown);
      }
    }
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
