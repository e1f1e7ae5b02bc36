/**
 * The SemEval-2015 Task 4 trial corpus (30 Wikinews articles about Apple Inc., gold timelines of six
 * entities), read where it lies outside the repository: ../shared/semeval15-trial/ next to it, or
 * SEMEVAL15_TRIAL_DIR. Never copied here (see its README.md for the format and licence).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../packages/event-data/src/index.js';
import { readArticleFolder } from './article-folder.js';
import { parseTimeline, timelineFileName, type Timeline } from './timeline-format.js';
import { tokenIndex, type TokenIndex, type TokensJson } from './token-index.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface TrialCorpus {
  dir: string;
  /** articles/ as extractEvents reads it. */
  articles: ArticleInput[];
  /** The target entities, as in entities.txt. */
  entities: string[];
  /** The gold timeline of each entity, in the order of `entities`. */
  gold: Timeline[];
  tokens: TokenIndex;
}

/** `SEMEVAL15_TRIAL_DIR`, or `../shared/semeval15-trial` next to the repository. */
export function trialCorpusDir(env: Record<string, string | undefined> = process.env): string {
  return env.SEMEVAL15_TRIAL_DIR ? resolve(env.SEMEVAL15_TRIAL_DIR) : resolve(REPO_ROOT, '../shared/semeval15-trial');
}

/** Reads the corpus; throws an Error saying what is missing. */
export function loadTrialCorpus(dir: string = trialCorpusDir()): TrialCorpus {
  if (!existsSync(join(dir, 'entities.txt'))) {
    throw new Error(`SemEval-2015 Task 4 trial corpus not found at ${dir} (entities.txt, gold/, articles/, tokens.json): put it there or set SEMEVAL15_TRIAL_DIR`);
  }
  const entities = readFileSync(join(dir, 'entities.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const gold = entities.map((entity) => {
    const timeline = parseTimeline(readFileSync(join(dir, 'gold', timelineFileName(entity)), 'utf8'));
    if (timeline.entity !== entity) throw new Error(`gold/${timelineFileName(entity)} is the timeline of ${JSON.stringify(timeline.entity)}, not ${JSON.stringify(entity)}`);
    return timeline;
  });
  return {
    dir,
    articles: readArticleFolder(join(dir, 'articles')),
    entities,
    gold,
    tokens: tokenIndex(JSON.parse(readFileSync(join(dir, 'tokens.json'), 'utf8')) as TokensJson),
  };
}
