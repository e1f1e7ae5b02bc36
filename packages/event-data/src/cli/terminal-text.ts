/**
 * Text that came from outside (article ids, file names, reasons quoting input, bad input lines)
 * made safe to print on a terminal. Every such piece the CLI writes to standard error or to a
 * message on standard output goes through `safeText`; the dataset itself is JSON and stays exact.
 */

/** Longest value shown whole; longer ones keep their start and end around an ellipsis. */
export const SAFE_TEXT_MAX = 200;

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the sequences that
 * set a window title or clear the screen), DEL, C1 controls (U+009B is a one-character CSI),
 * the line and paragraph separators, and the bidirectional marks, embeddings, overrides and
 * isolates that make text display in another order than it is read (U+202E). Lone surrogates
 * are included because they cannot be encoded for the terminal at all.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Shortens to at most about `max` characters, never splitting a surrogate pair. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const tail = Math.max(1, Math.floor(max / 4));
  const head = Math.max(1, max - tail - 1);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')} (${chars.length.toLocaleString('en')} characters)`;
}

/**
 * `value` as text a terminal shows as it is: control characters (C0, DEL, C1), bidi controls and
 * line separators become visible escapes (`\x1b`, `\n`, `\u202e`), and a value longer than `max`
 * characters is shortened to its start and end with its length. Shortening comes first, so an
 * escape is never cut in half.
 *
 * @example
 * safeText('evil\x1b]0;pwned\x07'); // 'evil\\x1b]0;pwned\\x07'
 * safeText('a'.repeat(1000), 20);   // 'aaaaaaaaaaaaaa…aaaaa (1,000 characters)'
 */
export function safeText(value: unknown, max: number = SAFE_TEXT_MAX): string {
  return shorten(String(value), max).replace(UNSAFE, escapeOne);
}
