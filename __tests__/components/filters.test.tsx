/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { CheckboxFilter, OPTIONS_SHOWN } from "@/components/filters/CheckboxFilter";
import { Filters } from "@/components/filters/Filters";
import { filterOptions } from "@/lib/selection/filter-options";
import { noFilters } from "@/lib/selection";
import { smallAnalysis } from "../fixtures/small-analysis";

const analysis = smallAnalysis();

/** Opens the disclosure whose summary starts with `legend`, as a click on the summary does. */
function openFilter(legend: string) {
  const summary = [...document.querySelectorAll("summary")].find((s) => s.textContent!.startsWith(legend));
  const details = summary!.closest("details")!;
  act(() => {
    details.open = true;
    fireEvent(details, new Event("toggle"));
  });
}

describe("Filters", () => {
  it("filterOptions(analysis) offers only values present, and the outlet's own framing as a source", () => {
    const o = filterOptions(analysis);
    expect(o.kinds.map((k) => k.value)).toEqual(["state", "media"]);
    expect(o.certainty.map((c) => c.value)).toEqual(["scheduled", "possible", "conditional"]);
    expect(o.sources.map((s) => s.value)).toEqual(["bloomberg", "daily"]);
    expect(o.sources[1]!.label).toBe("Daily: own unattributed framing");
    expect(o.actors[0]!.value).toBe("germany");
  });

  it("<Filters> checking an actor reports the new actor filter", () => {
    const onChange = jest.fn();
    render(<Filters analysis={analysis} filters={noFilters} onChange={onChange} maxSearchLength={200} />);
    expect(screen.queryByRole("checkbox", { name: /Germany/ })).toBeNull();
    openFilter("Actors");
    fireEvent.click(screen.getByRole("checkbox", { name: /Germany/ }));
    expect(onChange).toHaveBeenCalledWith({ actors: ["germany"] });
  });

  it("<Filters> shows how many values a filter has and unchecks them", () => {
    const onChange = jest.fn();
    render(<Filters analysis={analysis} filters={{ ...noFilters, certainty: ["possible"] }} onChange={onChange} maxSearchLength={200} />);
    expect(screen.getByText(/Certainty \(1\)/)).toBeInTheDocument();
    openFilter("Certainty");
    fireEvent.click(screen.getByRole("checkbox", { name: /possible/ }));
    expect(onChange).toHaveBeenCalledWith({ certainty: [] });
  });

  it("<Filters> labels each certainty with its events and its relations counted apart, never one mixed number", () => {
    const mixed = { ...analysis, relations: analysis.relations.map((r) => ({ ...r, certainty: "scheduled" as const })) };
    const events = mixed.events.filter((e) => e.certainty === "scheduled").length;
    const relations = mixed.relations.length;
    expect(events).toBeGreaterThan(0);
    expect(relations).toBeGreaterThan(0);
    render(<Filters analysis={mixed} filters={noFilters} onChange={jest.fn()} maxSearchLength={200} />);
    openFilter("Certainty");
    const label = (screen.getByRole("checkbox", { name: /^scheduled/ }) as HTMLInputElement).labels![0]!;
    const noun = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
    expect(label).toHaveTextContent(`scheduled: ${noun(events, "event")}, ${noun(relations, "relation")}`);
    expect(label.textContent).not.toContain(`(${events + relations})`);
  });

  it("<CheckboxFilter> a long list shows its first options and every chosen one, and the rest on demand", () => {
    const options = Array.from({ length: OPTIONS_SHOWN * 3 }, (_, i) => ({ value: `v${i}`, label: `Value ${i}` }));
    render(<CheckboxFilter legend="Actors" options={options} selected={["v250"]} onChange={jest.fn()} />);
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
    openFilter("Actors");
    expect(screen.getAllByRole("checkbox")).toHaveLength(OPTIONS_SHOWN + 1);
    expect(screen.getByRole("checkbox", { name: "Value 250" })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: `Show all ${OPTIONS_SHOWN * 3}` }));
    expect(screen.getAllByRole("checkbox")).toHaveLength(OPTIONS_SHOWN * 3);
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
  });

  it("<Filters> search box reports the query after a pause, trimmed", () => {
    jest.useFakeTimers();
    const onChange = jest.fn();
    render(<Filters analysis={analysis} filters={noFilters} onChange={onChange} maxSearchLength={200} />);
    fireEvent.change(screen.getByRole("searchbox", { name: /search/i }), { target: { value: " troops " } });
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      jest.advanceTimersByTime(300);
    });
    expect(onChange).toHaveBeenCalledWith({ q: "troops" });
    jest.useRealTimers();
  });

  it("<Filters> Clear filters resets every filter", () => {
    const onChange = jest.fn();
    render(<Filters analysis={analysis} filters={{ ...noFilters, kinds: ["state"], q: "x" }} onChange={onChange} maxSearchLength={200} />);
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onChange).toHaveBeenCalledWith({ actors: [], kinds: [], certainty: [], sources: [], q: "" });
  });
});
