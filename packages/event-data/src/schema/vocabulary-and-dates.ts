/**
 * The schema's closed vocabularies and its ISO date helpers, without the validators: the
 * `@event-timeline/data/vocabulary` export, for code that reads events before (or without)
 * checking them, such as the timeline component, which loads the validators later.
 */
export * from './vocabulary.js';
export { parseIsoDate, isIsoDate, formatIsoDay, formatIsoDateTime } from './iso-date.js';
