import type { NormalisedInput, ValidateEvent } from '../model/normalise.js';
import { reasonOf } from '../model/validation.js';
import { whenIdle } from '../schedule.js';

/**
 * Validates the events that only had the quick check, in slices between frames, and calls
 * `done` with the items that failed and why. Returns a function that cancels the work.
 */
export function validateInBackground(
  input: NormalisedInput,
  validateEvent: ValidateEvent,
  done: (invalid: Set<number>, reasons: Map<string, number>) => void,
  budgetMs = 8,
): () => void {
  const { pending = new Uint8Array(0), items } = input;
  let at = 0;
  const invalid = new Set<number>();
  const reasons = new Map<string, number>();
  // Slices run when the page is idle (between frames, after the first paint), and at the latest
  // a second after they are due; without requestIdleCallback, on timers.
  let cancel = (): void => {};
  const next = () => (cancel = whenIdle(step));
  const step = (deadline?: IdleDeadline) => {
    // Time-sliced so that zooming stays smooth while 100,000 events are checked: the idle time
    // the browser offers (up to 50 ms when nothing else happens, little between frames), or
    // `budgetMs` a slice on timers and when an idle callback runs late.
    const offered = deadline && !deadline.didTimeout ? deadline.timeRemaining() : budgetMs;
    const until = performance.now() + Math.max(offered, 2);
    // The clock is read once per 64 events, between blocks: a check inside the loop's condition,
    // skipped 63 times in 64, sent the optimised loop back to the interpreter at every slice.
    do {
      const stop = Math.min(at + 64, pending.length);
      for (; at < stop; at++) {
        if (!pending[at]) continue;
        const result = validateEvent(items[at].source);
        if (!result.ok) {
          invalid.add(at);
          const reason = reasonOf(result.issues[0]);
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    } while (at < pending.length && performance.now() < until);
    if (at < pending.length) next();
    else done(invalid, reasons);
  };
  next();
  return () => cancel();
}
