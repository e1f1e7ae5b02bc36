import type { CliIo } from './cli-io.js';
import { readStreamText } from './read-input.js';

/** The CLI's io in a real process: its standard output and error, and standard input read with a cap. */
export function processIo(): CliIo {
  return {
    out: process.stdout,
    err: process.stderr,
    readStdin: (limit) => readStreamText(process.stdin, limit),
    stdin: process.stdin,
  };
}
