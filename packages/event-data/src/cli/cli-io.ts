import type { InputLimit } from './read-input.js';

/** Where the CLI writes and what it reads besides files; tests pass their own. */
export interface CliIo {
  out: { write(text: string): unknown; isTTY?: boolean };
  err: { write(text: string): unknown; isTTY?: boolean };
  /**
   * Reads all of standard input (for `-` arguments). The process's own reader stops at
   * `limit.maxBytes` (by default the JSON input limit) and rejects with an InputProblem, so an
   * endless pipe cannot fill the memory.
   */
  readStdin?: (limit?: InputLimit) => Promise<string>;
  /** Standard input as a stream, read as it comes (NDJSON batches of any size); preferred over `readStdin` when given. */
  stdin?: AsyncIterable<Buffer | string>;
}
