import type { CliIo } from './main.js';

/** `event-data timeml`: not built yet (being written in this session). */
export async function runTimeml(_args: string[], io: CliIo): Promise<number> {
  io.err.write('event-data timeml: not available yet\n');
  return 2;
}
