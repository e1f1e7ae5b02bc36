/**
 * The TempEval-3 training corpus (TimeBank + AQUAINT, "TBAQ-cleaned"), read where it lies outside
 * the repository and split once into a development part and a held-out part.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeml, type TimemlTimex } from '../../packages/event-data/src/timeml/index.js';

/** One corpus document: its creation date, plain text and gold TIMEX3 annotations. */
export interface CorpusDocument {
  /** Path relative to the corpus directory (`TimeBank/ABC19980108.1830.0711.tml`). */
  path: string;
  dct: string;
  text: string;
  gold: readonly TimemlTimex[];
}

export interface Corpus {
  dir: string;
  development: CorpusDocument[];
  heldOut: CorpusDocument[];
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `TIMEML_DIR`, or `../shared/timeml/tbaq` next to the repository. */
export function corpusDir(env: Record<string, string | undefined> = process.env): string {
  return env.TIMEML_DIR ? resolve(env.TIMEML_DIR) : resolve(REPO_ROOT, '../shared/timeml/tbaq');
}

/** Which part a document belongs to: every fifth path in sorted order (index % 5 === 4) is held out. */
export function splitPaths(paths: readonly string[]): { development: string[]; heldOut: string[] } {
  const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    development: sorted.filter((_, i) => i % 5 !== 4),
    heldOut: sorted.filter((_, i) => i % 5 === 4),
  };
}

async function listTml(dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const entries = await readdir(join(dir, sub)).catch(() => [] as string[]);
    for (const entry of entries) if (entry.endsWith('.tml')) paths.push(`${sub}/${entry}`);
  }
  return paths;
}

/** Reads and splits the corpus; throws an Error with a clear message when it is missing or broken. */
export async function loadCorpus(dir: string = corpusDir()): Promise<Corpus> {
  if (!existsSync(dir)) {
    throw new Error(`TempEval-3 corpus not found at ${dir}: put TBAQ-cleaned (TimeBank/*.tml, AQUAINT/*.tml) there or set TIMEML_DIR`);
  }
  const paths = await listTml(dir);
  if (paths.length === 0) throw new Error(`no TimeBank/*.tml or AQUAINT/*.tml files in ${dir} (set TIMEML_DIR to the TBAQ-cleaned directory)`);
  const read = async (path: string): Promise<CorpusDocument> => {
    try {
      const doc = parseTimeml(await readFile(join(dir, path), 'utf8'));
      return { path, dct: doc.dct, text: doc.text, gold: doc.timexes };
    } catch (error) {
      throw new Error(`${join(dir, path)}: ${(error as Error).message}`);
    }
  };
  const split = splitPaths(paths);
  return {
    dir,
    development: await Promise.all(split.development.map(read)),
    heldOut: await Promise.all(split.heldOut.map(read)),
  };
}
