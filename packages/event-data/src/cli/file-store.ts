import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../extract/index.js';

/**
 * An EventStore in a temporary file: each value is appended as one JSON line and read back by its
 * offset, so a merge of a million events holds only their keys in memory. The file is removed by
 * `close()`, and on exit (including Ctrl-C through the CLI's signal handling, which exits the process).
 */
export class FileStore implements EventStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'event-data-merge-'));
  private readonly fd = openSync(join(this.dir, 'events.ndjson'), 'w+');
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private size = 0;
  private closed = false;
  private readonly cleanup = () => this.close();

  constructor() {
    process.on('exit', this.cleanup);
  }

  put(value: unknown): number {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.offsets.push(this.size);
    this.lengths.push(bytes.length);
    this.size += bytes.length;
    return this.offsets.length - 1;
  }

  get(handle: number): unknown {
    const bytes = Buffer.allocUnsafe(this.lengths[handle]);
    readSync(this.fd, bytes, 0, bytes.length, this.offsets[handle]);
    return JSON.parse(bytes.toString('utf8'));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.off('exit', this.cleanup);
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
