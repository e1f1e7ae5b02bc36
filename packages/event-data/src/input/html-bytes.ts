/**
 * A fetched body as HTML text: decoded in the charset its Content-Type or its `<meta charset>`
 * names (UTF-8 otherwise), after a check that it is not a PDF, an image or an archive that a
 * server labelled text/html.
 */

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x1f, 0x8b], 'gzip data'],
];

/** What binary format the bytes start with, if they start like one. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [signature, kind] of SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return kind;
  const head = bytes.subarray(0, 1024);
  // Text has almost no NUL bytes; UTF-16 text (which has) starts with a byte-order mark.
  const nul = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return nul > 8 && !bom16 ? 'binary data' : undefined;
}

/** The charset a Content-Type header or the page's first 1,024 bytes name. */
export function declaredCharset(bytes: Uint8Array, contentType: string | null): string | undefined {
  const fromHeader = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** Windows-1252's characters for the bytes 0x80–0x9F (where it differs from ISO-8859-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The bytes as text in their charset; an unknown charset name falls back to UTF-8.
 * Windows-1252 (which the web also means by latin1, iso-8859-1 and ascii) is decoded here:
 * Node 20's TextDecoder reads it as ISO-8859-1, turning curly quotes and € into control characters.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const charset = declaredCharset(bytes, contentType) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  if (decoder.encoding !== 'windows-1252') return decoder.decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  return out;
}

/** Whether bytes served without a Content-Type read as an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|!--)/.test(head) || /<(html|head|body)[\s>]/.test(head);
}
