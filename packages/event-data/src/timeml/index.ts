/**
 * TimeML in and out: read a TempEval-3 style document (DCT, plain TEXT, existing TIMEX3 annotations)
 * and write it back with a tagger's TIMEX3 tags inserted, every other character unchanged.
 */
export { parseTimeml, STRIPPED_TAGS } from './read-timeml.js';
export type { TimemlDocument, TimemlTimex, TimemlEvent, KeptElement } from './read-timeml.js';
export { writeTimeml, timex3StartTag } from './write-timeml.js';
export type { WrittenTimeml, SkippedTimex, TimemlEventTag } from './write-timeml.js';
export { TimemlError, describePosition } from './xml-scanner.js';
