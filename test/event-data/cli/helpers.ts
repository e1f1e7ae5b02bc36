import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../../packages/event-data/src/cli/main.js';

/** An io that records what the CLI writes; `stdin` is what `-` reads. */
export function fakeIo(stdin = '', tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: { write: (t: string) => out.push(t) },
    err: { write: (t: string) => err.push(t), isTTY: tty },
    readStdin: async () => stdin,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const MAIN = fileURLToPath(new URL('../../../packages/event-data/src/cli/main.ts', import.meta.url));

/**
 * Starts the CLI as a process from the TypeScript sources: `runCli`, the function
 * bin/event-data.js calls, so exit codes and signal handling are the real ones without a build.
 */
export function spawnCli(args: string[], env: Record<string, string> = {}, stdin: 'pipe' | number = 'pipe', nodeFlags: string[] = []): ChildProcess {
  const code = `const { runCli } = await import(${JSON.stringify(MAIN)}); await runCli(process.argv.slice(1));`;
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', '--conditions=source', '--input-type=module', '-e', code, '--', ...args], {
    env: { ...process.env, ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
}

/** What a finished process gave: its exit code (or the signal that ended it) and its output. */
export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Waits for `child` to end, collecting its output. A child still running after `limitMs` is
 * killed (and so ends with SIGKILL): a CLI that regressed into reading /dev/zero forever fails
 * its test instead of filling the machine's memory.
 */
export function finished(child: ChildProcess, limitMs = 30_000): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const guard = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, stdout, stderr });
    });
  });
}

/** Runs the CLI from the sources to its end (at most `limitMs`), with `stdin` as its standard input. */
export async function runCli(args: string[], stdin = '', env: Record<string, string> = {}, limitMs = 30_000): Promise<Finished> {
  const child = spawnCli(args, env);
  const result = finished(child, limitMs);
  child.stdin?.end(stdin);
  return result;
}

export const OSLO = 'Leaders meet in Oslo\n\nNorwegian Prime Minister Erna Solberg met Canadian Prime Minister Justin Trudeau in Oslo on Monday.\n';
export const VOTE = 'Parliament passes budget\n\nShares fell.\n\nThe parliament approved the budget on Tuesday after a long debate.\n';
