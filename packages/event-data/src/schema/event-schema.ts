import { array, nullable, number, object, oneOf, optional, string, literals, type Infer, type Schema } from './define.js';
import { parseIsoDate } from './iso-date.js';
import { ACTOR_KINDS, ANCHORS, EVENT_TYPES, GRANULARITIES, TIMEX_MODS } from './vocabulary.js';

/** The dataset format version this package writes. */
export const SCHEMA_VERSION = 2;

/**
 * The versions it reads. Version 2 only added to version 1 (the event types accident, death,
 * business and launch, and mentions' `trigger`), so every valid version 1 dataset is valid under
 * the version 2 rules, and both are checked by them; `upgradeDataset` relabels one as version 2.
 */
export const SCHEMA_VERSIONS = [1, SCHEMA_VERSION] as const;

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

// One parse per value: the element validates 100,000 events in the browser, and the JSON Schema's
// pattern is only a first filter for other tools (it lets through dates like 2017-02-30).
const isoDateField = (description: string): Schema<string> => ({
  json: { type: 'string', description, pattern: ISO_PATTERN.source, format: 'date-time' },
  check: (value, path, issues) =>
    typeof value !== 'string'
      ? issues.add(path, `expected a string, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`)
      : parseIsoDate(value) === undefined
        ? issues.add(path, `not an ISO 8601 date: ${JSON.stringify(value.slice(0, 40))}`)
        : true,
});

const offset = (description: string) => number({ minimum: 0, integer: true, description });

/** A news article the events were read from. */
export const articleSchema = object({
  id: string({ minLength: 1, maxLength: 200, description: "The article's id: the source file's base name, e.g. 001_7c33a6ff5fb8c658." }),
  title: string({ description: 'The headline.' }),
  published: isoDateField('Publication date (ISO 8601 date or date-time): the reference date for relative expressions.'),
  publisher: optional(nullable(string({ description: 'Who published it.' }))),
  url: optional(nullable(string({ description: 'Where it was published.' }))),
  text: optional(
    string({
      description:
        "The article's plain text, kept when it was read out of a web page (the reader has no other copy of it): mentions' offsets point into it, so their sentences can be shown in context.",
    }),
  ),
});

/** When an event happened, as TIMEX3 and as a half-open interval [start, end). */
export const eventTimeSchema = object(
  {
    value: string({
      minLength: 1,
      maxLength: 64,
      pattern: /^[0-9A-Z_:.+\-]+$/,
      description: 'TIMEX3 value: 2017-04-12, 2017-10, 2017-W43, 2015, 2017-09-17TNI, 2017-Q3, PRESENT_REF …',
    }),
    start: isoDateField('Inclusive start (ISO 8601 date or date-time, UTC when no offset is given).'),
    end: isoDateField('Exclusive end (ISO 8601 date or date-time).'),
    granularity: oneOf(GRANULARITIES, 'How precise the date is.'),
    mod: optional(oneOf(TIMEX_MODS, 'TIMEX3 modifier: START (early …), MID, END (late …), APPROX (about …), BEFORE, AFTER …')),
    text: optional(string({ description: 'The date expression as written.' })),
    anchor: oneOf(ANCHORS, 'How it was dated: explicit in the text, relative to another date, or the publication date.'),
  },
  {
    refine: (time) =>
      parseIsoDate(time.end)! <= parseIsoDate(time.start)! ? [['end', `must be after start (${time.start}), got ${time.end}`]] : [],
  },
);

export const actorSchema = object({
  name: string({ minLength: 1, description: 'Canonical name: "Sergey Lavrov" for "Sergei Lavrov" and "Mr. Lavrov".' }),
  kind: oneOf(ACTOR_KINDS),
  role: optional(string({ description: 'Title or role, e.g. "Russian Foreign Minister".' })),
});

/** Where a phrase of the sentence sits in the article: its text and its offsets. */
const phrase = (what: string) =>
  object({
    text: string(),
    start: offset(`Offset of the ${what} in the article text (UTF-16 code units).`),
    end: offset(`Exclusive end offset of the ${what}.`),
  });

/** The date expression of a mention. */
export const mentionTimexSchema = phrase('date expression');

/** The word or words of a mention that name the happening ("met", "talks", "derailed"). */
export const mentionTriggerSchema = phrase('trigger word');

/** One place in one article that reports the event. */
export const mentionSchema = object(
  {
    articleId: string({ minLength: 1 }),
    sentence: string({ description: 'The sentence, as written.' }),
    start: offset('Offset of the sentence in the article text (UTF-16 code units).'),
    end: offset('Exclusive end offset of the sentence.'),
    timex: optional(mentionTimexSchema),
    trigger: optional(mentionTriggerSchema),
  },
  { refine: (m) => (m.end < m.start ? [['end', `must not be before start (${m.start}), got ${m.end}`]] : []) },
);

/** A dated happening: who did what, when, where, and where it was read. */
export const timelineEventSchema = object({
  id: string({ minLength: 1, description: 'Stable across runs for the same input.' }),
  title: string({ minLength: 1, description: 'Short human title: "Tillerson and Lavrov meet in Moscow".' }),
  type: oneOf(EVENT_TYPES, 'What kind of happening (see the package README for the CAMEO mapping).'),
  time: eventTimeSchema,
  actors: array(actorSchema),
  place: optional(string({ description: 'Where it happened.' })),
  mentions: array(mentionSchema, { minItems: 1 }),
  confidence: number({ minimum: 0, maximum: 1, description: 'How sure the extraction is, 0..1.' }),
  alternatives: optional(
    array(
      object({
        time: eventTimeSchema,
        articleId: string({ minLength: 1 }),
      }),
      { description: 'Other dates that some reports give for the same happening.' },
    ),
  ),
});

/** A dataset file: `{ schemaVersion: 2, articles, events }` (or 1, which is read too). */
export const datasetSchema = object({
  schemaVersion: literals(SCHEMA_VERSIONS, 'The format version: 2 is written, 1 (without the types accident, death, business, launch and without mention triggers) is still read.'),
  articles: array(articleSchema),
  events: array(timelineEventSchema),
});

export type Article = Infer<typeof articleSchema>;
export type EventTime = Infer<typeof eventTimeSchema>;
export type Actor = Infer<typeof actorSchema>;
export type Mention = Infer<typeof mentionSchema>;
export type TimelineEvent = Infer<typeof timelineEventSchema>;
export type Dataset = Infer<typeof datasetSchema>;
