/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { EventTable } from "@/components/table/EventTable";
import { RelationTable } from "@/components/table/RelationTable";
import { PAGE_SIZE } from "@/components/common/usePage";
import { generateAnalysis } from "@/tools/synthetic";
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
    // an event dated only by another ("troops after a peace deal") comes right after its anchor
    expect(rows.map((r) => r.getAttribute("data-event-id"))).toEqual(["meeting", "peace", "troops"]);
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

  it("<EventTable> renders a 500-event synthetic analysis a page at a time, with the row count", () => {
    const big = generateAnalysis({ events: 500, actors: 30, relations: 100, seed: 2 });
    render(<EventTable analysis={big} visible={all(big.events)} highlighted={new Set()} selection={null} onSelect={() => {}} />);
    const table = screen.getByRole("table", { name: /Events \(500 of 500\)/ });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + PAGE_SIZE);
    expect(screen.getByRole("status")).toHaveTextContent(`Showing ${PAGE_SIZE} of 500 rows`);
    fireEvent.click(screen.getByRole("button", { name: `Show ${PAGE_SIZE} more` }));
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 2 * PAGE_SIZE);
    expect(screen.getByRole("status")).toHaveTextContent(`Showing ${2 * PAGE_SIZE} of 500 rows`);
    fireEvent.click(screen.getByRole("button", { name: "Show all 500" }));
    expect(within(table).getAllByRole("row")).toHaveLength(501);
    expect(screen.getByRole("status")).toHaveTextContent("All 500 rows shown");
    expect(screen.queryByRole("button", { name: /^Show / })).toBeNull();
  });

  it("<EventTable selection> shows a selected event beyond the page after it, pressed, and selectable", () => {
    const big = generateAnalysis({ events: 500, actors: 30, relations: 100, seed: 2 });
    const first = render(<EventTable analysis={big} visible={all(big.events)} highlighted={new Set()} selection={null} onSelect={() => {}} />);
    const order = [...first.container.querySelectorAll("tr[data-event-id]")].map((r) => r.getAttribute("data-event-id"));
    first.unmount();
    const onPage = new Set(order);
    const far = big.events.find((e) => !onPage.has(e.id))!;
    const onSelect = jest.fn();
    const { container } = render(
      <EventTable analysis={big} visible={all(big.events)} highlighted={new Set()} selection={{ kind: "event", id: far.id }} onSelect={onSelect} />,
    );
    const rows = [...container.querySelectorAll("tr[data-event-id]")];
    expect(rows).toHaveLength(PAGE_SIZE + 1);
    expect(rows.slice(0, PAGE_SIZE).map((r) => r.getAttribute("data-event-id"))).toEqual(order);
    const pinned = container.querySelector(`tbody[data-pinned] tr[data-event-id="${far.id}"]`)!;
    expect(pinned).toHaveClass("bg-highlight");
    expect(screen.getByText("The selected row, further down the list:")).toBeInTheDocument();
    const button = within(pinned as HTMLElement).getByRole("button", { pressed: true });
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith(null);
    expect(screen.getByRole("status")).toHaveTextContent(`Showing ${PAGE_SIZE + 1} of 500 rows`);
  });

  it("<EventTable visible> pages the filtered rows, and a short table has no pager", () => {
    const big = generateAnalysis({ events: 500, actors: 30, relations: 100, seed: 2 });
    const some = new Set(big.events.slice(0, 40).map((e) => e.id));
    render(<EventTable analysis={big} visible={some} highlighted={new Set()} selection={null} onSelect={() => {}} />);
    const table = screen.getByRole("table", { name: /Events \(40 of 500\)/ });
    expect(within(table).getAllByRole("row")).toHaveLength(41);
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("button", { name: /more$/ })).toBeNull();
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

  it("<RelationTable> renders 5,000 relations a page at a time; a selected one beyond the page is shown after it", () => {
    const big = generateAnalysis({ events: 50, actors: 100, relations: 5000, seed: 3 });
    const last = big.relations[big.relations.length - 1]!;
    const { container } = render(
      <RelationTable analysis={big} visible={all(big.relations)} highlighted={new Set()} selection={{ kind: "relation", id: last.id }} onSelect={() => {}} />,
    );
    const rows = [...container.querySelectorAll("tr[data-relation-id]")].map((r) => r.getAttribute("data-relation-id"));
    expect(rows).toEqual([...big.relations.slice(0, PAGE_SIZE).map((r) => r.id), last.id]);
    expect(screen.getByRole("status")).toHaveTextContent(`Showing ${PAGE_SIZE + 1} of 5,000 rows`);
    fireEvent.click(screen.getByRole("button", { name: `Show ${PAGE_SIZE} more` }));
    expect(container.querySelectorAll("tr[data-relation-id]")).toHaveLength(2 * PAGE_SIZE + 1);
  });
});
