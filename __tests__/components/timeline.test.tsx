/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { Timeline, type TimelineProps } from "@/components/timeline/Timeline";
import type { Selection } from "@/lib/selection/types";
import { all, fixture } from "../lib/timeline/fixture";

function setup(overrides: Partial<TimelineProps> = {}) {
  const onSelect = jest.fn();
  const onLanesChange = jest.fn();
  const onWindowChange = jest.fn();
  const props: TimelineProps = {
    analysis: fixture,
    visible: all(fixture),
    highlighted: new Set(),
    selection: null,
    onSelect,
    lanes: "actor",
    onLanesChange,
    window: null,
    onWindowChange,
    ...overrides,
  };
  const utils = render(<Timeline {...props} />);
  return { ...utils, onSelect, onLanesChange, onWindowChange, props };
}

const markOf = (container: HTMLElement, id: string) => container.querySelector<SVGGElement>(`[data-event-id="${id}"]`)!;

describe("<Timeline>", () => {
  it("draws one focusable option per visible event with an accessible name", () => {
    const { container } = setup();
    const listbox = screen.getByRole("listbox", { name: "Events" });
    const options = within(listbox).getAllByRole("option");
    expect(options).toHaveLength(fixture.events.length);
    const summit = markOf(container, "summit");
    expect(summit).toHaveAttribute("aria-label", "Summit in the capital, 6 January 2026, scheduled, year inferred");
    expect(summit).toHaveAttribute("aria-selected", "false");
    expect(options.filter((o) => o.getAttribute("tabindex") === "0")).toHaveLength(1);
    expect(container.querySelector("svg title")?.textContent).toContain("Northland and the Union prepare a summit");
  });

  it("draws only the visible events", () => {
    const { container } = setup({ visible: new Set(["summit", "press"]) });
    expect([...container.querySelectorAll("[data-event-id]")].map((e) => e.getAttribute("data-event-id")).sort()).toEqual(["press", "summit"]);
  });

  it("calls onSelect with the event when a mark is clicked", () => {
    const { container, onSelect } = setup();
    fireEvent.click(markOf(container, "press").querySelector("circle")!);
    expect(onSelect).toHaveBeenCalledWith({ kind: "event", id: "press" });
  });

  it("marks the selected event aria-selected and dims what is not linked", () => {
    const { container } = setup({ selection: { kind: "event", id: "summit" }, highlighted: new Set(["talks"]) });
    expect(markOf(container, "summit")).toHaveAttribute("aria-selected", "true");
    expect(markOf(container, "summit")).not.toHaveAttribute("opacity");
    expect(markOf(container, "talks")).not.toHaveAttribute("opacity");
    expect(markOf(container, "vote")).toHaveAttribute("opacity", "0.3");
    expect(markOf(container, "summit")).toHaveAttribute("tabindex", "0");
    expect(markOf(container, "summit").querySelector(".nl-selection")).not.toBeNull();
  });

  it("moves focus in time order with the arrow keys, selects with Enter and Space, clears with Escape", () => {
    const { container, onSelect } = setup();
    const aid = markOf(container, "aid");
    act(() => aid.focus());
    expect(document.activeElement).toBe(aid);
    fireEvent.keyDown(aid, { key: "ArrowRight" });
    expect(document.activeElement).toBe(markOf(container, "talks"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(markOf(container, "summit"));
    expect(markOf(container, "summit")).toHaveAttribute("tabindex", "0");
    expect(aid).toHaveAttribute("tabindex", "-1");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(markOf(container, "talks"));
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(markOf(container, "monitor"));
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: "event", id: "monitor" });
    fireEvent.keyDown(document.activeElement!, { key: " " });
    expect(onSelect).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it("shows the evidence sentence and the attribution chain on focus, as text", () => {
    const { container } = setup();
    const monitor = markOf(container, "monitor");
    act(() => monitor.focus());
    const tip = screen.getByRole("tooltip");
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent("An official told the Wire Agency that Northland is prepared to assist in monitoring.");
    expect(tip).toHaveTextContent("Source: An official → Wire Agency → Daily Outlet");
    expect(monitor).toHaveAttribute("aria-describedby", tip.id);
    act(() => monitor.blur());
    expect(tip).not.toBeVisible();
  });

  it("hides the hover card when a mark is clicked: the details answer the click, the card would cover them", () => {
    const { container, onSelect } = setup();
    const monitor = markOf(container, "monitor");
    act(() => monitor.focus());
    const tip = screen.getByRole("tooltip");
    expect(tip).toBeVisible();
    fireEvent.click(monitor.querySelector("circle")!);
    expect(onSelect).toHaveBeenCalledWith({ kind: "event", id: "monitor" });
    expect(tip).not.toBeVisible();
  });

  it("switches lanes through onLanesChange", () => {
    const { onLanesChange } = setup();
    const toggle = screen.getByRole("group", { name: "Lanes" });
    expect(within(toggle).getByRole("button", { name: "By actor" })).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(within(toggle).getByRole("button", { name: "By certainty" }));
    expect(onLanesChange).toHaveBeenCalledWith("certainty");
  });

  it("reports the window once the zoom settles, not on every frame", () => {
    jest.useFakeTimers();
    try {
      const { onWindowChange } = setup();
      fireEvent.click(screen.getByRole("button", { name: "Zoom in" }));
      fireEvent.click(screen.getByRole("button", { name: "Zoom in" }));
      expect(onWindowChange).not.toHaveBeenCalled();
      act(() => jest.advanceTimersByTime(300));
      expect(onWindowChange).toHaveBeenCalledTimes(1);
      const w = onWindowChange.mock.calls[0]![0] as { from: string; to: string };
      expect(w.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(w.to) - Date.parse(w.from)).toBeLessThan(40 * 86_400_000);
    } finally {
      jest.useRealTimers();
    }
  });

  it("applies a window given as a prop", () => {
    const { container } = setup({ window: { from: "2026-01-04", to: "2026-01-08" } });
    const ticks = [...container.querySelectorAll(".nl-tick text")].map((t) => t.textContent);
    expect(ticks).toContain("Jan 6");
    expect(markOf(container, "aid")).toHaveAttribute("display", "none");
  });

  it("keeps a controlled selection in sync and tears down on unmount", () => {
    function Host() {
      const [selection, setSelection] = useState<Selection>(null);
      return (
        <Timeline
          analysis={fixture}
          visible={all(fixture)}
          highlighted={new Set()}
          selection={selection}
          onSelect={setSelection}
          lanes="certainty"
          onLanesChange={() => {}}
          window={null}
          onWindowChange={() => {}}
          theme="dark"
        />
      );
    }
    const { container, unmount } = render(<Host />);
    fireEvent.click(markOf(container, "vote"));
    expect(markOf(container, "vote")).toHaveAttribute("aria-selected", "true");
    fireEvent.keyDown(markOf(container, "vote"), { key: "Escape" });
    expect(markOf(container, "vote")).toHaveAttribute("aria-selected", "false");
    unmount();
    expect(container.querySelector("svg")).toBeNull();
  });
});
