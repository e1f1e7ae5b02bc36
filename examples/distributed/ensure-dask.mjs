// Makes sure a Python with Dask distributed is there for the recipe. Debian's own /usr/bin/python3
// by default (a pyenv or venv python3 earlier on PATH usually lacks Dask), or $DASK_PYTHON. If the
// import fails and we run as root on Debian, installs Debian's python3-distributed with apt, as
// scripts/ensure-chromium.mjs does for the browser; otherwise says exactly what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Dask version that `python` imports, or undefined when it has none. */
function daskVersion(python) {
  const run = spawnSync(python, ['-c', 'import distributed; print(distributed.__version__)'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** The Python to run the scheduler, workers and client with, and its distributed version. */
export function ensureDask() {
  const python = process.env.DASK_PYTHON || '/usr/bin/python3';
  if (!existsSync(python)) {
    throw new Error(`No Python at ${python}. Install python3 (Debian: apt-get install python3-distributed), or set DASK_PYTHON to a Python that has Dask distributed.`);
  }
  let version = daskVersion(python);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!version && python === '/usr/bin/python3' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.error("Dask distributed is missing: installing Debian's python3-distributed with apt-get (under a minute)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // pandas and numpy are only recommended, and the map step needs neither.
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'python3-distributed'], { stdio: 'inherit', env });
    version = daskVersion(python);
  }
  if (!version) {
    throw new Error(
      [
        `${python} cannot import distributed (Dask distributed).`,
        'Install it: on Debian or Ubuntu `sudo apt-get install python3-distributed`; elsewhere `pip install "distributed>=2022.12"`',
        'in a Python environment, and point the recipe at it with DASK_PYTHON=/path/to/python.',
      ].join('\n'),
    );
  }
  return { python, version };
}
