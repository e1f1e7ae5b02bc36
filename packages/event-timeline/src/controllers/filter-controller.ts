import type { ReactiveControllerHost } from 'lit';
import type { GroupBy } from '../model/lanes.js';
import type { TimelineView } from '../model/timeline-view.js';
import { emit, TimelineFilterChangeEvent } from '../events.js';
import type { FocusController } from './focus-controller.js';

/** What the filter reads and sets of its host: the `search`, `hiddenLanes` and `groupBy` properties. */
export interface FilterHost extends ReactiveControllerHost, EventTarget {
  search: string;
  hiddenLanes: string[];
  groupBy: GroupBy;
}

/**
 * Search and lane toggles: the user's typing and clicks set the `search` and `hiddenLanes`
 * properties and fire `timeline-filter-change`; the properties, however set, narrow the events
 * the view shows.
 */
export class FilterController {
  constructor(
    private readonly host: FilterHost,
    private readonly view: TimelineView,
    private readonly selection: FocusController,
  ) {}

  /** The filter as the properties say. */
  get filter(): { search: string; hidden: Set<string> } {
    return { search: this.host.search ?? '', hidden: new Set(this.host.hiddenLanes ?? []) };
  }

  /** Shows the events the properties let through; the selected one stays selected if it is among them. */
  apply(): void {
    const { items } = this.view;
    const selected = items[this.selection.selected];
    this.view.setFilter(this.filter, this.host.groupBy);
    this.selection.reset(selected ? this.view.items.indexOf(selected) : -1);
  }

  /** The search field's input listener. */
  readonly onSearchInput = (e: Event): void => this.set((e.target as HTMLInputElement).value, this.host.hiddenLanes);

  /** A lane toggle's click: hides the lane `key`, or shows it again. */
  readonly toggle = (key: string): void => {
    const hidden = this.host.hiddenLanes;
    this.set(this.host.search, hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key]);
  };

  /** The user typed in the search field or toggled a lane. */
  private set(search: string, hiddenLanes: string[]): void {
    [this.host.search, this.host.hiddenLanes] = [search, hiddenLanes];
    emit(this.host, new TimelineFilterChangeEvent({ search, hiddenLanes: [...hiddenLanes] }));
  }
}
