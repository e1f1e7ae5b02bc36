import type { ArticleEvent, ArticleName, ArticleResult } from '../article-result.js';
import { nameKey } from '../actors/gazetteer.js';
import { orgCore } from '../actors/name-kinds.js';
import { mergeArticles, type MergeResult } from '../merge/merge-articles.js';
import type { Article, Mention } from '../../schema/index.js';
import type { Corpus, RunCtx, TitledDoc, TitledEvent } from '../types.js';

export type { MergeResult };

/** The mention of an event: its sentence, its date expression when inside it, and its trigger word. */
function mentionOf(articleId: string, event: TitledEvent): Mention {
  const mention: Mention = { articleId, sentence: event.sentence.text, start: event.sentence.start, end: event.sentence.end };
  if (event.timex && event.timex.start >= event.sentence.start && event.timex.end <= event.sentence.end)
    mention.timex = { text: event.timex.text, start: event.timex.start, end: event.timex.end };
  mention.trigger = { text: event.trigger.text, start: event.trigger.start, end: event.trigger.end };
  return mention;
}

/**
 * What one article gives stage 08: its metadata, the names it uses with how often, and its events
 * with their mentions. Plain JSON, the same whatever else is in the batch.
 */
export function articleResultOf(doc: TitledDoc): ArticleResult {
  const { article: input } = doc;
  const article: Article = { id: input.id, title: doc.title, published: input.published };
  if (input.publisher != null) article.publisher = input.publisher;
  if (input.url != null) article.url = input.url;
  if (input.keepText === true) article.text = input.text;
  const mentionsOf = new Map<number, number>();
  for (const m of doc.actorMentions) mentionsOf.set(m.entity, (mentionsOf.get(m.entity) ?? 0) + 1);
  const names: ArticleName[] = doc.entities.map((e, i) => {
    const name: ArticleName = { name: e.name, kind: e.kind, mentions: mentionsOf.get(i) ?? 1 };
    if (e.role) name.role = e.role;
    return name;
  });
  // The short forms the article calls its organisations by ("Apple" for "Apple Computer"), as names of their
  // own: the merge takes them as evidence of which long names outlets use for one company (see NameBook).
  const shortForms = new Map<string, number>();
  for (const m of doc.actorMentions) {
    const e = doc.entities[m.entity];
    if (e.kind !== 'organization' || m.text.includes(' ') || !e.name.includes(' ')) continue;
    const key = nameKey(m.text);
    if (key !== nameKey(e.name) && key === nameKey(orgCore(e.name))) shortForms.set(m.text, (shortForms.get(m.text) ?? 0) + 1);
  }
  for (const [text, mentions] of shortForms) if (!names.some((n) => n.kind === 'organization' && nameKey(n.name) === nameKey(text))) names.push({ name: text, kind: 'organization', mentions });
  const events = doc.events.map((e): ArticleEvent => {
    const event: ArticleEvent = {
      title: e.title,
      type: e.trigger.type,
      lemma: e.trigger.lemma,
      lexical: e.trigger.lexical,
      time: e.time,
      source: e.source,
      confidence: e.confidence,
      main: e.main,
      actors: e.actors,
      mention: mentionOf(input.id, e),
    };
    if (e.trigger.learned) event.learned = true;
    if (e.place) event.place = e.place;
    return event;
  });
  return { article, names, events };
}

/** Stage 08 over titled documents in memory (see `mergeArticles`, which merges per-article results from anywhere). */
export function mergeEvents(corpus: Corpus<TitledDoc>, _ctx?: RunCtx): MergeResult {
  return mergeArticles(
    corpus.docs.map((doc) => articleResultOf(doc)),
    corpus.failures,
  );
}
