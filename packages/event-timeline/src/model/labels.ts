import type { PlacedMark } from './layout-types.js';

/**
 * How many characters of a label of `length` characters (estimated `width` px) a mark shows in
 * its room: all of them, a cut ending in "…" (the count before it), or none (0) when the room is
 * too small for a label that says anything: the tooltip and the list have it then.
 */
export function labelChars(mark: Pick<PlacedMark, 'labelRoom'>, length: number, width: number): number {
  const room = mark.labelRoom;
  if (room < Math.min(width, 48)) return 0;
  if (width <= room) return length;
  const chars = Math.floor((length * (room - 10)) / width);
  return room < 72 || chars < 8 ? 0 : chars;
}
