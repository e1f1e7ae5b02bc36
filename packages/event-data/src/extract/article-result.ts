import { array, literals, number, object, oneOf, optional, string, type Infer } from '../schema/define.js';
import { IssueSink } from '../schema/define.js';
import { actorSchema, articleSchema, eventTimeSchema, mentionSchema } from '../schema/event-schema.js';
import { ACTOR_KINDS, EVENT_TYPES } from '../schema/vocabulary.js';
import { formatIssue } from '../schema/validate.js';

/**
 * What one article gives the merge: its metadata, the names it uses and its events, each with the
 * one mention that reports it. It is plain JSON, so per-article results can be written as NDJSON
 * shards (`event-data extract --no-merge`) and merged later, in any order and on any machine
 * (`event-data merge`), into the same dataset as one run over all the articles.
 */

const DATE_SOURCES = ['clause', 'sentence', 'previous-sentence', 'main-event', 'story', 'publication'] as const;

/** A name as one article uses it, and how often: the merge picks one spelling per person across articles. */
export const articleNameSchema = object({
  name: string({ minLength: 1 }),
  kind: oneOf(ACTOR_KINDS),
  role: optional(string()),
  mentions: number({ minimum: 1, integer: true, description: 'How many times the article names it.' }),
});

/** One event of one article, before merging. */
export const articleEventSchema = object({
  title: string({ minLength: 1 }),
  type: oneOf(EVENT_TYPES),
  lemma: string({ minLength: 1, description: 'Dictionary form of the trigger word: what happened, for merging.' }),
  lexical: literals([true, false], 'Whether the word itself names a happening (not only the verb of a dated clause).'),
  learned: optional(literals([true], 'Found by the event model alone, not by the trigger lexicon.')),
  time: eventTimeSchema,
  source: oneOf(DATE_SOURCES, 'How the date was found, from the most direct to the least.'),
  confidence: number({ minimum: 0, maximum: 1 }),
  main: literals([true, false], "Whether it is the article's main happening."),
  actors: array(actorSchema, { description: 'As the article names them; the merge makes names consistent across articles.' }),
  place: optional(string()),
  mention: mentionSchema,
});

/** A line of a shard: one article's result. */
export const articleResultSchema = object({
  article: articleSchema,
  names: array(articleNameSchema),
  events: array(articleEventSchema),
});

export type ArticleName = Infer<typeof articleNameSchema>;
export type ArticleEvent = Infer<typeof articleEventSchema>;
export type ArticleResult = Infer<typeof articleResultSchema>;

/** Why `value` is not an article result (the first few issues, with their paths), or undefined when it is one. */
export function articleResultProblem(value: unknown): string | undefined {
  const sink = new IssueSink(3);
  if (articleResultSchema.check(value, '', sink)) {
    const { article, events } = value as ArticleResult;
    const foreign = events.findIndex((e) => e.mention.articleId !== article.id);
    return foreign < 0 ? undefined : `events[${foreign}].mention.articleId: ${JSON.stringify(events[foreign].mention.articleId.slice(0, 40))} is not this article's id`;
  }
  return sink.issues.map(formatIssue).join('; ') + (sink.dropped ? ` … and ${sink.dropped} more` : '');
}
