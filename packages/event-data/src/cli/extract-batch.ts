import type { ArticleFailure, ExtractOptions as LibraryOptions } from '../extract/index.js';
import { Merger } from '../extract/merge/merge-articles.js';
import { formatIssue, validateEvent, type TimelineEvent } from '../schema/index.js';
import { articlePool, inOrder } from './article-pool.js';
import type { CliIo } from './cli-io.js';
import { streamDataset, writePieces } from './dataset-stream.js';
import type { ExtractOptions } from './extract-args.js';
import { FileStore } from './file-store.js';
import type { ArticleItem } from './article-item.js';
import { AtomicFile, holdAfterFirstPiece } from './write-output.js';

/** Where the output goes: the -o file (atomically: kept only on commit) or standard output. */
export interface Output {
  write(piece: string): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export async function openOutput(file: string | undefined, io: CliIo): Promise<Output> {
  if (file === undefined) return { write: (piece) => writePieces(io.out, [piece]), commit: async () => undefined, discard: async () => undefined };
  const out = await AtomicFile.create(file);
  let first = true;
  return {
    write: async (piece) => {
      await out.write(piece);
      if (first) await holdAfterFirstPiece();
      first = false;
    },
    commit: () => out.commit(),
    discard: () => out.discard(),
  };
}

export interface BatchSummary {
  articles: number;
  events: number;
  failed: number;
}

/** The output failed its own schema: a defect of the extractor, reported as such (nothing is committed). */
export class InternalError extends Error {
  override name = 'InternalError';
}

function* validated(events: Iterable<TimelineEvent>): Generator<TimelineEvent> {
  let i = 0;
  for (const event of events) {
    const check = validateEvent(event, `events[${i++}]`);
    if (!check.ok) throw new InternalError(`the output does not validate: ${check.issues.map(formatIssue).join('; ')}`);
    yield event;
  }
}

/**
 * Runs a batch as a stream: articles are read one at a time, extracted on `options.jobs` worker
 * threads (results taken in input order, so any number of jobs gives the same output), and either
 * written at once as per-article results (`--no-merge`: one JSON line per article), or handed to
 * the merge, which keeps only its keys in memory and the events in a temporary file, and writes
 * the dataset at the end. Memory stays bounded whatever the size of the batch.
 *
 * Nothing is written when no article could be read. `onFailure` hears of each failure as it comes.
 */
export async function runBatch(
  items: AsyncIterable<ArticleItem>,
  options: ExtractOptions,
  output: () => Promise<Output>,
  onFailure: (failure: ArticleFailure) => void,
  onProgress?: (done: number) => void,
): Promise<BatchSummary> {
  const library: Partial<LibraryOptions> = options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence };
  const pool = articlePool(options.jobs, library);
  const store = options.noMerge ? undefined : new FileStore();
  const merger = store && new Merger(store);
  let out: Output | undefined;
  const summary: BatchSummary = { articles: 0, events: 0, failed: 0 };
  try {
    // 16 articles a job ahead (a 4 KB article every few milliseconds keeps the workers busy past a slow
    // one; with 4 a job they waited 6 % of the time), and at most 64 M characters of text
    const window = { items: Math.max(2, options.jobs * 16), weight: 64e6, weigh: (item: ArticleItem) => ('article' in item ? item.article.text.length : 0) };
    const outcomes = inOrder(items, window, async (item) => ('failure' in item ? item : { outcome: await pool.extract(item.article) }));
    for await (const item of outcomes) {
      const outcome = 'failure' in item ? ({ ok: false, failure: item.failure } as const) : item.outcome;
      if (!outcome.ok) {
        summary.failed++;
        onFailure(outcome.failure);
        continue;
      }
      summary.articles++;
      onProgress?.(summary.articles + summary.failed);
      if (merger) merger.add(outcome.result);
      else {
        out ??= await output();
        summary.events += outcome.result.events.length;
        await out.write(`${JSON.stringify(outcome.result)}\n`);
      }
    }
    // the workers' memory (the model, their heaps) is given back before the merge needs its own
    await pool.close();
    if (summary.articles === 0) return summary;
    if (merger) {
      out = await output();
      summary.events = merger.eventCount;
      for (const piece of streamDataset(merger.articleList(), validated(merger.events()), options.ndjson)) await out.write(piece);
    }
    await out!.commit();
    out = undefined;
    return summary;
  } finally {
    await out?.discard();
    store?.close();
    await pool.close();
  }
}
