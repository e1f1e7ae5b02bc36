/** `--errors N`: the tagger's mistakes on development documents, with context, to guide rule work. */
import type { CorpusDocument } from './corpus.js';
import { alignDocument, type ScoredSpan } from './score.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** `…left [expression] right…` around a span, on one line. */
function inContext(text: string, span: ScoredSpan, width = 40): string {
  const left = oneLine(text.slice(Math.max(0, span.start - width), span.start));
  const right = oneLine(text.slice(span.end, span.end + width));
  return `…${left}[${oneLine(text.slice(span.start, span.end))}]${right}…`;
}

const describe = (s: ScoredSpan) => `${s.type} ${s.value}`;

/** Prints up to `limit` missed, spurious, mis-bounded and wrongly normalised expressions of each kind. */
export function printErrors(docs: readonly CorpusDocument[], tagger: (text: string, dct: string) => ScoredSpan[], limit: number): void {
  const kinds = {
    'false negatives (gold, not found)': [] as string[],
    'false positives (found, not gold)': [] as string[],
    'extent differs (relaxed match, not strict)': [] as string[],
    'wrong type': [] as string[],
    'wrong value': [] as string[],
  };
  for (const doc of docs) {
    const where = `${doc.path} (DCT ${doc.dct})`;
    const { missed, spurious, pairs } = alignDocument(doc.gold, tagger(doc.text, doc.dct));
    for (const g of missed) kinds['false negatives (gold, not found)'].push(`${where}  gold ${describe(g)}  ${inContext(doc.text, g)}`);
    for (const s of spurious) kinds['false positives (found, not gold)'].push(`${where}  ours ${describe(s)}  ${inContext(doc.text, s)}`);
    for (const { gold, system, strict } of pairs) {
      if (!strict) {
        kinds['extent differs (relaxed match, not strict)'].push(
          `${where}  gold ${JSON.stringify(doc.text.slice(gold.start, gold.end))}  ours ${JSON.stringify(doc.text.slice(system.start, system.end))}  ${inContext(doc.text, gold)}`,
        );
      }
      if (gold.type !== system.type) kinds['wrong type'].push(`${where}  gold ${gold.type}  ours ${system.type}  ${inContext(doc.text, gold)}`);
      if (gold.value !== system.value) {
        kinds['wrong value'].push(`${where}  gold ${JSON.stringify(gold.value)}  ours ${JSON.stringify(system.value)}  ${inContext(doc.text, gold)}`);
      }
    }
  }
  for (const [kind, lines] of Object.entries(kinds)) {
    console.log(`\n${kind}: ${lines.length}${lines.length > limit ? `, first ${limit}` : ''}`);
    for (const line of lines.slice(0, limit)) console.log(`  ${line}`);
  }
}
