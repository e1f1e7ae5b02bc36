// Makes sure a Chrome or Chromium is there for the browser tests. If none is found and we run
// as root on Debian, installs Debian's `chromium` with apt; otherwise says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, CANDIDATES } from './find-chromium.mjs';

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}
let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('No Chrome or Chromium found: installing Debian\'s chromium with apt-get (about 30 s)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    found = findChromium();
  }
  if (!found) {
    console.error(
      [
        'The browser tests need Chrome or Chromium, and none was found.',
        `Looked at: $CHROME_PATH, ${CANDIDATES.join(', ')}.`,
        'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.error(`Browser tests use ${found}`);
