import type { Timex } from '../timex/types.js';
import type { Actor, ActorKind, Article, EventTime, EventType } from '../schema/index.js';

/** One article to read: its text and the metadata that dates it. */
export interface ArticleInput {
  /** The article's id (a file's base name). */
  id: string;
  /** The article text, as published (the first non-empty headline-like line is its headline). */
  text: string;
  /** Publication date, ISO 8601 (`2017-04-12` or a date-time): the reference for relative dates. */
  published: string;
  /** The headline; taken from the text when missing. */
  title?: string;
  publisher?: string | null;
  url?: string | null;
  /** Keep `text` in the dataset's article entry (for text read out of a web page, which the user has no copy of). */
  keepText?: boolean;
}

/** Knobs of the extraction; every one has a default. */
export interface ExtractOptions {
  /** Events less sure than this are left out (0..1). Default 0.3. */
  minConfidence: number;
  /** Articles longer than this many UTF-16 code units are rejected with an error. Default 1,000,000. */
  maxChars: number;
}

/** The options used when none are given: events of confidence 0.3 and up, articles up to 1,000,000 characters. */
export const DEFAULT_OPTIONS: Readonly<ExtractOptions> = Object.freeze({ minConfidence: 0.3, maxChars: 1_000_000 });

/** What every per-article stage may read: the article's id, its publication date and the options. Immutable. */
export interface ArticleCtx {
  readonly articleId: string;
  /** The publication date as `YYYY-MM-DD` (UTC): the document creation time of the tagger. */
  readonly dct: string;
  readonly options: Readonly<ExtractOptions>;
}

/** A half-open range of UTF-16 offsets into the ORIGINAL article text. */
export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'headline' | 'paragraph' | 'heading';

/** A line of the article kept as content. */
export interface Block extends Span {
  kind: BlockKind;
}

/** A line left out as web furniture, with the reason (for debugging and tests). */
export interface DroppedBlock extends Span {
  reason: string;
}

/** Stage 01 output. */
export interface CleanDoc {
  article: ArticleInput;
  /** The headline (from metadata, else the first headline-like line). */
  title: string;
  blocks: Block[];
  dropped: DroppedBlock[];
}

export interface Token extends Span {
  text: string;
  lower: string;
}

export interface Sentence extends Span {
  index: number;
  /** `original.slice(start, end)`. */
  text: string;
  /** Index of the block (line) it belongs to. */
  block: number;
  kind: BlockKind;
  tokens: Token[];
}

/** Stage 02 output. */
export interface SplitDoc extends CleanDoc {
  sentences: Sentence[];
}

/** A tagger result with offsets into the original article and the sentence it falls in. */
export interface SentenceTimex extends Timex {
  sentence: number;
}

/** Stage 03 output. */
export interface TimedDoc extends SplitDoc {
  timexes: SentenceTimex[];
}

/**
 * How real the happening is, read from the words around the trigger: `realis` (it happened or is
 * happening), `future` (will, is set to, is expected to), `irrealis` (wants to, could, should),
 * `negated`.
 */
export type Mood = 'realis' | 'future' | 'irrealis' | 'negated';

/** A word that names a happening. */
export interface Trigger extends Span {
  sentence: number;
  /** Index of the trigger's first token in its sentence. */
  token: number;
  text: string;
  /** Dictionary form: `meet` for "met", `talks` for "talks". */
  lemma: string;
  type: EventType;
  pos: 'verb' | 'noun';
  mood: Mood;
  /** A verb that reports speech (say, add, tell, announce): an event only when dated in its own clause. */
  reporting: boolean;
  /** The clause around the trigger (offsets into the article). */
  clause: Span;
  /** When the clause continues one interrupted by an aside ("Biden, who spoke on Sunday, welcomed …"): that clause. */
  resumes?: Span;
  /** For nouns: the determiner or possessive before it (`the`, `their`, `a`), lower-case, or ''. */
  determiner: string;
  /** For nouns: capitalised or proper modifiers that name a specific happening ("G7" in "the G7 meeting"). */
  namedModifier: boolean;
  /** Whether the trigger stands inside quotation marks. */
  quoted: boolean;
  /** For verbs: passive voice (was approved). */
  passive: boolean;
  /** For verbs: past perfect ("had assaulted"), which places the happening before the time of its clause. */
  perfect?: boolean;
  /**
   * Whether the word itself names a happening (a trigger of the lexicon, or a word the event model
   * learned from the TimeML corpus reads as one), as opposed to the verb of a dated clause taken for
   * want of a better word.
   */
  lexical: boolean;
  /** Found by the event model alone, not named by the trigger lexicon: it yields to a lexicon trigger sharing its date. */
  learned?: boolean;
}

/** Stage 04 output. */
export interface TriggerDoc extends TimedDoc {
  triggers: Trigger[];
}

/** An entity of one article: a person, organisation, country or group, under its canonical name. */
export interface Entity {
  name: string;
  kind: ActorKind;
  role?: string;
  /** Lower-case words that refer to it alone (surnames, acronyms, role heads). */
  aliases: string[];
}

export interface ActorMention extends Span {
  sentence: number;
  text: string;
  /** Index into the document's `entities`. */
  entity: number;
}

export interface PlaceMention extends Span {
  sentence: number;
  text: string;
  /** Canonical place name. */
  name: string;
  /** A city or region, or a whole country. */
  kind: 'city' | 'country';
  /** The preposition before it ("in", "to", "at"), if any. */
  preposition?: string;
}

/** Stage 05 output. */
export interface ActorDoc extends TriggerDoc {
  entities: Entity[];
  actorMentions: ActorMention[];
  places: PlaceMention[];
}

/** How a candidate event got its date, from the most to the least direct. */
/**
 * How a candidate event got its date, from the most to the least direct; `story` is the time the story
 * is told in at that point (the last dated happening before it, or the main happening's date).
 */
export type DateSource = 'clause' | 'sentence' | 'previous-sentence' | 'main-event' | 'story' | 'publication';

/** A trigger with its date, actors and place: an event of one article. */
export interface DatedEvent {
  articleId: string;
  trigger: Trigger;
  sentence: Sentence;
  time: EventTime;
  /** The date expression that dated it, offsets into the article. */
  timex?: SentenceTimex;
  source: DateSource;
  actors: Actor[];
  place?: string;
  confidence: number;
  /** Whether it reports the article's main happening (the headline or lead event). */
  main: boolean;
  /** Other triggers of the same sentence folded into this event (e.g. "announced" into "banned"). */
  absorbed: Trigger[];
}

/** Stage 06 output. */
export interface DatedDoc extends ActorDoc {
  events: DatedEvent[];
}

export interface TitledEvent extends DatedEvent {
  title: string;
}

/** Stage 07 output. */
export interface TitledDoc extends DatedDoc {
  events: TitledEvent[];
}

/** An article that could not be read, and why. */
export interface ArticleFailure {
  articleId: string;
  reason: string;
}

/** Thrown by a stage for an article it cannot read (binary, not English, too large …). */
export class ArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** The whole run: each stage maps it to the next. */
export interface Corpus<D> {
  docs: D[];
  failures: ArticleFailure[];
}

/** What the corpus-level stages read: the options. Immutable. */
export interface RunCtx {
  readonly options: Readonly<ExtractOptions>;
  /** Told after each article of each per-article stage (the CLI draws a progress line from it). */
  readonly progress?: (stage: string, done: number, total: number) => void;
}

export type { Article, EventType };
