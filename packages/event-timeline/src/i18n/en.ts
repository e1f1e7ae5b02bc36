import type { DetailWords } from '../render/detail-panel.js';

/** The English words of the detail panel. */
export const enDetail: DetailWords = {
  written: 'As written',
  date: 'Date',
  actors: 'Actors',
  place: 'Place',
  sources: 'Sources',
  close: 'Close details',
  articles: (n, confidence) => `${n === 1 ? '1 article' : `${n} articles`} · confidence ${confidence}%`,
  precision: (g) => (g === 'part-of-day' ? 'part of a day' : g),
  list: (items) => items.join(', '),
};
