import type { Analysis } from "../model";
import { layoutSteps, type GraphLayout } from "./layout";

/** A layout under way (its remaining ticks) or done. */
type Entry = { steps: Generator<void, GraphLayout, void>; layout: GraphLayout | null };

// The store hands out one analysis object per article content, so a WeakMap keyed by it computes each
// layout once for the dashboard, the embeds and the images together, and forgets it with the analysis.
const entries = new WeakMap<Analysis, Entry>();

function entryOf(analysis: Analysis): Entry {
  let entry = entries.get(analysis);
  if (!entry) entries.set(analysis, (entry = { steps: layoutSteps(analysis), layout: null }));
  return entry;
}

/** Runs `entry`'s remaining ticks until it is done or `deadline` (performance.now()) has passed. */
function advance(entry: Entry, deadline = Infinity): GraphLayout | null {
  while (!entry.layout) {
    const step = entry.steps.next();
    if (step.done) entry.layout = step.value;
    else if (performance.now() >= deadline) break;
  }
  return entry.layout;
}

/** Runs `fn` on a later turn of the event loop, without keeping a Node process alive for it. */
function later(fn: () => void): void {
  const timer: unknown = setTimeout(fn, 0);
  (timer as { unref?: () => void }).unref?.();
}

/**
 * `layoutGraph(analysis)` with its default seed and ticks, computed once per analysis object. When
 * `prepareSeededGraphLayout` has started it, only the ticks left are run here, with the same result.
 */
export function seededGraphLayout(analysis: Analysis): GraphLayout {
  return advance(entryOf(analysis))!;
}

/**
 * Starts laying out `analysis`'s graph in the background as soon as the analysis exists, a slice of
 * at most `sliceMs` at a time between other work, so that its first view does not wait for the whole
 * layout (a 1,000-actor graph takes a few hundred milliseconds). Resolves when the layout is done.
 */
export function prepareSeededGraphLayout(analysis: Analysis, sliceMs = 8): Promise<GraphLayout> {
  const entry = entryOf(analysis);
  return new Promise((resolve) => {
    const slice = () => {
      const layout = advance(entry, performance.now() + sliceMs);
      if (layout) resolve(layout);
      else later(slice);
    };
    later(slice);
  });
}
