import { IssueSink, type Schema, type ValidationIssue, type JsonSchema } from './define.js';
import { datasetSchema, timelineEventSchema, articleSchema, SCHEMA_VERSION, type Dataset, type TimelineEvent, type Article } from './event-schema.js';

/** The result of a validation: the value, typed, or the issues found. */
export type ValidationResult<T> =
  | { ok: true; value: T; issues: [] }
  | { ok: false; issues: ValidationIssue[]; /** Issues beyond the reporting limit, not listed. */ dropped: number };

/** Thrown by the `assert…` functions; its message lists the issues, one per line. */
export class ValidationError extends Error {
  constructor(
    readonly issues: ValidationIssue[],
    readonly dropped = 0,
    what = 'value',
  ) {
    super(
      `invalid ${what}:\n` +
        issues.map((i) => `  ${i.path}: ${i.message}`).join('\n') +
        (dropped ? `\n  … and ${dropped} more` : ''),
    );
    this.name = 'ValidationError';
  }
}

/** Formats an issue as `events[3].time.start: not an ISO 8601 date`. */
export const formatIssue = (issue: ValidationIssue): string => `${issue.path}: ${issue.message}`;

function run<T>(schema: Schema<T>, value: unknown, path: string, extra?: (value: T, sink: IssueSink) => void): ValidationResult<T> {
  const sink = new IssueSink();
  if (schema.check(value, path, sink) && extra) extra(value as T, sink);
  return sink.issues.length === 0 && sink.dropped === 0
    ? { ok: true, value: value as T, issues: [] }
    : { ok: false, issues: sink.issues, dropped: sink.dropped };
}

/**
 * Validates a whole dataset: the shape of every field, then the links between them
 * (unique ids, mentions pointing at listed articles). Datasets of schema version 1 and 2 are
 * both accepted (see `SCHEMA_VERSIONS`); `upgradeDataset` turns a version 1 dataset into a version 2 one.
 *
 * @example
 * const result = validateDataset(JSON.parse(text));
 * if (!result.ok) console.error(result.issues.map(formatIssue).join('\n'));
 */
export function validateDataset(value: unknown): ValidationResult<Dataset> {
  return run(datasetSchema, value, '', (dataset, sink) => {
    const articleIds = new Set<string>();
    dataset.articles.forEach((article, i) => {
      if (articleIds.has(article.id)) sink.add(`articles[${i}].id`, `duplicate article id ${JSON.stringify(article.id)}`);
      articleIds.add(article.id);
    });
    const eventIds = new Set<string>();
    dataset.events.forEach((event, i) => {
      if (eventIds.has(event.id)) sink.add(`events[${i}].id`, `duplicate event id ${JSON.stringify(event.id)}`);
      eventIds.add(event.id);
      event.mentions.forEach((mention, j) => {
        if (!articleIds.has(mention.articleId))
          sink.add(`events[${i}].mentions[${j}].articleId`, `${JSON.stringify(mention.articleId)} is not in articles`);
      });
    });
  });
}

/** Validates one event. */
export const validateEvent = (value: unknown, path = ''): ValidationResult<TimelineEvent> => run(timelineEventSchema, value, path);

/** Validates one article's metadata. */
export const validateArticle = (value: unknown, path = ''): ValidationResult<Article> => run(articleSchema, value, path);

/** Returns the dataset typed, or throws a `ValidationError` listing every issue. */
export function assertDataset(value: unknown): Dataset {
  const result = validateDataset(value);
  if (!result.ok) throw new ValidationError(result.issues, result.dropped, 'dataset');
  return result.value;
}

/** The JSON Schema (draft 2020-12) of a dataset file, as shipped in `@event-timeline/data/schema.json`. */
export function datasetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://event-timeline.dev/schema/dataset-${SCHEMA_VERSION}.json`,
    title: 'event-timeline dataset',
    description: 'Dated events extracted from news articles, each with the sentences it came from.',
    ...datasetSchema.json,
  };
}
