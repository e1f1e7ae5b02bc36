import type { TimelineItem } from '../model/types.js';
import { formatSpan } from './format.js';

// TIMEX3 modifiers in words, for the built-in locales; other locales read English.
const MOD_WORDS: Record<string, string[]> = {
  //  START, MID, END, APPROX, BEFORE, AFTER
  en: ['early', 'mid', 'late', 'about', 'before', 'after'],
  de: ['Anfang', 'Mitte', 'Ende', 'etwa', 'vor', 'nach'],
  fr: ['début', 'mi-', 'fin', 'vers', 'avant', 'après'],
  es: ['principios de', 'mediados de', 'finales de', 'hacia', 'antes de', 'después de'],
  ru: ['начало', 'середина', 'конец', 'около', 'до', 'после'],
};
const MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];

function modWord(mod: string, locale: string): string | undefined {
  const words = MOD_WORDS[locale.slice(0, 2).toLowerCase()] ?? MOD_WORDS.en;
  const i = MODS.indexOf(mod.replace('ON_OR_', ''));
  return i < 0 ? undefined : words[i];
}

/** A short normalised date: "late October 2017", "12 April 2017", "Q3 2017". */
export function describeDate(item: TimelineItem, locale: string): string {
  const span = formatSpan(item.start, item.end, item.granularity, locale);
  const word = item.mod ? modWord(item.mod, locale) : undefined;
  return word ? (word.endsWith('-') ? word + span : `${word} ${span}`) : span;
}
