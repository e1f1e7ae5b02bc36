// Where two outputs that should be identical first differ, told by position only: the bytes
// around it are article text, which is never printed raw to a terminal.

/** 'byte B (line L, column C)' of the first difference of `a` and `b`, or where the shorter ends. */
export function firstDifference(a, b) {
  const length = Math.min(a.length, b.length);
  let at = 0;
  while (at < length && a[at] === b[at]) at++;
  if (at === length && a.length === b.length) return 'no difference';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (a[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const where = `byte ${at.toLocaleString('en')} (line ${line}, column ${at - lineStart + 1})`;
  return at === length ? `one ends at ${where}, the other is ${Math.max(a.length, b.length).toLocaleString('en')} bytes long` : `first at ${where}`;
}
