import { tagTimexes } from '../../timex/index.js';
import type { ArticleCtx, SentenceTimex, SplitDoc, TimedDoc } from '../types.js';

/** The text with everything outside the kept blocks blanked (newlines kept), so offsets stay those of the original. */
function maskFurniture(doc: SplitDoc): string {
  const text = doc.article.text;
  const parts: string[] = [];
  let pos = 0;
  const blank = (from: number, to: number) => parts.push(text.slice(from, to).replace(/[^\n]/g, ' '));
  for (const block of doc.blocks) {
    if (block.start > pos) blank(pos, block.start);
    parts.push(text.slice(block.start, block.end));
    pos = block.end;
  }
  if (pos < text.length) blank(pos, text.length);
  return parts.join('');
}

/**
 * Stage 03: tags the time expressions of the kept text with the temporal tagger, against the
 * publication date, and files each under the sentence it falls in. Furniture is blanked rather than
 * cut so the tagger sees the article's own order and every offset is one of the original text.
 */
export function tagTimes(doc: SplitDoc, ctx: ArticleCtx): TimedDoc {
  const timexes: SentenceTimex[] = [];
  const { sentences } = doc;
  let s = 0;
  for (const timex of tagTimexes(maskFurniture(doc), { dct: ctx.dct })) {
    while (s < sentences.length && sentences[s].end <= timex.start) s++;
    if (s >= sentences.length) break;
    if (timex.start >= sentences[s].start && timex.end <= sentences[s].end) timexes.push({ ...timex, sentence: s });
  }
  return { ...doc, timexes };
}
