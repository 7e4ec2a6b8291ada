/** @jest-environment jsdom */
import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { Timeline, type TimelineProps } from "@/components/timeline/Timeline";
import { all, fixture } from "../lib/timeline/fixture";
import { servedDrawings } from "@/lib/timeline/live/served";

function props(overrides: Partial<TimelineProps> = {}): TimelineProps {
  return {
    analysis: fixture,
    visible: all(fixture),
    highlighted: new Set(["talks"]),
    selection: { kind: "event", id: "summit" },
    onSelect: jest.fn(),
    lanes: "actor",
    onLanesChange: jest.fn(),
    window: null,
    onWindowChange: jest.fn(),
    ...overrides,
  };
}

/** Server HTML as DOM nodes in a fresh container (parsed, not assigned through innerHTML). */
function fromHtml(html: string): HTMLDivElement {
  const container = document.createElement("div");
  container.append(...new DOMParser().parseFromString(html, "text/html").body.childNodes);
  return container;
}

describe("<Timeline> first paint", () => {
  it("renderToString(<Timeline>) carries the drawing as markup: phone, tablet and wide (one theme, recoloured by CSS), with the selection", () => {
    const host = fromHtml(renderToString(<Timeline {...props()} />));
    const drawings = host.querySelectorAll(".nl-timeline-static svg");
    expect([...drawings].map((svg) => svg.getAttribute("viewBox")?.split(" ")[2])).toEqual(servedDrawings(fixture.events.length).map((d) => String(d.width)));
    for (const svg of drawings) {
      expect(svg.querySelectorAll("[data-event-id]")).toHaveLength(fixture.events.length);
      expect(svg.querySelector('[data-event-id="summit"]')).toHaveAttribute("aria-selected", "true");
      expect(svg.querySelector('[data-event-id="vote"]')).toHaveAttribute("opacity", "0.3");
    }
    const ids = [...host.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("hydrating keeps the server drawing; focus on a static mark hands over to the live chart, on the same mark", async () => {
    const p = props();
    const container = fromHtml(renderToString(<Timeline {...p} />));
    document.body.appendChild(container);
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const recoverable = jest.fn();
    await act(async () => {
      hydrateRoot(container, <Timeline {...p} />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    // hydrated, the server's drawing stays: nothing is removed or drawn again until the reader reaches for it
    expect(container.querySelector("section.nl-timeline-view")).toHaveAttribute("data-hydrated");
    expect(container.querySelectorAll(".nl-timeline-static svg")).toHaveLength(servedDrawings(fixture.events.length).length);
    const mark = container.querySelector<SVGGElement>('.nl-timeline-static [data-event-id="summit"]')!;
    await act(async () => mark.focus());
    expect(container.querySelector(".nl-timeline-static")).toBeNull();
    const svgs = container.querySelectorAll("section.nl-timeline-view svg.nl-timeline");
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.querySelector('[data-event-id="summit"]')).toHaveAttribute("aria-selected", "true");
    expect(document.activeElement).toBe(svgs[0]!.querySelector('[data-event-id="summit"]'));
    container.remove();
  });
});
