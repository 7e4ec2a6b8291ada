/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { messages } from "@/lib/messages";
import { smallAnalysis } from "../fixtures/small-analysis";

const analysis = smallAnalysis();

describe("DetailsPanel", () => {
  it("<DetailsPanel selection={null}> invites a selection", () => {
    render(<DetailsPanel analysis={analysis} selection={null} onSelect={() => {}} />);
    expect(screen.getByText(messages.nothingSelected)).toBeInTheDocument();
  });

  it("<DetailsPanel selection={event}> shows its fields, evidence and attribution chain", () => {
    const onSelect = jest.fn();
    render(<DetailsPanel analysis={analysis} selection={{ kind: "event", id: "troops" }} onSelect={onSelect} />);
    expect(screen.getByRole("heading", { name: "German troop deployment" })).toBeInTheDocument();
    const panel = screen.getByTestId("details-panel");
    expect(panel).toHaveTextContent("possible");
    expect(panel).toHaveTextContent("Bloomberg, via Daily");
    expect(within(panel).getByText("Germany could send troops").tagName).toBe("BLOCKQUOTE");
    fireEvent.click(within(panel).getByRole("button", { name: "peace deal" }));
    expect(onSelect).toHaveBeenCalledWith({ kind: "event", id: "peace" });
  });

  it("<DetailsPanel selection={actor}> lists its events and relations as selectable items", () => {
    const onSelect = jest.fn();
    render(<DetailsPanel analysis={analysis} selection={{ kind: "actor", id: "germany" }} onSelect={onSelect} />);
    expect(screen.getByRole("heading", { name: "Germany" })).toBeInTheDocument();
    expect(screen.getByText("Berlin")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "France meets Germany" }));
    expect(onSelect).toHaveBeenCalledWith({ kind: "relation", id: "r-meets" });
  });

  it("<DetailsPanel selection={actor} visible> lists only what the active filters show, and says how many they hide", () => {
    const own = analysis.events.filter((e) => e.actors.includes("germany"));
    const relations = analysis.relations.filter((r) => r.source === "germany" || r.target === "germany");
    expect(own.length).toBeGreaterThan(1);
    const [hidden, ...shown] = own;
    const visible = { events: new Set(analysis.events.filter((e) => e.id !== hidden!.id).map((e) => e.id)), relations: new Set(relations.map((r) => r.id)) };
    render(<DetailsPanel analysis={analysis} selection={{ kind: "actor", id: "germany" }} onSelect={() => {}} visible={visible} />);
    const panel = screen.getByTestId("details-panel");
    expect(within(panel).queryByRole("button", { name: hidden!.label })).toBeNull();
    for (const e of shown) expect(within(panel).getByRole("button", { name: e.label })).toBeInTheDocument();
    expect(panel).toHaveTextContent(messages.hiddenByFilters(1));
  });

  it("<DetailsPanel selection={relation}> reads as a sentence with both actors selectable", () => {
    const onSelect = jest.fn();
    render(<DetailsPanel analysis={analysis} selection={{ kind: "relation", id: "r-meets" }} onSelect={onSelect} />);
    expect(screen.getByRole("heading", { name: "France meets Germany" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "France" }));
    expect(onSelect).toHaveBeenCalledWith({ kind: "actor", id: "france" });
  });

  it("<DetailsPanel selection={claim}> shows whether it is evaluative and why", () => {
    render(<DetailsPanel analysis={analysis} selection={{ kind: "claim", id: "c3" }} onSelect={() => {}} />);
    expect(screen.getByTestId("details-panel")).toHaveTextContent("evaluative (cues: reckless)");
  });

  it("<DetailsPanel> Clear button clears the selection", () => {
    const onSelect = jest.fn();
    render(<DetailsPanel analysis={analysis} selection={{ kind: "claim", id: "c1" }} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole("button", { name: /clear selection/i }));
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it("<DetailsPanel selection={unknown id}> falls back to the invitation", () => {
    render(<DetailsPanel analysis={analysis} selection={{ kind: "event", id: "gone" }} onSelect={() => {}} />);
    expect(screen.getByText(messages.nothingSelected)).toBeInTheDocument();
  });
});
