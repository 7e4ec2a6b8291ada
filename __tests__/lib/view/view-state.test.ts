import {
  defaultViewState,
  MAX_QUERY_LENGTH,
  parseViewState,
  serializeViewState,
  validateViewState,
  ViewParam,
  ViewStateSchema,
  canonicalParams,
  type ViewState,
} from "@/lib/view";
import { smallAnalysis } from "../../fixtures/small-analysis";

const state = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...patch });
const roundTrip = (s: ViewState) => parseViewState(serializeViewState(s));

describe("serializeViewState / parseViewState", () => {
  const cases: [string, Partial<ViewState>, string][] = [
    ["view", { view: "graph" }, "view=graph"],
    ["select", { select: { kind: "event", id: "event-3" } }, "select=event:event-3"],
    ["actors", { actors: ["germany", "france"] }, "actors=france,germany"],
    ["kinds", { kinds: ["media", "state"] }, "kinds=state,media"],
    ["certainty", { certainty: ["possible", "fact"] }, "certainty=fact,possible"],
    ["sources", { sources: ["reuters", "bloomberg"] }, "sources=bloomberg,reuters"],
    ["q", { q: "peace & «troops» #1+2" }, "q=peace+%26+«troops»+%231%2B2"],
    ["from", { from: "2026-01-01" }, "from=2026-01-01"],
    ["to", { to: "2026-02-01" }, "to=2026-02-01"],
    ["lanes", { lanes: "certainty" }, "lanes=certainty"],
    ["focus", { focus: "germany" }, "focus=germany"],
  ];
  it.each(cases)("serializeViewState({ %s }) round-trips through parseViewState", (_name, patch, query) => {
    const s = state(patch);
    expect(serializeViewState(s)).toBe(query);
    const back = roundTrip(s);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual({ ...s, ...normalised(patch) });
    expect(() => ViewStateSchema.parse(back.state)).not.toThrow();
  });

  it("serializeViewState(defaultViewState) is the empty string", () => {
    expect(serializeViewState(defaultViewState)).toBe("");
    expect(serializeViewState(state({ view: "split", lanes: null, q: "" }))).toBe("");
    // lanes named in the state are kept: validateViewState drops the article's default (tested there)
    expect(serializeViewState(state({ lanes: "actor" }))).toBe("lanes=actor");
  });

  it("serializeViewState(state) writes parameters in the canonical order", () => {
    const all = state({
      focus: "germany",
      lanes: "certainty",
      to: "2026-02-01",
      from: "2026-01-01",
      q: "x",
      sources: ["b"],
      certainty: ["fact"],
      kinds: ["state"],
      actors: ["a"],
      select: { kind: "actor", id: "a" },
      view: "table",
    });
    const keys = [...new URLSearchParams(serializeViewState(all)).keys()];
    expect(keys).toEqual([...ViewParam]);
    expect(roundTrip(all).state).toEqual(all);
  });

  it("parseViewState(query) gives the same state for any parameter order, case of lists or duplicates", () => {
    const a = parseViewState("to=2026-02-01&actors=b,a,b&view=graph&from=2026-01-01");
    const b = parseViewState("view=graph&from=2026-01-01&actors=a,b&to=2026-02-01");
    expect(a.state).toEqual(b.state);
    expect(serializeViewState(a.state)).toBe("view=graph&actors=a,b&from=2026-01-01&to=2026-02-01");
  });

  it("serializeViewState(state, { only: ['select'] }) keeps just the selection", () => {
    const s = state({ view: "graph", select: { kind: "claim", id: "c1" }, q: "x" });
    expect(serializeViewState(s, { only: ["select"] })).toBe("select=claim:c1");
  });

  it("parseViewState(Next searchParams object) reads strings and arrays", () => {
    const p = parseViewState({ view: "text", actors: ["a", "b,c"], q: undefined });
    expect(p.state.view).toBe("text");
    expect(p.state.actors).toEqual(["a", "b", "c"]);
  });
});

describe("parseViewState rejects malformed values with a notice", () => {
  const rejections: [string, string][] = [
    ["certainty=maybe", "ignored: certainty=maybe"],
    ["view=everything", "ignored: view=everything"],
    ["select=event", "ignored: select=event"],
    ["select=thing:x", "ignored: select=thing:x"],
    ["select=event:", "ignored: select=event:"],
    ["kinds=state,planet", "ignored: kinds=planet"],
    ["actors=a,<script>", "ignored: actors=<script>"],
    ["from=2026-02-30", "ignored: from=2026-02-30"],
    ["from=yesterday", "ignored: from=yesterday"],
    ["lanes=colour", "ignored: lanes=colour"],
    ["focus=a b", "ignored: focus=a b"],
    ["utm_source=mail", "ignored: utm_source=mail"],
    ["view=graph&view=text", "ignored: view=text"],
    ["from=2026-03-01&to=2026-02-01", "ignored: to=2026-02-01"],
  ];
  it.each(rejections)("parseViewState('%s') notices %p", (query, notice) => {
    const p = parseViewState(query);
    expect(p.notices).toContain(notice);
    expect(() => ViewStateSchema.parse(p.state)).not.toThrow();
  });

  it("parseViewState keeps the valid part of a partly valid list", () => {
    expect(parseViewState("certainty=fact,maybe,possible").state.certainty).toEqual(["fact", "possible"]);
  });

  it("parseViewState(query, { allow }) lets an embed's own parameters pass silently", () => {
    expect(parseViewState("theme=dark&view=graph", { allow: ["theme"] }).notices).toEqual([]);
  });

  it("parseViewState(empty values) treats them as absent, without notices", () => {
    const p = parseViewState("view=&actors=&q=&select=");
    expect(p.state).toEqual(defaultViewState);
    expect(p.notices).toEqual([]);
  });

  it("parseViewState(a long query) caps the search text and keeps the URL under budget", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `actor-with-a-long-identifier-${i}`);
    const p = parseViewState(`actors=${ids.join(",")}&q=${"x".repeat(500)}`);
    expect(p.state.q.length).toBeLessThanOrEqual(200);
    expect(serializeViewState(p.state).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(p.notices.length).toBeGreaterThan(0);
    expect(p.notices.length).toBeLessThanOrEqual(8);
  });
});

describe("validateViewState", () => {
  const analysis = smallAnalysis();
  it("validateViewState(state, analysis) keeps ids that exist", () => {
    const s = state({ select: { kind: "event", id: "meeting" }, actors: ["germany"], sources: ["daily"], focus: "france" });
    expect(validateViewState(s, analysis)).toEqual({ state: s, notices: [] });
  });
  it("validateViewState(state, analysis) drops ids that no longer exist, with a notice", () => {
    const s = state({ select: { kind: "event", id: "gone" }, actors: ["germany", "nobody"], sources: ["x"], focus: "ghost" });
    const v = validateViewState(s, analysis);
    expect(v.state.select).toBeNull();
    expect(v.state.actors).toEqual(["germany"]);
    expect(v.state.sources).toEqual([]);
    expect(v.state.focus).toBeNull();
    expect([...v.notices].sort()).toEqual([
      "ignored: actors=nobody (not in this article)",
      "ignored: focus=ghost (not in this article)",
      "ignored: select=event:gone (not in this article)",
      "ignored: sources=x (not in this article)",
    ]);
  });
  it("validateViewState checks the selected id against the collection of its kind", () => {
    expect(validateViewState(state({ select: { kind: "actor", id: "meeting" } }), analysis).state.select).toBeNull();
  });
});

describe("canonicalParams", () => {
  it("canonicalParams(search) orders view parameters and drops unknown ones", () => {
    const out = canonicalParams(new URLSearchParams("q=x&utm=1&view=graph&select=actor:a"));
    expect(out.toString()).toBe("view=graph&select=actor%3Aa&q=x");
  });
});

function normalised(patch: Partial<ViewState>): Partial<ViewState> {
  const out: Record<string, unknown> = { ...patch };
  for (const [k, v] of Object.entries(patch)) if (Array.isArray(v)) out[k] = [...v].sort(vocabularyOrder(k));
  return out as Partial<ViewState>;
}
function vocabularyOrder(key: string) {
  const vocab: Record<string, readonly string[]> = {
    kinds: ["state", "leader", "person", "official", "bloc", "alliance", "coalition", "organization", "media", "source", "group"],
    certainty: ["fact", "scheduled", "probable", "possible", "conditional", "unclear"],
  };
  const v = vocab[key];
  return (a: string, b: string) => (v ? v.indexOf(a) - v.indexOf(b) : a < b ? -1 : 1);
}
