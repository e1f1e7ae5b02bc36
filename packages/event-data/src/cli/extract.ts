import type { CliIo } from './main.js';

/** `event-data extract`: not built yet (being written in this session). */
export async function runExtract(_args: string[], io: CliIo): Promise<number> {
  io.err.write('event-data extract: not available yet\n');
  return 2;
}
