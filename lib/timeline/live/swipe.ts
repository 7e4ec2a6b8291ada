/**
 * Which way a one-finger touch gesture on the timeline goes. The plot's `touch-action: pan-y` lets the
 * browser scroll the page on a vertical swipe, but d3-zoom hears the same touchmoves and would pan the
 * timeline by the finger's small sideways drift as the page scrolls. So a one-finger gesture is
 * locked to its first clear direction, once it has moved `slop` px: mostly vertical, it is the page's
 * and the timeline does not hear it; mostly horizontal, it is the timeline's pan. Until then the
 * timeline hears nothing (d3-zoom pans from where the finger went down, so it catches up at once).
 * Pinches (two fingers or more, from the start or joined later) always go to the timeline.
 */
export interface TouchPoint {
  clientX: number;
  clientY: number;
}

export interface SwipeLock {
  /** a touchstart: a new finger went down */
  begin(touches: ArrayLike<TouchPoint>): void;
  /** a touchmove: whether the timeline hears it */
  hears(touches: ArrayLike<TouchPoint>): boolean;
}

/** Enough that a tap, or a finger settling as it lands, decides nothing. */
export const SWIPE_SLOP_PX = 8;

export function swipeLock(slop = SWIPE_SLOP_PX): SwipeLock {
  let origin: TouchPoint | null = null;
  let direction: "page" | "timeline" | null = null;
  return {
    begin(touches) {
      const finger = touches.length === 1 ? touches[0] : undefined;
      origin = finger ? { clientX: finger.clientX, clientY: finger.clientY } : null;
      direction = null;
    },
    hears(touches) {
      const finger = touches.length === 1 ? touches[0] : undefined;
      if (!origin || !finger) return true;
      if (!direction) {
        const dx = Math.abs(finger.clientX - origin.clientX);
        const dy = Math.abs(finger.clientY - origin.clientY);
        if (Math.max(dx, dy) < slop) return false;
        direction = dy > dx ? "page" : "timeline";
      }
      return direction === "timeline";
    },
  };
}
