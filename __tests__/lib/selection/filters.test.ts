import { countsText, filterOptions } from "@/lib/selection/filter-options";
import { applyFilters, isFiltering, noFilters, normalizeForSearch, outletOf, type Filters } from "@/lib/selection";
import { generateAnalysis } from "@/tools/synthetic";
import { smallAnalysis } from "../../fixtures/small-analysis";

const analysis = smallAnalysis();
const sorted = (s: ReadonlySet<string>) => [...s].sort();
const f = (patch: Partial<Filters>): Filters => ({ ...noFilters, ...patch });

describe("applyFilters", () => {
  it("applyFilters(analysis, noFilters) keeps everything", () => {
    const v = applyFilters(analysis, noFilters);
    expect(v.events.size).toBe(3);
    expect(v.actors.size).toBe(4);
    expect(v.relations.size).toBe(1);
    expect(v.claims.size).toBe(3);
    expect(isFiltering(noFilters)).toBe(false);
  });

  it("applyFilters(analysis, { actors }) keeps items involving the actor and its counterparts", () => {
    const v = applyFilters(analysis, f({ actors: ["germany"] }));
    expect(sorted(v.events)).toEqual(["meeting", "troops"]);
    expect(sorted(v.relations)).toEqual(["r-meets"]);
    expect(sorted(v.actors)).toEqual(["france", "germany"]);
    expect(sorted(v.claims)).toEqual(["c1", "c2"]);
  });

  it("applyFilters(analysis, { kinds }) keeps actors of that kind and items involving them", () => {
    const v = applyFilters(analysis, f({ kinds: ["media"] }));
    expect(sorted(v.actors)).toEqual(["bloomberg", "daily"]);
    expect(v.events.size).toBe(0);
    expect(sorted(v.claims)).toEqual(["c1", "c2", "c3"]);
  });

  it("applyFilters(analysis, { certainty }) keeps events and relations of that certainty and the claims carrying them", () => {
    const v = applyFilters(analysis, f({ certainty: ["possible", "conditional"] }));
    expect(sorted(v.events)).toEqual(["peace", "troops"]);
    expect(v.relations.size).toBe(0);
    expect(sorted(v.claims)).toEqual(["c2"]);
    expect(sorted(v.actors)).toEqual(["bloomberg", "daily", "germany"]);
  });

  it("applyFilters(analysis, { sources: [agency] }) keeps what that source reported", () => {
    const v = applyFilters(analysis, f({ sources: ["bloomberg"] }));
    expect(sorted(v.events)).toEqual(["peace", "troops"]);
    expect(sorted(v.claims)).toEqual(["c2"]);
  });

  it("applyFilters(analysis, { sources: [outlet] }) keeps the outlet's own unattributed framing", () => {
    expect(outletOf(analysis)).toBe("daily");
    const v = applyFilters(analysis, f({ sources: ["daily"] }));
    expect(sorted(v.events)).toEqual(["meeting"]);
    expect(sorted(v.claims)).toEqual(["c1", "c3"]);
    expect(sorted(v.relations)).toEqual(["r-meets"]);
  });

  it("applyFilters(analysis, { q }) searches labels, evidence text and actor names, ignoring case and accents", () => {
    expect(sorted(applyFilters(analysis, f({ q: "TROOP" })).events)).toEqual(["troops"]);
    expect(sorted(applyFilters(analysis, f({ q: "reckless" })).claims)).toEqual(["c3"]);
    expect(sorted(applyFilters(analysis, f({ q: "berlin" })).actors)).toContain("germany");
    expect(normalizeForSearch("  Élysée  Palace ")).toBe("elysee palace");
  });

  it("applyFilters(analysis, filters) combines constraints with AND", () => {
    const v = applyFilters(analysis, f({ actors: ["germany"], certainty: ["scheduled"] }));
    expect(sorted(v.events)).toEqual(["meeting"]);
  });

  it("applyFilters(analysis, { actors: [unknown] }) keeps nothing", () => {
    const v = applyFilters(analysis, f({ actors: ["nobody"] }));
    expect(v.events.size + v.relations.size + v.claims.size + v.actors.size).toBe(0);
  });

  it("applyFilters(generated 2,000-event analysis, filters) stays fast", () => {
    const big = generateAnalysis({ events: 2000, actors: 200, relations: 1000, seed: 3 });
    const t0 = performance.now();
    applyFilters(big, f({ kinds: ["state"], certainty: ["fact"], q: "summit" }));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("filterOptions(analysis)", () => {
  it("filterOptions(analysis).certainty counts events and relations apart: countsText says '2 events, 1 relation'", () => {
    expect(countsText({ events: 2, relations: 1, claims: 0 })).toBe("2 events, 1 relation");
    const a = smallAnalysis();
    for (const option of filterOptions(a).certainty) {
      expect(option.counts).toEqual({
        events: a.events.filter((e) => e.certainty === option.value).length || undefined,
        relations: a.relations.filter((r) => r.certainty === option.value).length || undefined,
      });
    }
  });
});
