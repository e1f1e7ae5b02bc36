// Browser tests run in the system's headless Chromium (never a downloaded one), from TypeScript
// sources: the "source" export condition points packages at src/, esbuild strips the types.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

export default {
  files: ['test/**/*.browser.test.ts', 'test/**/*.shared.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // a11ySnapshot() reads Chromium's accessibility tree (what a screen reader is given).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11ySnapshotPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
};
