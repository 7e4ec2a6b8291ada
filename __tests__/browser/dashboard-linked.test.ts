import type { Analysis } from "@/lib/model/analysis";
import {
  dashboard as sel,
  eventually,
  markStates,
  openGraphCanvas,
  screenshot,
} from "./helpers";
import { actorToFollow, close, expectFollowing, expectNoErrors, findNode, openDashboard, openFilter, startDashboard, stopDashboard } from "./dashboard-session";

// The dashboard's linked views: selecting in one view shows in the others, by pointer and keyboard.
let analysis: Analysis;

beforeAll(async () => {
  ({ analysis } = await startDashboard());
});

afterAll(stopDashboard);

describe("dashboard linked views", () => {
  it("clicking an actor's node in the static graph brings its events forward on the timeline and its mentions in the text", async () => {
    const { page, console } = await openDashboard();
    const actor = actorToFollow();
    expect(await page.locator(sel.graphCanvas).count()).toBe(0);
    // note where the click lands: on the server-drawn node, not on a canvas that replaced it
    await page.evaluate(() => {
      const w = window as unknown as { __clickedStatic?: boolean };
      document.addEventListener(
        "click",
        (e) => {
          w.__clickedStatic = e.target instanceof Element && e.target.closest("[data-testid='graph-static'] svg g[data-actor-id]") !== null;
        },
        { capture: true, once: true },
      );
    });
    // the node's shape: the group's centre may fall between the shape and its label
    await page.locator(`${sel.staticNode(actor.id)} path`).click();
    expect(await page.evaluate(() => (window as unknown as { __clickedStatic?: boolean }).__clickedStatic)).toBe(true);
    await expectFollowing(page, actor);
    await eventually(async () =>
      expect(await page.getAttribute(sel.graphActor(actor.id), "aria-pressed")).toBe("true"),
    );
    // the pointer entering the graph fetched vis-network: it takes over at the same view, keeping the selection
    await page.waitForSelector(sel.staticGraph, { state: "detached", timeout: 30_000 });
    await page.waitForSelector(sel.graphCanvas, { state: "attached" });
    await expectFollowing(page, actor);
    await page.mouse.move(0, 0);
    await screenshot(page, "dashboard-1440x900-actor-selected");
    expectNoErrors(console);
    await close(page);
  });

  it('after "Pan & zoom", clicking an actor\'s node on the vis-network canvas selects it in every view', async () => {
    const { page, console } = await openDashboard();
    await openGraphCanvas(page);
    const actor = actorToFollow();
    const node = await findNode(page, actor.name);
    await page.mouse.click(node.x, node.y);
    await expectFollowing(page, actor);
    await eventually(async () =>
      expect(await page.getAttribute(sel.graphActor(actor.id), "aria-pressed")).toBe("true"),
    );
    await page.mouse.move(0, 0);
    await screenshot(page, "dashboard-1440x900-canvas-actor-selected");
    expectNoErrors(console);
    await close(page);
  });

  it("the static graph is one tab stop: arrow keys move between nodes, Enter selects, without fetching vis-network", async () => {
    const { page, console } = await openDashboard();
    const actor = actorToFollow();
    const stops = () =>
      page.$$eval(`${sel.staticNodes}[tabindex="0"]`, (els) => els.map((el) => el.getAttribute("data-actor-id")));
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.closest("[data-testid='graph-static'] [data-actor-id]")?.getAttribute("data-actor-id") ?? null,
      );
    expect((await stops()).length).toBe(1);
    await page.focus(`${sel.staticNodes}[tabindex="0"]`);
    const order = await page.$$eval(sel.staticNodes, (els) => els.map((el) => el.getAttribute("data-actor-id")!));
    expect(order).toContain(actor.id);
    // walk with the arrow keys to the actor to follow; the single tab stop moves with the focus
    let at = await focused();
    expect(at).not.toBeNull();
    for (let i = 0; i < order.length && at !== actor.id; i++) {
      await page.keyboard.press(order.indexOf(at!) < order.indexOf(actor.id) ? "ArrowRight" : "ArrowLeft");
      const next = await focused();
      expect(next).not.toBe(at);
      at = next;
      await eventually(async () => expect(await stops()).toEqual([at]));
    }
    expect(at).toBe(actor.id);
    // focus shows the same hover card as the pointer, filled with text
    await eventually(async () => expect(await page.textContent(`${sel.staticTooltip} strong`)).toBe(actor.name));
    await page.keyboard.press("Enter");
    await expectFollowing(page, actor);
    expect(await page.getAttribute(sel.staticNode(actor.id), "aria-pressed")).toBe("true");
    expect(await page.locator(sel.graphCanvas).count()).toBe(0);
    await page.keyboard.press("Escape");
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.dimmed).length).toBe(0),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("the graph's actor list selects an actor from the keyboard", async () => {
    const { page, console } = await openDashboard();
    const actor = actorToFollow();
    await page.focus(sel.graphActor(actor.id));
    await eventually(async () => expect(await page.isVisible(sel.graphActor(actor.id))).toBe(true));
    await page.keyboard.press("Enter");
    await expectFollowing(page, actor);
    await page.keyboard.press("Escape");
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.dimmed).length).toBe(0),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("keyboard on the timeline: Tab reaches an event, ArrowRight moves on, Enter selects, Escape clears", async () => {
    const { page, console } = await openDashboard();
    await page.focus("[role='group'][aria-label='Lanes'] button:last-of-type");
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
    // the chart itself may take focus first (for its zoom keys); the next stop is an event
    let first: string | null = null;
    for (let i = 0; i < 3 && first === null; i++) {
      await page.keyboard.press("Tab");
      first = await focused();
    }
    expect(first).not.toBeNull();
    expect(await page.getAttribute(sel.markById(first!), "tabindex")).toBe("0");

    await page.keyboard.press("ArrowRight");
    const second = await focused();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    // roving tabindex: exactly one mark is in the tab order, the focused one
    expect(
      await page.$$eval(`${sel.mark}[tabindex="0"]`, (els) =>
        els.map((el) => el.getAttribute("data-event-id")),
      ),
    ).toEqual([second]);

    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe(first);
    await page.keyboard.press("ArrowRight");

    await page.keyboard.press("Enter");
    await eventually(async () =>
      expect(await page.getAttribute(sel.markById(second!), "aria-selected")).toBe("true"),
    );
    expect((await markStates(page)).filter((m) => m.selected === "true").map((m) => m.id)).toEqual([
      second,
    ]);
    const label = analysis.events.find((e) => e.id === second)!.label;
    await eventually(async () =>
      expect(await page.textContent("[data-testid='details-panel']")).toContain(label),
    );
    expect(await focused()).toBe(second);

    await page.keyboard.press("Escape");
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.selected === "true").length).toBe(0),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("lanes switch between actors and certainty", async () => {
    const lanes = "[role='group'][aria-label='Lanes']";
    const { page, console } = await openDashboard();
    const lanesOf = async () => [...new Set((await markStates(page)).map((m) => m.lane))].sort();
    // the seed opens with lanes by certainty (one actor would hold most events), and no lanes in the URL
    expect((await lanesOf()).some((l) => l?.startsWith("certainty:"))).toBe(true);
    expect(new URL(page.url()).searchParams.get("lanes")).toBeNull();
    await page.click(`${lanes} button:has-text('By actor')`);
    await eventually(async () => expect((await lanesOf()).some((l) => l?.startsWith("actor:"))).toBe(true));
    expect(new URL(page.url()).searchParams.get("lanes")).toBe("actor");
    const before = await markStates(page);

    await page.click(`${lanes} button:has-text('By certainty')`);
    await eventually(async () =>
      expect(
        await page.getAttribute(`${lanes} button:has-text('By certainty')`, "aria-pressed"),
      ).toBe("true"),
    );
    await eventually(async () =>
      expect((await lanesOf()).some((l) => l?.startsWith("certainty:"))).toBe(true),
    );
    const byCertainty = await lanesOf();
    expect(byCertainty.some((l) => l?.startsWith("actor:"))).toBe(false);
    // dated events sit in the lane of their certainty
    for (const m of await markStates(page)) {
      if (m.lane?.startsWith("certainty:")) expect(m.lane).toBe(`certainty:${m.certainty}`);
    }
    expect(await markStates(page)).not.toEqual(before);
    // back to the article's default: the URL drops the parameter
    await eventually(() => expect(new URL(page.url()).searchParams.get("lanes")).toBeNull());

    await page.click(`${lanes} button:has-text('By actor')`);
    await eventually(async () => expect(await lanesOf()).toEqual([...new Set(before.map((m) => m.lane))].sort()));
    expectNoErrors(console);
    await close(page);
  });

  it("the certainty filter keeps only the events of the chosen certainty", async () => {
    const { page, console } = await openDashboard();
    const counts = new Map<string, number>();
    for (const e of analysis.events) counts.set(e.certainty, (counts.get(e.certainty) ?? 0) + 1);
    // the rarest certainty present, so the filter visibly removes marks
    const [certainty, n] = [...counts.entries()].sort(
      (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]),
    )[0]!;
    expect(n).toBeLessThan(analysis.events.length);

    const filter = await openFilter(page, "Certainty");
    await filter
      .locator("label")
      .filter({ hasText: new RegExp(`^${certainty}\\b`) })
      .click();
    await eventually(async () => expect((await markStates(page)).length).toBe(n));
    expect((await markStates(page)).every((m) => m.certainty === certainty)).toBe(true);
    expect(page.url()).toContain(certainty);

    await filter
      .locator("label")
      .filter({ hasText: new RegExp(`^${certainty}\\b`) })
      .click();
    await eventually(async () =>
      expect((await markStates(page)).length).toBe(analysis.events.length),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("the table view lists every event with its date, certainty and actors", async () => {
    const { page, console } = await openDashboard();
    await page.click("[role='group'][aria-label='View'] button:has-text('Tables')");
    await page.waitForSelector(sel.tableRow);
    const rows = await page.$$eval(sel.tableRow, (els) =>
      els.map((tr) => ({
        id: tr.getAttribute("data-event-id")!,
        cells: [...tr.children].map((c) => c.textContent?.trim() ?? ""),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(analysis.events.map((e) => e.id).sort());
    const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
    for (const e of analysis.events) {
      const row = rows.find((r) => r.id === e.id)!;
      expect(row.cells.join(" | ")).toContain(e.label);
      expect(row.cells).toContain(e.certainty);
      for (const a of e.actors) expect(row.cells.join(" | ")).toContain(names.get(a) ?? a);
    }
    const relations = await page.$$eval("table tr[data-relation-id]", (els) =>
      els.map((tr) => tr.getAttribute("data-relation-id")!),
    );
    expect(relations.sort()).toEqual(analysis.relations.map((r) => r.id).sort());
    await screenshot(page, "dashboard-1440x900-tables");
    expectNoErrors(console);
    await close(page);
  });
});
