/**
 * The lines of an NDJSON stream, read as they come: the input is never held whole, and a line
 * longer than `maxBytes` is reported and skipped rather than read into memory, so one runaway
 * record cannot stop a batch. Lines are decoded as UTF-8 (a byte order mark at the start is dropped);
 * blank lines are skipped; `\r\n` line ends are accepted.
 */
export type NdjsonLine = { number: number; text: string } | { number: number; tooLong: number; endless?: true };

/**
 * `giveUpBytes`: a line still going after this many bytes ends the reading (`endless`): a stream with
 * no line breaks at all (`/dev/zero`) is not read for ever.
 */
export async function* ndjsonLines(stream: AsyncIterable<Buffer | string>, maxBytes: number, giveUpBytes = 256_000_000): AsyncGenerator<NdjsonLine> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let parts: Buffer[] = [];
  let size = 0;
  let skipped = 0; // bytes of an over-long line being skipped
  let number = 0;
  const finish = (): NdjsonLine | undefined => {
    number++;
    if (skipped) {
      const line: NdjsonLine = { number, tooLong: skipped };
      skipped = 0;
      return line;
    }
    const text = decoder.decode(Buffer.concat(parts, size), { stream: false }).replace(/\r$/, '');
    parts = [];
    size = 0;
    return text.trim() ? { number, text } : undefined;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(10, from); ; nl = bytes.indexOf(10, from)) {
      const end = nl < 0 ? bytes.length : nl;
      const piece = bytes.subarray(from, end);
      if (skipped) {
        skipped += piece.length;
        if (skipped > giveUpBytes) {
          yield { number: number + 1, tooLong: skipped, endless: true };
          return;
        }
      }
      else if (size + piece.length > maxBytes) {
        skipped = size + piece.length;
        parts = [];
        size = 0;
      } else if (piece.length) {
        parts.push(piece);
        size += piece.length;
      }
      if (nl < 0) break;
      const line = finish();
      if (line) yield line;
      from = nl + 1;
    }
  }
  if (size || skipped) {
    const line = finish();
    if (line) yield line;
  }
}
