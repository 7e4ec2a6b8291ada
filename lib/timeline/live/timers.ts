/** The chart's clocks: the settle after a gesture, one drawn frame per animation frame, idle-time work. */

/** One pending timeout; starting it again replaces the one pending. */
export class Timer {
  private handle: ReturnType<typeof setTimeout> | null = null;

  cancel(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
  }

  start(ms: number, run: () => void): void {
    this.cancel();
    this.handle = setTimeout(() => {
      this.handle = null;
      run();
    }, ms);
  }
}

/**
 * Draws the first request of an animation frame at once and any later ones in the next frame, so
 * input faster than the display costs one frame per frame, not one per event.
 */
export class FrameThrottle {
  /** an animation frame is pending: requests until then are drawn once, in it */
  private frame: number | null = null;
  private dirty = false;

  get busy(): boolean {
    return this.frame !== null;
  }

  request(draw: () => void): void {
    if (this.frame !== null) {
      this.dirty = true;
      return;
    }
    draw();
    const raf = globalThis.requestAnimationFrame;
    if (!raf) return;
    this.frame = raf(() => {
      this.frame = null;
      if (!this.dirty) return;
      this.dirty = false;
      this.request(draw);
    });
  }

  cancel(): void {
    if (this.frame !== null) globalThis.cancelAnimationFrame?.(this.frame);
  }
}

/** One task for idle time (a timeout where the browser has no idle callbacks). */
export class IdleTask {
  private handle: { cancel(): void } | null = null;

  get pending(): boolean {
    return this.handle !== null;
  }

  schedule(run: () => void): void {
    const task = () => {
      this.handle = null;
      run();
    };
    const ric = globalThis.requestIdleCallback;
    if (ric) {
      const handle = ric(task, { timeout: 2000 });
      this.handle = { cancel: () => globalThis.cancelIdleCallback(handle) };
    } else {
      const handle = setTimeout(task, 200);
      this.handle = { cancel: () => clearTimeout(handle) };
    }
  }

  cancel(): void {
    this.handle?.cancel();
    this.handle = null;
  }
}
