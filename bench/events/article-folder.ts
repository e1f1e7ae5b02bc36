/**
 * Reads a folder in the input form of `event-data extract DIR`: one `ID.txt` per article and an
 * `articles.json` beside them giving each id its publication date (and title, publisher, url).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleInput } from '../../packages/event-data/src/index.js';

interface Metadata {
  id: string;
  published: string;
  title?: string;
  publisher?: string | null;
  url?: string | null;
}

/** The folder's articles in file-name order; throws when the folder, its metadata or an article's date is missing. */
export function readArticleFolder(dir: string): ArticleInput[] {
  if (!existsSync(join(dir, 'articles.json'))) throw new Error(`${dir}: no articles.json (expected the input form of event-data extract: *.txt + articles.json)`);
  const metadata = new Map((JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Metadata[]).map((m) => [m.id, m]));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = basename(name, '.txt');
      const meta = metadata.get(id);
      if (!meta?.published) throw new Error(`${join(dir, name)}: articles.json gives no publication date for ${id}`);
      return {
        id,
        text: readFileSync(join(dir, name), 'utf8'),
        published: meta.published,
        ...(meta.title !== undefined ? { title: meta.title } : {}),
        publisher: meta.publisher ?? null,
        url: meta.url ?? null,
      };
    });
}
