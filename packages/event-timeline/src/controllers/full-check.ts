/**
 * The full schema check, in a module of its own that the element loads by dynamic import: the
 * validator is 7 KB (minified) that a page need not load before its first render. Events drawn
 * before it arrives have had the quick check, and are checked in full when it does.
 */
export { validateEvent } from '@event-timeline/data/schema';
