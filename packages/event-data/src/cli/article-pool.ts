import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { extractArticle, type ArticleInput, type ArticleOutcome, type ExtractOptions } from '../extract/index.js';

/** The default for --jobs: every core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** Extracts articles on `jobs` worker threads (piscina), or in this thread when jobs is 1. */
export interface ArticlePool {
  extract(article: ArticleInput): Promise<ArticleOutcome>;
  close(): Promise<void>;
}

// The worker runs the built file next to this one, extract-worker.js in dist/; from the sources, a
// small bootstrap that loads extract-worker.ts through tsx.
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './extract-worker-source.mjs' : './extract-worker.js', import.meta.url);

/** The process's Node options that make sense for a worker: not those that only apply to an -e script. */
const workerExecArgv = () => process.execArgv.filter((a) => !a.startsWith('--input-type'));

/** Articles read in this thread before the workers start: a small batch is done before threads would be up. */
const WARM_UP = 8;

export function articlePool(jobs: number, options: Partial<ExtractOptions>): ArticlePool {
  let pool: Piscina | undefined;
  let seen = 0;
  return {
    extract: async (article) => {
      if (jobs <= 1 || seen++ < WARM_UP) return extractArticle(article, options);
      pool ??= new Piscina({ filename: workerFile.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, execArgv: workerExecArgv() });
      return pool.run({ article, options }) as Promise<ArticleOutcome>;
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}

/**
 * Runs `work` over `items` with at most `limit` at a time and yields the results in the order of
 * the items, whatever order they finish in: the output of --jobs 4 is the output of --jobs 1.
 * Items are pulled only as results are taken, so memory stays bounded on any input size.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const running: Array<Promise<R>> = [];
  for await (const item of items) {
    running.push(work(item));
    // an unhandled rejection must not escape while it waits its turn
    running.at(-1)!.catch(() => undefined);
    if (running.length >= limit) yield await running.shift()!;
  }
  while (running.length) yield await running.shift()!;
}
