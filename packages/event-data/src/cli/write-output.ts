import { constants, unlinkSync } from 'node:fs';
import { access, lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writing the CLI's output file atomically: the content goes to a hidden temporary file beside
 * the target (`.events.json.PID.tmp`), which is renamed over the target only once it is complete
 * and on disk. So the target is either the old file or the whole new one, never a part. Should
 * the process be interrupted (SIGINT, SIGTERM, SIGHUP) while a temporary file exists, it removes
 * the file and exits with 128 + the signal's number (130, 143, 129).
 */

/** An -o target the CLI will not write over; the message names the file and why. */
export class OutputRefused extends Error {
  override name = 'OutputRefused';
  constructor(
    readonly file: string,
    /** Says what the file is, after its name: "is read-only". */
    readonly problem: string,
  ) {
    super(`${file} ${problem}`);
  }
}

/**
 * Throws an OutputRefused when `file` exists and is not a regular file the user may write: a
 * symbolic link (writing through it would replace a file somewhere else), a directory or device,
 * or a write-protected file (no write permission for the user, or no write bit at all, which
 * root would otherwise ignore). A file that does not exist yet is fine.
 */
export async function checkOutputTarget(file: string): Promise<void> {
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (info.isSymbolicLink()) throw new OutputRefused(file, 'is a symbolic link; give the real path');
  if (info.isDirectory()) throw new OutputRefused(file, 'is a directory; give a file name');
  if (!info.isFile()) throw new OutputRefused(file, 'is not a regular file; give a file name, or leave out -o to write to standard output');
  const writable = (info.mode & 0o222) !== 0 && (await access(file, constants.W_OK).then(() => true, () => false));
  if (!writable) throw new OutputRefused(file, 'is read-only');
}

/** Temporary files to remove should the process be interrupted, and the handlers that do it. */
const pending = new Set<string>();
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof EXIT_CODES;

function onSignal(signal: Signal): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed into place or removed
    }
  }
  process.exit(EXIT_CODES[signal]);
}

function track(temp: string): void {
  if (pending.size === 0) for (const signal of Object.keys(EXIT_CODES) as Signal[]) process.on(signal, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const signal of Object.keys(EXIT_CODES) as Signal[]) process.off(signal, onSignal);
}

/** The hidden temporary file an output is written to before it is renamed into place. */
export const temporaryPath = (target: string) => join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);

/**
 * An output file being written: `write` as often as needed, then `commit` renames it into place,
 * or `discard` removes it. Made for writing in pieces (one NDJSON line after another) as well as
 * in one go.
 *
 * @example
 * const out = await AtomicFile.create('events.ndjson');
 * try {
 *   for (const line of lines) await out.write(line);
 *   await out.commit();
 * } catch (error) {
 *   await out.discard();
 *   throw error;
 * }
 */
export class AtomicFile {
  private closed = false;

  private constructor(
    readonly target: string,
    readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  /** Checks the target (see checkOutputTarget) and starts its temporary file. */
  static async create(target: string): Promise<AtomicFile> {
    await checkOutputTarget(target);
    const temp = temporaryPath(target);
    const previousMode = await lstat(target).then((info) => info.mode & 0o777, () => undefined);
    track(temp);
    let handle: FileHandle;
    try {
      // 'wx' fails on an existing path, so a link planted at the temporary name is never followed.
      handle = await open(temp, 'wx');
      if (previousMode !== undefined) await handle.chmod(previousMode);
    } catch (error) {
      untrack(temp);
      throw error;
    }
    return new AtomicFile(target, temp, handle);
  }

  /** Appends `text` (UTF-8). */
  async write(text: string): Promise<void> {
    await this.handle.writeFile(text, 'utf8');
  }

  /** Flushes the file to disk and renames it over the target. */
  async commit(): Promise<void> {
    try {
      await this.handle.sync();
      await this.close();
      // The target may have changed during a long run.
      await checkOutputTarget(this.target);
      await rename(this.temp, this.target);
    } catch (error) {
      await this.discard();
      throw error;
    }
    untrack(this.temp);
  }

  /** Removes the temporary file; the target stays as it was. */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    await unlink(this.temp).catch(() => undefined);
    untrack(this.temp);
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}

/**
 * Test hook, read only here: with EVENT_DATA_TEST_HOLD_WRITE_MS=N in the environment, a write
 * waits N milliseconds after its first piece is in the temporary file, so a test can interrupt
 * the process at that point without depending on timing.
 */
export const holdAfterFirstPiece = async () => {
  const ms = Number(process.env.EVENT_DATA_TEST_HOLD_WRITE_MS);
  if (Number.isFinite(ms) && ms > 0) await new Promise((done) => setTimeout(done, ms));
};

/** Writes `pieces` to `target` through an AtomicFile: the old file or the whole new one, never a part. */
export async function writeAtomically(target: string, pieces: Iterable<string>): Promise<void> {
  const out = await AtomicFile.create(target);
  try {
    let first = true;
    for (const piece of pieces) {
      await out.write(piece);
      if (first) await holdAfterFirstPiece();
      first = false;
    }
    await out.commit();
  } catch (error) {
    await out.discard();
    throw error;
  }
}
