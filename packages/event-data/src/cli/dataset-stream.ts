import type { Article, TimelineEvent } from '../schema/index.js';
import { SCHEMA_VERSION } from '../schema/index.js';

/** Pieces of about this many characters: a big dataset is written in steps, never built as one string. */
const PIECE = 1 << 20;

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * A dataset as text, from its articles and a stream of events, in pieces to write one after
 * another: pretty-printed JSON (byte for byte what `JSON.stringify(dataset, null, 2)` gives), or
 * NDJSON (a first line `{"schemaVersion":2,"articles":[…]}`, then one event a line). Only one
 * event is held at a time, so a dataset larger than memory can be written.
 */
export function* streamDataset(articles: readonly Article[], events: Iterable<TimelineEvent>, ndjson: boolean): Generator<string> {
  let piece = '';
  const flush = function* () {
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  };
  if (ndjson) {
    piece = `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles })}\n`;
    for (const event of events) {
      piece += `${JSON.stringify(event)}\n`;
      yield* flush();
    }
  } else {
    piece = `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": ${indent(JSON.stringify(articles, null, 2), '  ')},\n  "events": [`;
    let first = true;
    for (const event of events) {
      piece += `${first ? '' : ','}\n    ${indent(JSON.stringify(event, null, 2), '    ')}`;
      first = false;
      yield* flush();
    }
    piece += first ? ']\n}\n' : '\n  ]\n}\n';
  }
  yield piece;
}

/** A stream `write` may push back on (Node's stdout returns false and emits 'drain' when its buffer is full). */
type Writable = { write(text: string): unknown; once?: (event: 'drain', listener: () => void) => unknown };

/** Writes `pieces` to `out` one after another, waiting whenever it asks to, so a pipe never buffers the whole output. */
export async function writePieces(out: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (out.write(piece) === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
  }
}
