import type { ReactiveControllerHost } from 'lit';
import type { TimelineView } from '../model/timeline-view.js';
import { describeDate } from '../render/describe-date.js';
import type { Messages } from '../i18n/messages.js';
import { emit, TimelineSelectEvent } from '../events.js';
import type { KeyboardTarget } from './keyboard-controller.js';
import type { PopoverController } from './popover-controller.js';
import type { WindowController } from './window-controller.js';
import { bringIntoView } from '../render/bring-into-view.js';

/** What focus and selection need of the element. */
export interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  locale: string;
}

/** The locale's words and numbers, as the element has them. */
export interface Words {
  readonly messages: Messages;
  count(n: number): string;
  typeName(type: string): string;
}

/**
 * Which event has the keyboard focus, which is selected (its detail panel open), which is under
 * the pointer, and what the live region says: the plot's pointer and keyboard handlers and the
 * keyboard's actions (KeyboardTarget) that change them. Each change asks the host to draw again.
 */
export class FocusController implements KeyboardTarget {
  /** The focused item (arrows, Home/End), -1 for none. */
  focus = -1;
  /** The selected item, whose detail panel is open, -1 for none. */
  selected = -1;
  /** The item under the pointer, and where its tooltip goes. */
  hover: { i: number; x: number; y: number } | undefined;
  /** The keyboard moved the focus last: its tooltip shows. */
  keyboard = false;
  /** What the live region says. */
  announcement = '';
  private plotRect?: DOMRect;

  constructor(
    private readonly host: FocusHost,
    private readonly view: TimelineView,
    private readonly window: WindowController,
    private readonly badges: PopoverController,
    private readonly words: Words,
    private readonly keys: () => { handle(e: KeyboardEvent): boolean },
  ) {}

  /** New data or a new filter: nothing focused or hovered; the selected item stays selected if it is still shown (`selected`, an item of the new list, or -1). */
  reset(selected = -1): void {
    [this.focus, this.selected, this.hover] = [-1, selected, undefined];
    this.badges.close();
    this.host.requestUpdate();
  }

  /** The plot moved or scrolled under the pointer: measure it again at the next move. */
  forgetRect(): void {
    this.plotRect = undefined;
  }

  /** Focuses and selects item `i` (a click, a list entry). */
  pick(i: number): void {
    this.focus = i;
    this.select(i);
  }

  /** Focuses item `i` and pans to it (the "nearest event" button). */
  go(i: number): void {
    this.focus = i;
    const item = this.view.items[i];
    if (item) this.window.reveal(item.start, item.end);
    this.host.requestUpdate();
  }

  readonly onPointerMove = (e: PointerEvent): void => {
    if (e.buttons || !this.view.frame) return;
    const rect = (this.plotRect ??= (e.currentTarget as HTMLElement).getBoundingClientRect());
    const [x, y] = [e.clientX - rect.left, e.clientY - rect.top];
    const hit = this.view.hitTest(x, y).mark;
    if (hit?.i !== this.hover?.i) {
      this.hover = hit ? { i: hit.i, x, y: hit.y + 26 } : undefined;
      this.host.requestUpdate();
    }
  };

  readonly onPointerLeave = (): void => {
    this.plotRect = undefined;
    if (this.hover) {
      this.hover = undefined;
      this.host.requestUpdate();
    }
  };

  readonly onClick = (e: MouseEvent): void => {
    if (!this.view.frame) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const hit = this.view.hitTest(e.clientX - rect.left, e.clientY - rect.top);
    this.badges.close();
    if (hit.mark) this.pick(hit.mark.i);
    else if (hit.cluster) this.badges.open(hit.cluster, this.focus);
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.keys().handle(e)) this.setKeyboard(true);
  };

  /** A sideways wheel pans; an up-and-down one is the zoom's. */
  readonly onWheel = (e: WheelEvent): void => {
    if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
    e.preventDefault();
    this.panBy(e.deltaX / this.window.px);
  };

  readonly onFocus = (e: FocusEvent): void => {
    if (!(e.target as Element).matches(':focus-visible')) return;
    this.setKeyboard(true);
    if (this.focus < 0) this.moveFocus(0);
  };

  readonly onBlur = (): void => this.setKeyboard(false);

  moveFocus(delta: number): void {
    const n = this.view.items.length;
    if (!n) return;
    const next = this.focus < 0 ? this.view.firstFrom(this.window.scale.d0) : this.focus + delta;
    this.focusItem(Math.max(0, Math.min(n - 1, this.focus < 0 ? Math.min(next, n - 1) : next)));
  }

  focusEdge(edge: 'first' | 'last'): void {
    const n = this.view.items.length;
    if (n) this.focusItem(edge === 'first' ? 0 : n - 1);
  }

  /** Zooms around the focused event when it is in view, else around the middle. */
  zoomBy(factor: number): void {
    const item = this.view.items[this.focus];
    const { scale } = this.window;
    this.window.zoomBy(factor, item && item.start < scale.d1 && item.end > scale.d0 ? scale.x((item.start + item.end) / 2) : undefined);
  }

  panBy(fraction: number): void {
    this.window.panBy(fraction);
  }

  resetView(): void {
    this.window.goHome(true);
  }

  selectFocused(): void {
    if (this.focus < 0) return;
    // A folded event opens its badge's list, with its own entry focused.
    const badge = this.view.badgeOf(this.focus);
    if (badge) this.badges.open(badge, this.focus);
    else this.select(this.focus);
  }

  closeDetail(): boolean {
    if (this.selected < 0) return false;
    this.selected = -1;
    this.host.requestUpdate();
    return true;
  }

  /** Says `text` in the live region. */
  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** The view moved at a person's hand: the tooltip of what was under the pointer goes. */
  moved(): void {
    this.hover = undefined;
  }

  private setKeyboard(on: boolean): void {
    if (this.keyboard === on) return;
    this.keyboard = on;
    this.host.requestUpdate();
  }

  private focusItem(i: number): void {
    this.focus = i;
    const item = this.view.items[i];
    this.window.reveal(item.start, item.end);
    const { messages: msg, count } = this.words;
    this.announcement = msg.focused(item.title, describeDate(item, this.host.locale), this.view.colours.untyped ? '' : this.words.typeName(item.type), item.sources, count.call(this.words, i + 1), count.call(this.words, this.view.items.length));
    this.host.requestUpdate();
  }

  private select(i: number): void {
    this.selected = i;
    this.host.requestUpdate();
    emit(this.host, new TimelineSelectEvent({ event: this.view.items[i].source }));
    // On a phone the panel opens below the fold: bring it into view (the user asked for it).
    void this.host.updateComplete.then(() => bringIntoView(this.host.renderRoot.querySelector('[part="detail"]')));
  }
}
