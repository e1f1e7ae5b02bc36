/** TIMEX3 types (TimeML 1.2.1). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression found in a text, with its TIMEX3 normalisation. */
export interface Timex {
  /** Offset of the first character (UTF-16 code units): `text.slice(start, end) === this.text`. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** The expression as written. */
  text: string;
  type: TimexType;
  /**
   * TIMEX3 value: `2017-04-12`, `2017-W15`, `2017-10`, `2017-SU`, `2017-Q3`, `199`, `0070`, `PAST_REF`, `P2Y`,
   * `XXXX-WXX-2`, `2017-04-12T09:30Z`, `2017-04-12T17:00-05:00` …
   */
  value: string;
  /** TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, `LESS_THAN`, `MORE_THAN` … */
  mod?: string;
  /** For SET: how many in each period (`EVERY`, `EACH`) … */
  quant?: string;
  /** For SET: how often (`2X`). */
  freq?: string;
  /**
   * How the value was found: written out in full (`explicit`), computed from the document
   * creation time (`dct`), or from another expression in the text (`context`).
   */
  anchor: 'explicit' | 'dct' | 'context';
}

export interface TagOptions {
  /** Document creation time (the article's publication date): `YYYY-MM-DD` or an ISO date-time. */
  dct: string;
}
