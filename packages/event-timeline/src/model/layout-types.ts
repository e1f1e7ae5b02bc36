/** What layout() makes: marks and badges placed on screen, lane boxes, and how lanes are sized. */

/** A mark placed on screen. */
export interface PlacedMark {
  /** Index into the item list. */
  i: number;
  x0: number;
  x1: number;
  /** Top of the mark's row. */
  y: number;
  lane: number;
  /** Where the label starts and how much room it has; `labelRoom <= 0` hides it. */
  labelX: number;
  labelRoom: number;
  /** Room left of the mark, used when the right side is too tight. */
  leftRoom: number;
  /** `end`: the label sits left of the mark, right-aligned. */
  anchor: 'start' | 'end';
  row: number;
  /** The label sits inside a bar. */
  inside: boolean;
}

/** Marks too dense to draw, shown as one count badge that splits as you zoom in. */
export interface Cluster {
  lane: number;
  x: number;
  y: number;
  count: number;
  start: number;
  end: number;
  /** Start of its last member in time order. */
  lastStart: number;
  /** First member in time order, for keyboard and screen-reader text. */
  first: number;
  /** Its members' positions in its lane, as half-open runs `[a, b)` in pairs. */
  readonly runs: readonly number[];
  c0: number;
  c1: number;
}

export interface LaneBox {
  y: number;
  height: number;
  label: string;
  key: string;
  /** Events of the lane inside the window. */
  visible: number;
}

export interface Layout {
  marks: PlacedMark[];
  clusters: Cluster[];
  lanes: LaneBox[];
  height: number;
  /** Items that intersect the window (drawn or clustered). */
  visible: number;
}

/** Rows a lane gets, and whether it keeps a row for count badges. */
export interface LaneCapacity {
  rows: number;
  cluster: boolean;
  /**
   * Spare px under its rows, when the box is taller than the lanes need (see fillRoom) or lanes
   * empty in the window leave height (see TimelineView.window). layout() draws in it what the
   * rows cannot hold before folding anything (see roomRows); the lane's height stays the same.
   */
  pad?: number;
}
