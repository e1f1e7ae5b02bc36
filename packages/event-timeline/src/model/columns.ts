import { KIND_FUZZY, KIND_POINT, KIND_RANGE, type Columns, type TimelineItem } from './types.js';

/** The events' numbers side by side in typed arrays (start, end, kind, type), which layout, lanes and the list read. */

/** `Columns.kind` codes, the same as the lanes'. */
export const KIND_CODE = { point: KIND_POINT, range: KIND_RANGE, fuzzy: KIND_FUZZY } as const;

/** Columns of `items` as they are (in their order). */
export function columnsOf(items: TimelineItem[]): Columns {
  const n = items.length;
  const columns: Columns = { start: new Float64Array(n), end: new Float64Array(n), kind: new Uint8Array(n), type: new Uint32Array(n), types: [] };
  const codes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const item = items[i];
    columns.start[i] = item.start;
    columns.end[i] = item.end;
    columns.kind[i] = KIND_CODE[item.kind];
    columns.type[i] = codeOf(codes, columns.types, item.type);
  }
  return columns;
}

/** Types looked up by comparing with each known one, up to this many; a map beyond. */
const SCAN_TYPES = 16;

/**
 * The code of `type` in `types`, added if new. Parsed JSON gives every event its own copy of
 * its type's string: a map lookup hashes each copy, while comparing it with the few types a
 * dataset has costs half as much (measured at 10,000 events).
 */
export function codeOf(codes: Map<string, number>, types: string[], type: string): number {
  let code = types.length <= SCAN_TYPES ? types.indexOf(type) : (codes.get(type) ?? -1);
  if (code < 0) {
    codes.set(type, (code = types.length));
    types.push(type);
  }
  return code;
}
