import type { TimelineItem } from '../model/types.js';
import { dateNames } from '../i18n/registry.js';
import { formatSpan } from './format.js';

const MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];

/** A TIMEX3 modifier in the words of `locale` (see DateNames.mods). */
function modWord(mod: string, locale: string): string | undefined {
  const i = MODS.indexOf(mod.replace('ON_OR_', ''));
  return i < 0 ? undefined : dateNames(locale).mods[i];
}

/** A short normalised date: "late October 2017", "12 April 2017", "Q3 2017". */
export function describeDate(item: TimelineItem, locale: string): string {
  const span = formatSpan(item.start, item.end, item.granularity, locale);
  const word = item.mod ? modWord(item.mod, locale) : undefined;
  return word ? (word.endsWith('-') ? word + span : `${word} ${span}`) : span;
}
