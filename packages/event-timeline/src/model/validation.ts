import type { NormalisedInput } from './types.js';

/** An issue as one line of the warning: paths without indices, so that 500 broken dates make one line, not 500. */
export const reasonOf = (issue: { path: string; message: string }) =>
  `${issue.path.replace(/\[\d+\]/g, '[]').replace(/^\./, '') || 'event'}: ${issue.message}`;

/** The one console warning about skipped items: counts and reasons. */
export function warningFor(result: NormalisedInput): string {
  if (result.problem) return `<event-timeline>: nothing to draw: ${result.problem}`;
  const reasons = result.reasons
    .slice(0, 8)
    .map(([reason, n]) => `  ${n}× ${reason}`)
    .join('\n');
  return `<event-timeline>: skipped ${result.invalid} of ${result.total} events that are not valid:\n${reasons}`;
}
