import type { Event } from "@/lib/model";
import { actor, analysis, event, on, reportGroups as groups } from "./build";

// Statements are told apart by who made them: on one day of a story the mayor, the governor and
// the police each issue one. On made-up articles (a flood in a made-up town), never on the
// fixtures' texts.

const said = (id: string, date: string, speaker: string, text: string) => {
  const statement: Event = {
    ...event("e1", "Statement", "statement", "fact", on(date)),
    sources: [speaker, `outlet-${id}`],
    evidence: [{ start: 0, end: text.length }],
  };
  return analysis(id, date, {
    text,
    actors: [
      actor(speaker === "marten" ? "Ilse Marten" : "Ray Okafor", "official", [], speaker),
      actor(`Outlet ${id}`, "media", [], `outlet-${id}`),
    ],
    events: [statement],
  });
};

describe("two statements of one day", () => {
  it("stay apart when each names its speaker and the speakers differ", () => {
    const found = groups([
      said("a", "2026-07-06", "marten", "Mayor Ilse Marten said in a statement that the river had peaked."),
      said("b", "2026-07-06", "okafor", "Governor Ray Okafor said in a statement that help was on its way."),
    ]);
    expect(found).toHaveLength(2);
  });
  it("are one when both give the same speaker", () => {
    const found = groups([
      said("a", "2026-07-06", "marten", "Mayor Ilse Marten said in a statement that the river had peaked."),
      said("c", "2026-07-06", "marten", "In a statement, Ilse Marten said the river had peaked."),
    ]);
    expect(found).toEqual([["a:e1", "c:e1"]]);
  });
});
