// The worker of `--jobs N` when the CLI runs from its TypeScript sources (tests, `tsx`): worker threads
// don't inherit tsx's loader on Node 20, so it is registered here before the worker module is loaded.
// The built CLI uses dist/extract-worker.js directly.
import { register } from 'tsx/esm/api';

register();
const { default: extractInWorker } = await import('./extract-worker.ts');
export default extractInWorker;
