// A Dask cluster on this machine as separate processes, as on a real cluster: one `dask scheduler`
// and N `dask worker`s (each a nanny plus its worker process), all on 127.0.0.1. Each is started in
// a process group of its own, so a Ctrl-C at the terminal reaches only the recipe, which then stops
// them in order, and stopping a group also ends the worker process that a nanny forked.
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until `check()` is true, polling; throws `what` after `seconds`. */
async function waitFor(check, seconds, what) {
  for (let waited = 0; waited < seconds * 1000; waited += 100) {
    if (check()) return;
    await sleep(100);
  }
  throw new Error(`${what} within ${seconds} s`);
}

/** The address in a scheduler file, once the scheduler has written all of it. */
function schedulerAddress(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).address;
  } catch {
    return undefined; // not there yet, or half written
  }
}

/** Ends a process group: SIGTERM (Dask closes cleanly), then SIGKILL if still there after `grace` ms. */
async function stopGroup(child, grace) {
  const alive = () => child.exitCode === null && child.signalCode === null;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // the group has already gone
    }
  };
  if (alive()) {
    signal('SIGTERM');
    for (let waited = 0; alive() && waited < grace; waited += 100) await sleep(100);
  }
  // the nanny's worker process may outlive the nanny for a moment: the whole group goes
  signal('SIGKILL');
}

/**
 * Starts a scheduler and `workers` single-threaded workers whose logs go to `dir`, and resolves
 * once the scheduler has written its address to `dir`/scheduler.json. `stop()` ends them all;
 * `stopNow()` is for an exit handler, where nothing can be awaited. `onStarting` gets the cluster
 * before its first process starts, so that a Ctrl-C while it starts up stops what has started.
 */
export async function startDaskCluster({ python, dir, workers, onStarting }) {
  const schedulerFile = join(dir, 'scheduler.json');
  const children = [];
  const launch = (name, args) => {
    const log = openSync(join(dir, `${name}.log`), 'w');
    const child = spawn(python, ['-m', 'dask', ...args], { cwd: dir, detached: true, stdio: ['ignore', log, log] });
    closeSync(log);
    child.on('error', () => undefined); // a failed start shows as an early exit, reported below
    children.push({ name, child });
    return child;
  };
  const stopNow = () => {
    for (const { child } of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const stop = async () => {
    // workers first, so none of them logs a lost scheduler; then the scheduler
    await Promise.all(children.filter((c) => c.name !== 'scheduler').map(({ child }) => stopGroup(child, 10_000)));
    await Promise.all(children.filter((c) => c.name === 'scheduler').map(({ child }) => stopGroup(child, 10_000)));
  };
  const exited = () => children.find(({ child }) => child.exitCode !== null || child.signalCode !== null);
  const tail = (name) => readFileSync(join(dir, `${name}.log`), 'utf8').split('\n').slice(-15).join('\n');
  const cluster = { schedulerFile, stop, stopNow, exited, tail };
  onStarting?.(cluster);

  try {
    const loopback = ['--host', '127.0.0.1', '--dashboard-address', '127.0.0.1:0'];
    // --idle-timeout: should the recipe itself be killed (SIGKILL) before it can stop them, the
    // scheduler ends after two idle minutes, and the workers (--death-timeout) follow it.
    launch('scheduler', ['scheduler', ...loopback, '--port', '0', '--scheduler-file', schedulerFile, '--idle-timeout', '120s']);
    await waitFor(() => schedulerAddress(schedulerFile) || exited(), 60, 'the scheduler wrote no scheduler.json');
    for (let n = 1; n <= workers; n++) {
      const name = `worker-${n}`;
      launch(name, ['worker', ...loopback, '--scheduler-file', schedulerFile, '--name', name, '--nthreads', '1',
        '--local-directory', join(dir, name), '--death-timeout', '60s']);
    }
    const gone = exited();
    if (gone) throw new Error(`dask ${gone.name} exited at start:\n${tail(gone.name)}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return Object.assign(cluster, { address: schedulerAddress(schedulerFile), pids: children.map(({ name, child }) => `${name} ${child.pid}`) });
}
