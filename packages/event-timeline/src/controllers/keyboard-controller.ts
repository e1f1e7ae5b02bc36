import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the keyboard can ask the timeline to do. */
export interface KeyboardTarget {
  /** Moves the focused event by `delta` in time order. */
  moveFocus(delta: number): void;
  focusEdge(edge: 'first' | 'last'): void;
  /** Zooms around the centre (or the focused event) by a factor > 1 (in) or < 1 (out). */
  zoomBy(factor: number): void;
  /** Pans by a fraction of the visible window (negative = earlier). */
  panBy(fraction: number): void;
  resetView(): void;
  selectFocused(): void;
  /** Closes the detail panel; false when none was open. */
  closeDetail(): boolean;
}

/**
 * The keyboard model of the plot: arrows move between events in time order, Shift+arrows and
 * Page Up/Down pan, + and - zoom, Home/End jump to the first/last event, 0 or Escape resets,
 * Enter or Space selects. The plot binds `handle` to its keydown; nothing to clean up.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly target: KeyboardTarget,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Handles one keydown; returns whether the key was used. */
  readonly handle = (e: KeyboardEvent): boolean => {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const t = this.target;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowUp':
        if (e.shiftKey) t.panBy(-0.2);
        else t.moveFocus(-1);
        break;
      case 'ArrowRight':
      case 'ArrowDown':
        if (e.shiftKey) t.panBy(0.2);
        else t.moveFocus(1);
        break;
      case 'PageUp':
        t.panBy(-0.9);
        break;
      case 'PageDown':
        t.panBy(0.9);
        break;
      case '+':
      case '=':
        t.zoomBy(2);
        break;
      case '-':
      case '_':
        t.zoomBy(0.5);
        break;
      case 'Home':
        t.focusEdge('first');
        break;
      case 'End':
        t.focusEdge('last');
        break;
      case '0':
        t.resetView();
        break;
      case 'Escape':
        if (!t.closeDetail()) t.resetView();
        break;
      case 'Enter':
      case ' ':
        t.selectFocused();
        break;
      default:
        return false;
    }
    e.preventDefault();
    return true;
  };
}
