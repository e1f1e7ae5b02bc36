import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../schedule.js';

/**
 * Runs a task once per key when the page is idle, and forgets it when the host leaves the DOM.
 * The element uses it to rehearse zooming: at 100,000 events the first frames of the first
 * gesture ran layout code that V8 had seen only at the whole range, and spent them gathering
 * type feedback and compiling again (20-30 ms a frame, against 8-10 ms once warm). A few layouts
 * of narrower windows, made when nothing else happens and thrown away, do that beforehand.
 */
export class RehearsalController implements ReactiveController {
  private key = '';
  private cancel?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Schedules `task` for when the page is idle, unless it already ran, or is due, for `key`. */
  schedule(key: string, task: () => void): void {
    if (key === this.key) return;
    this.cancel?.();
    this.key = key;
    this.cancel = whenIdle(() => {
      this.cancel = undefined;
      task();
    });
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.key = '';
  }
}
