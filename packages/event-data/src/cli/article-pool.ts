import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleInput, ArticleOutcome, ExtractOptions } from '../extract/index.js';

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

/** Node options a worker takes over: those that say how modules load. */
const LOADING = /^(?:--import|--require|-r|--conditions|-C|--loader|--experimental-loader|--experimental-[\w-]+|--no-experimental-[\w-]+|--enable-source-maps|--no-warnings|--no-deprecation)(?:=|$)/;

/**
 * The process's Node options that make sense for a worker: how modules load (tsx, export conditions),
 * not its heap size or an -e script's input type, which a worker refuses ("invalid execArgv flags").
 * A flag whose value is the next argument ("--import tsx") keeps it.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    const takesNext = !flag.includes('=') && /^(?:--import|--require|-r|--conditions|-C|--loader|--experimental-loader)$/.test(flag);
    if (LOADING.test(flag)) out.push(...(takesNext && i + 1 < execArgv.length ? [flag, execArgv[++i]] : [flag]));
  }
  return out;
}

/** Old-generation heap of one worker, in MB. */
const WORKER_HEAP_MB = 192;
/**
 * Young generation of one worker, in MB. An article makes megabytes of short-lived objects (tokens,
 * spans, candidate titles); with the small young generation V8 gives a capped worker they were
 * promoted and collected by full collections: 2,000 articles took 24 % more CPU on 2 workers than on
 * one thread, against 13 % with 64 MB (and 2,000 articles ran in 25.7 s wall instead of 19.3 s).
 */
const WORKER_YOUNG_MB = 64;

export function articlePool(jobs: number, options: Partial<ExtractOptions>): ArticlePool {
  // One job runs in this thread. More run only on workers, so this thread never loads the extraction
  // model (about 100 MB of memory it would hold for nothing while it reads, merges and writes).
  if (jobs <= 1) {
    const extractor = import('../extract/pipeline.js');
    return { extract: async (article) => (await extractor).extractArticle(article, options), close: async () => undefined };
  }
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    execArgv: workerExecArgv(),
    // A worker's live data is the model and one article (an article of 1,000,000 characters fits in
    // 128 MB); the cap makes V8 collect instead of growing its heap, which keeps each worker near
    // 250 MB resident instead of 400+ over a long batch.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  let closing: Promise<void> | undefined;
  return {
    extract: async (article) => {
      try {
        return (await pool.run({ article, options })) as ArticleOutcome;
      } catch (error) {
        // a worker that died (out of memory, say) fails its article, not the batch; piscina starts another
        return { ok: false, failure: { articleId: typeof article?.id === 'string' ? article.id : '(no id)', reason: `the extraction failed: ${error instanceof Error ? error.message : String(error)}` } };
      }
    },
    close: () => (closing ??= pool.destroy()),
  };
}

/** How much work `inOrder` lets run ahead of the result it waits for. */
export interface Window<T> {
  /** At most this many items at a time. */
  items: number;
  /** And at most this much weight (one item always runs, whatever its weight). */
  weight?: number;
  weigh?: (item: T) => number;
}

/**
 * Runs `work` over `items` with at most `window` of them at a time and yields the results in the
 * order of the items, whatever order they finish in: the output of --jobs 4 is the output of
 * --jobs 1. Items are pulled only as results are taken, so memory stays bounded on any input size;
 * the window should be wide enough that one slow item does not leave the workers waiting while the
 * results behind it pile up.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, window: Window<T>, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const running: Array<{ result: Promise<R>; weight: number }> = [];
  let weight = 0;
  const full = () => running.length >= window.items || (window.weight !== undefined && weight >= window.weight);
  for await (const item of items) {
    const w = window.weigh?.(item) ?? 0;
    running.push({ result: work(item), weight: w });
    weight += w;
    // an unhandled rejection must not escape while it waits its turn
    running.at(-1)!.result.catch(() => undefined);
    while (running.length && full()) {
      const first = running.shift()!;
      weight -= first.weight;
      yield await first.result;
    }
  }
  while (running.length) yield await running.shift()!.result;
}
