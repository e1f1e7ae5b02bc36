/**
 * A file of URLs to read: one a line, blank lines and `#` comments ignored (a whole line, or
 * after a space at the end of one). A line that is no http(s) URL is a problem of that line,
 * named with its file and line number; the other lines still count.
 */
import { readFile } from 'node:fs/promises';

/** A URL of the list and the line it was on (1-based). */
export interface UrlListEntry {
  url: string;
  line: number;
}

export interface UrlList {
  urls: UrlListEntry[];
  /** Lines that could not be read as URLs: `urls.txt:3: not a URL: "example com"`. */
  problems: string[];
}

/**
 * The URLs of a list's text.
 *
 * @example parseUrlList('# April\nhttps://a.example/1\n\nhttps://b.example/2  # the follow-up', 'urls.txt').urls.length === 2
 */
export function parseUrlList(text: string, source = 'URL list'): UrlList {
  const urls: UrlListEntry[] = [];
  const problems: string[] = [];
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n|\r/)
    .forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line) return;
      const where = `${source}:${i + 1}`;
      const shown = JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
      if (!URL.canParse(line)) {
        problems.push(`${where}: not a URL: ${shown}${/^[\w-]+(\.[\w-]+)+(\/|$)/.test(line) ? ' (start it with https://)' : ''}`);
        return;
      }
      const url = new URL(line);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push(`${where}: not a web address (only http and https): ${shown}`);
      else urls.push({ url: url.href, line: i + 1 });
    });
  return { urls, problems };
}

/** The URLs of a list file; a file that cannot be read throws with its name and the reason. */
export async function readUrlFile(path: string): Promise<UrlList> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new Error(`${path}: ${reason}`);
  }
  return parseUrlList(text, path);
}
