/**
 * A dataset whose bad items are set aside, named, instead of failing the whole file: what an
 * export of a hand-edited or foreign dataset needs, since one bad event should not cost the
 * other thousand.
 */
import { validateArticle, validateDataset, validateEvent, type Article, type Dataset, type TimelineEvent, type ValidationIssue } from '../schema/index.js';

/** An article or event left out, with every reason. */
export interface SkippedItem {
  /** `articles[2]` or `events[7]`. */
  path: string;
  issues: ValidationIssue[];
}

export interface UsableDataset {
  /** The dataset with only the valid articles and events; undefined when the value is no dataset. */
  dataset?: Dataset;
  /** Why the value is no dataset at all: not an object, an unknown schema version, no arrays. */
  fatal: ValidationIssue[];
  /** The articles and events left out, in the order of the file. */
  skipped: SkippedItem[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/**
 * Validates `value` as a dataset (schema version 1 or 2) item by item. A value that is not a
 * dataset (wrong top-level shape or version) gives `fatal` issues and no dataset. Otherwise
 * every invalid article, every invalid event, a repeated id (the later one) and an event that
 * cites an article the dataset does not keep are left out and listed in `skipped`: nothing is
 * dropped without a reason. A fully valid dataset comes back as it is.
 *
 * @example
 * const { dataset, fatal, skipped } = usableDataset(JSON.parse(text));
 * for (const item of skipped) console.warn(item.issues.map(formatIssue).join('\n'));
 */
export function usableDataset(value: unknown): UsableDataset {
  const whole = validateDataset(value);
  if (whole.ok) return { dataset: whole.value, fatal: [], skipped: [] };
  if (!isObject(value)) return { fatal: [{ path: '(root)', message: `expected a dataset {schemaVersion, articles, events}, got ${kind(value)}` }], skipped: [] };

  // The frame alone: version and the two arrays, without their items.
  const frame = validateDataset({ schemaVersion: value.schemaVersion, articles: Array.isArray(value.articles) ? [] : value.articles, events: Array.isArray(value.events) ? [] : value.events });
  if (!frame.ok) return { fatal: frame.issues, skipped: [] };

  const skipped: SkippedItem[] = [];
  const articles: Article[] = [];
  const kept = new Set<string>();
  const leftOut = new Map<string, string>();
  (value.articles as unknown[]).forEach((item, i) => {
    const path = `articles[${i}]`;
    const result = validateArticle(item, path);
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const issues = !result.ok ? result.issues : kept.has(result.value.id) ? [{ path: `${path}.id`, message: `duplicate article id ${JSON.stringify(result.value.id)}` }] : [];
    if (!result.ok || issues.length) {
      skipped.push({ path, issues });
      if (id !== undefined && !kept.has(id) && !leftOut.has(id)) leftOut.set(id, path);
      return;
    }
    articles.push(result.value);
    kept.add(result.value.id);
  });

  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  (value.events as unknown[]).forEach((item, i) => {
    const path = `events[${i}]`;
    const result = validateEvent(item, path);
    if (!result.ok) {
      skipped.push({ path, issues: result.issues });
      return;
    }
    const event = result.value;
    const issues: ValidationIssue[] = [];
    if (eventIds.has(event.id)) issues.push({ path: `${path}.id`, message: `duplicate event id ${JSON.stringify(event.id)}` });
    event.mentions.forEach((mention, j) => {
      if (kept.has(mention.articleId)) return;
      const id = JSON.stringify(mention.articleId);
      const message = leftOut.has(mention.articleId) ? `article ${id} was left out (${leftOut.get(mention.articleId)} is invalid)` : `${id} is not in articles`;
      issues.push({ path: `${path}.mentions[${j}].articleId`, message });
    });
    if (issues.length) {
      skipped.push({ path, issues });
      return;
    }
    events.push(event);
    eventIds.add(event.id);
  });

  return { dataset: { ...(value as unknown as Dataset), articles, events }, fatal: [], skipped };
}
