/**
 * @event-timeline/data: the event schema and its validator, the temporal tagger and the
 * extraction pipeline. Nothing here touches Node APIs; the CLI lives in ./cli/.
 */
export * from './schema/index.js';
export * from './timex/index.js';
export * from './extract/index.js';
export * from './timeml/index.js';
// Both the schema and the tagger name the same union of precisions; the schema's is the public one.
export type { Granularity } from './schema/index.js';
export * from './export/index.js';
export * from './input/language.js';
