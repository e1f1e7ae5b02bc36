// The event-data command the recipe runs: the built one (packages/event-data/bin/event-data.js over
// dist/cli.js), because that is what a cluster's workers run once the package is installed there,
// and it starts in a fraction of the time the sources take through tsx. `npm run build` first when
// dist/cli.js is missing or older than any source of the data package or the build's own config.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time among `path` and, for a directory, everything under it. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** The event-data command as an argument list: [node, bin/event-data.js]. Builds if needed. */
export function ensureCli(root) {
  const pkg = join(root, 'packages/event-data');
  const built = join(pkg, 'dist/cli.js');
  const sources = [join(pkg, 'src'), join(pkg, 'package.json'), join(pkg, 'tsconfig.json'), join(root, 'rollup.config.mjs')];
  const stale = !existsSync(built) || sources.some((source) => newest(source) > statSync(built).mtimeMs);
  if (stale) {
    console.error(`${existsSync(built) ? 'The built event-data CLI is older than its sources' : 'The event-data CLI is not built yet'}: npm run build…`);
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    if (build.status !== 0) {
      throw new Error(`npm run build failed (exit ${build.status ?? build.signal}), and the recipe needs the built CLI:\n${`${build.stdout}${build.stderr}`.trim().slice(-3000)}`);
    }
  }
  return [process.execPath, join(pkg, 'bin/event-data.js')];
}
