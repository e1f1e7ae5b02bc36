/**
 * One Tab stop for a group of buttons, arrows between them: the roving tabindex of the ARIA
 * authoring practices. A list of 20 events, or a dozen lane toggles, then costs one Tab, not one
 * per button. The button that holds the stop is kept by key (an event's index, a lane's key), so
 * it survives renders; the group's renderer asks `stop()` which one that is.
 */
export class RovingFocus<K> {
  private active: K | undefined;

  /** `changed`: the stop moved, so the host renders again (its bound tabindex values follow). */
  constructor(private readonly changed: () => void) {}

  /** The key that holds the Tab stop among `keys`: the one moved to last, else `preferred`, else the first. */
  stop(keys: readonly K[], preferred?: K): K | undefined {
    if (this.active !== undefined && keys.includes(this.active)) return this.active;
    return preferred !== undefined && keys.includes(preferred) ? preferred : keys[0];
  }

  /**
   * Handles a keydown inside the group's container (its buttons in order, `keys` alike): arrows
   * move to the previous or next button, Home and End to the first and last. Other keys pass.
   */
  readonly onKey = (e: KeyboardEvent, keys: readonly K[]): void => {
    const buttons = [...(e.currentTarget as Element).querySelectorAll<HTMLElement>('button[data-roving]')];
    const from = buttons.indexOf(e.target as HTMLElement);
    if (from < 0) return;
    const last = buttons.length - 1;
    const to =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? Math.min(from + 1, last)
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? Math.max(from - 1, 0)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    e.preventDefault();
    buttons.forEach((b, j) => (b.tabIndex = j === to ? 0 : -1));
    buttons[to].focus();
    this.active = keys[to];
    this.changed();
  };
}
