import { BOILERPLATE, ENGLISH_FUNCTION_WORDS, TAIL_MARKERS } from '../boilerplate.js';
import { countWords } from '../language/tokens.js';
import { detectLanguage } from '../../input/language.js';

// One pass over a line instead of one per pattern; the single patterns only name the reason.
// Case-insensitive Unicode matching is slow in V8, so the few /u patterns run on their own.
const ANY_PLAIN = new RegExp(BOILERPLATE.filter((re) => !re.unicode).map((re) => `(?:${re.source})`).join('|'), 'i');
const UNICODE = BOILERPLATE.filter((re) => re.unicode);
const isBoilerplate = (line: string): boolean => ANY_PLAIN.test(line) || UNICODE.some((re) => re.test(line));
import { ArticleError, type ArticleCtx, type ArticleInput, type Block, type CleanDoc, type DroppedBlock } from '../types.js';

const TERMINAL = /[.!?…"”’»)\]:]$/u;
const HTML_TAG = /<\/?(p|div|span|a|br|html|body|head|script|style|h[1-6]|li|ul|ol|img|meta|table|tr|td|article|section|strong|em|b|i)\b[^>]*>/gi;
const CONTROL = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

const normalise = (text: string): string => text.toLowerCase();

/** Rejects what is not an English plain-text article, with a reason a user can act on. */
function checkReadable(text: string, ctx: ArticleCtx): void {
  if (!text.trim()) throw new ArticleError('the article text is empty');
  if (text.length > ctx.options.maxChars)
    throw new ArticleError(`the article is too large (${text.length.toLocaleString('en')} characters; the limit is ${ctx.options.maxChars.toLocaleString('en')})`);
  const sample = text.slice(0, 20_000);
  const control = sample.match(CONTROL)?.length ?? 0;
  if (control > Math.max(3, sample.length * 0.01)) throw new ArticleError('the text looks like binary data, not an article');
  const tags = sample.match(HTML_TAG)?.length ?? 0;
  if (tags >= 3) throw new ArticleError(`the text looks like HTML (${tags} tags such as <p> or <div> in the first 20,000 characters); convert it to plain text first`);
  const words = sample.slice(0, 4000).toLowerCase().split(/[^a-z\u00c0-\uffff]+/).filter(Boolean);
  if (words.length < 20) return;
  // The language is judged on the body, paragraph by paragraph weighted by length (eld), so one English
  // quote does not make a Russian article English; a text with almost no English function words is not
  // English either, whatever a detector makes of it.
  const found = detectLanguage(text);
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  const foreign = found.language !== 'und' && found.language !== 'en';
  if (english < 0.06 || (foreign && found.confidence >= 0.6)) {
    const which = foreign ? `in ${found.name ?? 'another language'} (${found.language})` : `not in English (${Math.round(100 * english)}% English function words)`;
    throw new ArticleError(`the article is ${which}; only English articles are supported`);
  }
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/** The non-blank lines of the text, trimmed, with offsets. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return out;
}

const looksLikeHeadline = (line: Line): boolean => countWords(line.text) >= 2 && /\p{L}{2}/u.test(line.text);

/** Words from which a first line that ends with a full stop is a sentence of the body, not a headline. */
const SENTENCE_WORDS = 15;

/**
 * Whether the first line of a text is already its body: a long sentence ending with a full stop
 * ("Australian flag carrier Qantas on Thursday agreed to an 11-billion-dollar takeover bid …."), as in
 * text pasted without its headline, a feed's summary or a TimeML document. Headlines are short and
 * rarely end with a full stop; read as one, such a sentence kept its past tense in titles and lost
 * the dating rules of the body.
 */
const startsWithBody = (line: Line): boolean => /[.…]["”’»)]?$/u.test(line.text) && countWords(line.text) >= SENTENCE_WORDS;

/**
 * Stage 01: finds the headline and the lines of the article body, and sets aside web furniture
 * (fund-raising appeals, disclaimers, comment widgets, credits, related-article headlines after
 * the body, duplicated lines) using the shape and position of lines and boilerplate phrasing.
 * Nothing is rewritten: blocks are offsets into the original text.
 */
export function cleanText(article: ArticleInput, ctx: ArticleCtx): CleanDoc {
  checkReadable(article.text, ctx);
  const all = lines(article.text);
  const blocks: Block[] = [];
  const dropped: DroppedBlock[] = [];
  const drop = (line: Line, reason: string) => dropped.push({ start: line.start, end: line.end, reason });

  const headlineIndex = all.findIndex(looksLikeHeadline);
  if (headlineIndex < 0) throw new ArticleError('no line of the text reads as a headline or a sentence');

  // The tail: from the first comment-section marker in the second half of the text, everything goes.
  let tail = all.length;
  for (let i = headlineIndex + 1; i < all.length; i++) {
    if (all[i].start > article.text.length * 0.4 && all[i].text.length < 60 && TAIL_MARKERS.some((re) => re.test(all[i].text))) {
      tail = i;
      break;
    }
  }
  // Related-article headlines after the body: trailing lines without sentence punctuation.
  let lastBody = tail - 1;
  while (lastBody > headlineIndex && !TERMINAL.test(all[lastBody].text)) lastBody--;

  const seen = new Set<string>();
  all.forEach((line, i) => {
    const words = countWords(line.text);
    if (i < headlineIndex) return drop(line, 'furniture before the headline');
    if (i >= tail) return drop(line, 'comment or related-content section');
    if (i > lastBody && i !== headlineIndex) return drop(line, 'headline-like line after the body (related content)');
    if (words === 0) return drop(line, 'no words');
    // Furniture lines are short; a long paragraph is never one (and need not be scanned).
    const phrase = line.text.length <= 400 && isBoilerplate(line.text) ? BOILERPLATE.find((re) => re.test(line.text)) : undefined;
    if (phrase) return drop(line, `boilerplate phrasing (${phrase.source.slice(0, 40)}…)`);
    const key = normalise(line.text);
    if (seen.has(key)) return drop(line, 'repeats an earlier line');
    seen.add(key);
    if (i === headlineIndex && !startsWithBody(line)) return blocks.push({ start: line.start, end: line.end, kind: 'headline' });
    if (!TERMINAL.test(line.text) && words <= 2) return drop(line, 'stray label');
    if (!TERMINAL.test(line.text) && words < 8) return blocks.push({ start: line.start, end: line.end, kind: 'heading' });
    blocks.push({ start: line.start, end: line.end, kind: 'paragraph' });
  });

  const title = article.title?.trim() || all[headlineIndex].text;
  return { article, title, blocks, dropped };
}
