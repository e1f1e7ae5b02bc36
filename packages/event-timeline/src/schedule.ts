/**
 * Runs `task` when the page is idle (between frames, after the paint), and at the latest
 * `timeoutMs` after it is due; without requestIdleCallback, on a timer. Returns a function that
 * cancels it. `task` gets the IdleDeadline when there is one.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
