import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Zoom changes closer than this (ms) are one motion, which lasts until this long after the last. */
const MOTION_MS = 250;
/** A user's zooming or panning counts as settled this long (ms) after their last change. */
const SETTLE_MS = 400;

/**
 * Tells a moving view from a still one, so the element can draw cheaply while it moves and
 * catch up when it stops. Zoom changes closer than MOTION_MS apart (a gesture, or zoomTo()
 * calls in quick succession) are one motion. A user's changes also count as unsettled until
 * SETTLE_MS after the last, then `onSettled` runs (the element announces the new range).
 * The timers stop when the host leaves the DOM.
 */
export class MotionController implements ReactiveController {
  /** The view is moving: it changed less than MOTION_MS ago, by a user or in quick succession. */
  moving = false;
  /** A user moved the view less than SETTLE_MS ago. */
  unsettled = false;
  private lastAt = -Infinity;
  private motionTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: () => void,
  ) {
    host.addController(this);
  }

  /** Notes a change of the view; `user` when a person caused it. */
  changed(user: boolean): void {
    const at = performance.now();
    if (user || at - this.lastAt < MOTION_MS) {
      this.moving = true;
      clearTimeout(this.motionTimer);
      this.motionTimer = setTimeout(() => {
        this.moving = false;
        this.host.requestUpdate();
      }, MOTION_MS);
    }
    this.lastAt = at;
    if (!user) return;
    clearTimeout(this.settleTimer);
    this.unsettled = true;
    this.settleTimer = setTimeout(() => {
      this.unsettled = false;
      this.onSettled();
    }, SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.motionTimer);
    clearTimeout(this.settleTimer);
    this.moving = false;
    this.unsettled = false;
  }
}
