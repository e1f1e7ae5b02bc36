import type { Dataset } from '../schema/index.js';

/** Pieces of about this many characters, so a large output is written (and can be interrupted) in steps. */
const PIECE = 1 << 20;

/** `text` in pieces of at most PIECE characters, never splitting a surrogate pair (each piece is encoded alone). */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * A dataset as the text the CLI writes, in pieces to write one after another: pretty-printed
 * JSON, or NDJSON (a first line `{"schemaVersion":2,"articles":[…]}`, then one event a line).
 */
export function* datasetText(dataset: Dataset, ndjson: boolean): Generator<string> {
  if (!ndjson) {
    yield* slices(`${JSON.stringify(dataset, null, 2)}\n`);
    return;
  }
  let piece = `${JSON.stringify({ schemaVersion: dataset.schemaVersion, articles: dataset.articles })}\n`;
  for (const event of dataset.events) {
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
    piece += `${JSON.stringify(event)}\n`;
  }
  yield piece;
}
