import { join } from 'node:path';
import type { ArticleFailure } from '../extract/index.js';
import { ioProblem } from './io-problem.js';
import { InputProblem, JSON_INPUT_LIMIT, readInputText } from './read-input.js';

/** One entry of an articles.json: the metadata of the .txt article with its id, and where it was. */
export interface MetadataEntry {
  readonly record: Readonly<Record<string, unknown>>;
  /** `dir/articles.json[2]` */
  readonly where: string;
}

/** Where an index of a JSON array is, for messages: `articles.json[7]`. */
export const arrayPosition = (source: string, index: number) => `${source}[${index}]`;

/**
 * The metadata of the .txt articles of `dir`, from its articles.json (an array of
 * `{id, published, publisher?, url?, title?}`), by id. No articles.json is no metadata. A file
 * that cannot be read or parsed is one failure naming it; an entry without a string id, or
 * with an id an earlier entry already has, is a failure naming its position. For a repeated id
 * the first entry is used, and the failure names both positions, so it can be fixed.
 */
export async function readArticleMetadata(dir: string, failures: ArticleFailure[]): Promise<Map<string, MetadataEntry>> {
  const file = join(dir, 'articles.json');
  const byId = new Map<string, MetadataEntry>();
  let text: string;
  try {
    text = await readInputText(file, JSON_INPUT_LIMIT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      failures.push({ articleId: file, reason: error instanceof InputProblem ? error.message : ioProblem(error) });
    }
    return byId;
  }
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    failures.push({ articleId: file, reason: `unreadable metadata: ${(error as Error).message}` });
    return byId;
  }
  if (!Array.isArray(list)) {
    failures.push({ articleId: file, reason: 'unreadable metadata: expected an array of {id, published, …}' });
    return byId;
  }
  list.forEach((entry: unknown, i) => {
    const where = arrayPosition(file, i);
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      failures.push({ articleId: where, reason: 'metadata entry without a string "id"' });
      return;
    }
    const first = byId.get(id);
    if (first) {
      failures.push({ articleId: where, reason: `id ${JSON.stringify(id)} is also at ${first.where}; the first entry is used, this one is not` });
      return;
    }
    byId.set(id, { record: entry as Record<string, unknown>, where });
  });
  return byId;
}
