/**
 * TimeML event recognition on the TempEval-3 training corpus: which words name events, scored
 * against the gold EVENT extents of the development and held-out parts (bench/timex's split).
 * The predictor is the package's `recognizeEvents(text)` when it exports one, else the pipeline's
 * trigger finder (stages 01-04) as the baseline.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as eventData from '../../packages/event-data/src/index.js';
import type { ArticleCtx } from '../../packages/event-data/src/index.js';
import { loadCorpus, type Corpus } from '../timex/corpus.js';
import { addCounts, alignDocument, emptyCounts, type Counts } from '../timex/score.js';
import { readTimemlEvents, type GoldEvent } from './timeml-events.js';

/** A predicted event word: its extent in the text, and its TimeML class when the predictor gives one. */
export interface PredictedEvent {
  start: number;
  end: number;
  class?: string;
}

export interface Predictor {
  name: string;
  /** Whether its predictions carry TimeML classes (class accuracy is reported only then). */
  classes: boolean;
  predict(text: string, dct: string): PredictedEvent[];
}

type RecognizeEvents = (text: string) => Array<{ start: number; end: number; text: string; class: string }>;

/** The trigger finder as an event recogniser: stages cleanText, splitSentences, tagTimes, findTriggers on the text. */
function triggerSpans(text: string, dct: string): PredictedEvent[] {
  const ctx: ArticleCtx = Object.freeze({ articleId: 'timeml', dct: dct.slice(0, 10), options: eventData.DEFAULT_OPTIONS });
  try {
    const doc = eventData.findTriggers(eventData.tagTimes(eventData.splitSentences(eventData.cleanText({ id: 'timeml', text, published: dct }, ctx), ctx), ctx), ctx);
    return doc.triggers.map((t) => ({ start: t.start, end: t.end }));
  } catch (error) {
    if (error instanceof eventData.ArticleError) return []; // an article the pipeline rejects yields no events
    throw error;
  }
}

/** `recognizeEvents` when the package exports it (checked at run time: it is being added), else the trigger finder. */
export function choosePredictor(module: object = eventData): Predictor {
  if ('recognizeEvents' in module && typeof module.recognizeEvents === 'function') {
    const recognize = module.recognizeEvents as RecognizeEvents;
    return { name: 'recognizeEvents', classes: true, predict: (text) => recognize(text).map((e) => ({ start: e.start, end: e.end, class: e.class })) };
  }
  return { name: 'trigger finder (stages 01-04, baseline)', classes: false, predict: triggerSpans };
}

export interface RecognitionScore {
  documents: number;
  gold: number;
  predicted: number;
  /** Gold and predicted extents that overlap, one to one. */
  matched: number;
  /** Identical extents. */
  exact: number;
  precision: number;
  recall: number;
  f1: number;
  exactF1: number;
  /** Share of matched events whose class is the gold class; undefined when the predictor gives no classes. */
  classAccuracy: number | undefined;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => ratio(2 * p * r, p + r);

/** Scores a predictor on documents with gold events (overlap matching, one to one, as bench/timex's relaxed match). */
export function scoreRecognition(docs: readonly { text: string; dct: string; events: readonly GoldEvent[] }[], predictor: Predictor): RecognitionScore {
  let counts: Counts = emptyCounts();
  for (const doc of docs) {
    const gold = doc.events.map((e) => ({ start: e.start, end: e.end, type: e.class, value: '' }));
    const system = predictor.predict(doc.text, doc.dct).map((e) => ({ start: e.start, end: e.end, type: e.class ?? '', value: '' }));
    counts = addCounts(counts, alignDocument(gold, system).counts);
  }
  const precision = ratio(counts.relaxed, counts.system);
  const recall = ratio(counts.relaxed, counts.gold);
  return {
    documents: docs.length,
    gold: counts.gold,
    predicted: counts.system,
    matched: counts.relaxed,
    exact: counts.strict,
    precision,
    recall,
    f1: f1(precision, recall),
    exactF1: f1(ratio(counts.strict, counts.system), ratio(counts.strict, counts.gold)),
    classAccuracy: predictor.classes ? ratio(counts.typeCorrect, counts.relaxed) : undefined,
  };
}

export interface EventCorpus {
  dir: string;
  development: { path: string; text: string; dct: string; events: GoldEvent[] }[];
  heldOut: { path: string; text: string; dct: string; events: GoldEvent[] }[];
}

/** The TempEval-3 corpus with bench/timex's split, each document with its gold EVENTs. */
export async function loadEventCorpus(corpus?: Corpus): Promise<EventCorpus> {
  const { dir, development, heldOut } = corpus ?? (await loadCorpus());
  const withEvents = (docs: Corpus['development']) =>
    Promise.all(
      docs.map(async (doc) => {
        const { text, events } = readTimemlEvents(await readFile(join(dir, doc.path), 'utf8'));
        if (text !== doc.text) throw new Error(`${doc.path}: the text read for events differs from the corpus reader's`);
        return { path: doc.path, text, dct: doc.dct, events };
      }),
    );
  return { dir, development: await withEvents(development), heldOut: await withEvents(heldOut) };
}
