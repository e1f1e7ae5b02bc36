/** Exports of a dataset for other tools: TimelineJS3 JSON, CSV for spreadsheets, iCalendar for calendar apps. */
export { exportTimelineJs, timelineJsSlide, escapeHtml, type TimelineJsDocument, type TimelineJsSlide, type TimelineJsDate, type TimelineJsText, type TimelineJsOptions } from './timelinejs.js';
export { exportCsv, csvRow, csvRows, CSV_COLUMNS, FORMULA_START, type CsvColumn } from './csv.js';
export { exportICalendar, escapeText as escapeICalendarText, foldLine as foldICalendarLine, type ICalendarOptions } from './icalendar.js';
export { showTime, shownPrecision, type ShownTime, type ShownPrecision, type CalendarParts } from './precision.js';
export { usableDataset, type UsableDataset, type SkippedItem } from './usable-dataset.js';
