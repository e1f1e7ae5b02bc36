export * from './vocabulary.js';
export * from './event-schema.js';
export * from './validate.js';
export * from './upgrade.js';
export { parseIsoDate, isIsoDate, formatIsoDay, formatIsoDateTime } from './iso-date.js';
export type { ValidationIssue, JsonSchema } from './define.js';
