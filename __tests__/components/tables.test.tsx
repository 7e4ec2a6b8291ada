/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { EventTable } from "@/components/table/EventTable";
import { RelationTable } from "@/components/table/RelationTable";
import { generateAnalysis } from "@/lib/synthetic/generate";
import { smallAnalysis } from "../fixtures/small-analysis";

const analysis = smallAnalysis();
const all = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));

describe("EventTable", () => {
  it("<EventTable> lists visible events with date, label, certainty, actors and sources, dated first", () => {
    render(<EventTable analysis={analysis} visible={all(analysis.events)} highlighted={new Set()} selection={null} onSelect={() => {}} />);
    const table = screen.getByRole("table", { name: /Events \(3 of 3\)/ });
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Date", "Event", "Certainty", "Actors", "Sources"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("6 Jan 2026");
    expect(rows[0]).toHaveTextContent("France, Germany");
    expect(rows.map((r) => r.getAttribute("data-event-id"))).toEqual(["meeting", "troops", "peace"]);
  });

  it("<EventTable visible> shows only the visible events", () => {
    render(<EventTable analysis={analysis} visible={new Set(["troops"])} highlighted={new Set()} selection={null} onSelect={() => {}} />);
    expect(screen.getByRole("table", { name: /Events \(1 of 3\)/ })).toBeInTheDocument();
  });

  it("<EventTable> selects an event with its label button and marks it pressed", () => {
    const onSelect = jest.fn();
    const { rerender } = render(
      <EventTable analysis={analysis} visible={all(analysis.events)} highlighted={new Set()} selection={null} onSelect={onSelect} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "peace deal" }));
    expect(onSelect).toHaveBeenCalledWith({ kind: "event", id: "peace" });
    rerender(
      <EventTable analysis={analysis} visible={all(analysis.events)} highlighted={new Set()} selection={{ kind: "event", id: "peace" }} onSelect={onSelect} />,
    );
    expect(screen.getByRole("button", { name: "peace deal" })).toHaveAttribute("aria-pressed", "true");
  });

  it("<EventTable> renders a 500-event synthetic analysis", () => {
    const big = generateAnalysis({ events: 500, actors: 30, relations: 100, seed: 2 });
    render(<EventTable analysis={big} visible={all(big.events)} highlighted={new Set()} selection={null} onSelect={() => {}} />);
    expect(screen.getAllByRole("row")).toHaveLength(501);
  });
});

describe("RelationTable", () => {
  it("<RelationTable> lists relations with both actors, certainty and sources", () => {
    const onSelect = jest.fn();
    render(<RelationTable analysis={analysis} visible={all(analysis.relations)} highlighted={new Set()} selection={null} onSelect={onSelect} />);
    const row = screen.getAllByRole("row")[1]!;
    expect(row).toHaveTextContent("France");
    expect(row).toHaveTextContent("Germany");
    expect(row).toHaveTextContent("scheduled");
    expect(row).toHaveTextContent("Daily");
    fireEvent.click(within(row).getByRole("button", { name: "meets" }));
    expect(onSelect).toHaveBeenCalledWith({ kind: "relation", id: "r-meets" });
  });
});
