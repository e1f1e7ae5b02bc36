/**
 * A single-pass, allocation-light tokenizer. Time expressions are matched over these tokens
 * instead of over raw text, so no regular expression ever runs on the whole input and matching
 * stays linear on any string (control characters, lone surrogates, 10 MB without spaces …).
 */

/** Token kinds: a run of letters, a number, or one punctuation character. */
export const enum Kind {
  Word = 0,
  Num = 1,
  Punct = 2,
}

export interface Token {
  /** Surface form. */
  s: string;
  /** Lower-cased surface (typographic apostrophes folded to `'`). */
  l: string;
  start: number;
  end: number;
  k: Kind;
  /** Whitespace (or the text start) precedes the token. */
  sp: boolean;
  /** Numeric value of a Num token (commas removed); NaN for other kinds. */
  n: number;
  /** Number of digits before any decimal point (Num tokens), used to recognise years. */
  digits: number;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x7f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return !isSpace(c);
}

const ASCII: string[] = Array.from({ length: 128 }, (_, k) => String.fromCharCode(k));

/** Splits text into tokens with UTF-16 offsets. Never throws. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const len = text.length;
  let i = 0;
  let sp = true;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      sp = true;
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      i++;
      while (i < len && isLetter(text.charCodeAt(i))) i++;
      const s = text.slice(start, i);
      out.push({ s, l: s.toLowerCase(), start, end: i, k: Kind.Word, sp, n: NaN, digits: 0 });
    } else if (isDigit(c)) {
      i++;
      while (i < len && isDigit(text.charCodeAt(i))) i++;
      let digits = i - start;
      // Thousands groups ("1,000,000") and decimals ("2.5") belong to the number.
      for (;;) {
        if (i + 3 < len + 0 && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) &&
          isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
          !(i + 4 < len && isDigit(text.charCodeAt(i + 4)))) {
          i += 4;
          digits += 3;
          continue;
        }
        break;
      }
      if (i + 1 < len && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1)) && digits <= 4) {
        // "2.5" but not the first part of a dotted date such as "12.04.2017".
        let j = i + 1;
        while (j < len && isDigit(text.charCodeAt(j))) j++;
        if (!(j + 1 < len && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)))) i = j;
      }
      const s = text.slice(start, i);
      out.push({ s, l: s, start, end: i, k: Kind.Num, sp, n: s.length === digits ? Number(s) : Number(s.replace(/,/g, '')), digits });
    } else {
      // One punctuation character; a surrogate pair stays together.
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < len) {
        const c2 = text.charCodeAt(i);
        if (c2 >= 0xdc00 && c2 <= 0xdfff) i++;
      }
      // ASCII punctuation reuses one string per character instead of slicing.
      const s = i - start === 1 && c < 128 ? ASCII[c]! : text.slice(start, i);
      const l = c === 0x2019 || c === 0x2018 || c === 0x60 ? "'" : c === 0x2013 ? '-' : s;
      out.push({ s, l, start, end: i, k: Kind.Punct, sp, n: NaN, digits: 0 });
    }
    sp = false;
  }
  return out;
}
