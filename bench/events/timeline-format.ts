/**
 * The SemEval-2015 Task 4 timeline file format (../shared/semeval15-trial/README.md, "Gold timeline
 * format"): a first line naming the entity, then one event a line, `ORDER	DATE	MENTION[	MENTION…]`,
 * each mention `DOCID-SENTENCE-WORD`. The same reader serves the gold files and the files this
 * benchmark writes, so both sides are scored from what a file says.
 */

/** One mention id, `DOCID-SENTENCE-WORD`, split into its parts; `id` is the string as written. */
export interface MentionId {
  id: string;
  doc: string;
  sentence: number;
  /** The event word(s) as tokenised in the source, several tokens joined by `_`. */
  word: string;
}

/** One line of a timeline: an event at a position, with its date string and mentions. */
export interface TimelineLine {
  /** Position from 1; equal positions are simultaneous; 0 = not placed in time. */
  position: number;
  /** As written: `2008`, `2008-06`, `2008-06-09`, `2008-03-XX`, `XXXX-XX-XX` … */
  date: string;
  mentions: MentionId[];
}

export interface Timeline {
  entity: string;
  lines: TimelineLine[];
}

/** Splits `DOCID-SENTENCE-WORD` on its first two hyphens (the word may hold more: `pre-orders`). */
export function parseMentionId(id: string): MentionId {
  const match = /^([^-]+)-(\d+)-(.+)$/.exec(id);
  if (!match) throw new Error(`not a DOCID-SENTENCE-WORD mention id: ${JSON.stringify(id)}`);
  return { id, doc: match[1], sentence: Number(match[2]), word: match[3] };
}

/** Reads a timeline file. Throws on a line that is not `ORDER<TAB>DATE<TAB>MENTION…`. */
export function parseTimeline(text: string): Timeline {
  const [first = '', ...rest] = text.split(/\r?\n/);
  const lines = rest
    .filter((line) => line.trim() !== '')
    .map((line, i): TimelineLine => {
      const [position, date, ...mentions] = line.split('\t').map((field) => field.trim());
      if (!/^\d+$/.test(position ?? '') || !date || mentions.length === 0) throw new Error(`timeline line ${i + 2} is not ORDER<TAB>DATE<TAB>MENTION…: ${JSON.stringify(line)}`);
      return { position: Number(position), date, mentions: mentions.map(parseMentionId) };
    });
  return { entity: first.trim(), lines };
}

/** Writes a timeline in the gold's form (first line the entity; lines in the order given). */
export function formatTimeline(timeline: Timeline): string {
  const lines = timeline.lines.map((line) => [String(line.position), line.date, ...line.mentions.map((m) => m.id)].join('\t'));
  return `${[timeline.entity, ...lines].join('\n')}\n`;
}

/** The file name of an entity's timeline: lower case, spaces as `_` (`iTunes store` → `itunes_store.txt`). */
export function timelineFileName(entity: string): string {
  return `${entity.toLowerCase().replace(/ /g, '_')}.txt`;
}
