// The Chromium that the Storybook and demo tests drive. These tests run in `npm run test:node`,
// before `test:browser` has had its chance to install a browser, so they do the same: run
// scripts/ensure-chromium.mjs (Debian's chromium through apt when root) when none is found.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium } from '../../scripts/find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** The browser's executable path; throws with what to install when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  const result = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  const installed = findChromium();
  if (!installed) throw new Error(result.stderr || "No Chrome or Chromium found: install Debian's `chromium` or set CHROME_PATH.");
  return installed;
}
