// `npm run extract`: regenerates data/events.json from the articles in data/articles/ with the
// event-data CLI (run from the TypeScript sources, so it never uses a stale build), and writes an
// identical copy to packages/event-data/events.json, which the data package exports as
// `@event-timeline/data/events.json`. Exits with the CLI's code; on failure nothing is replaced.
import { spawnSync } from 'node:child_process';
import { copyFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const output = join(ROOT, 'data/events.json');
const copy = join(ROOT, 'packages/event-data/events.json');
const code = `
  const { main } = await import(${JSON.stringify(join(ROOT, 'packages/event-data/src/cli/main.ts'))});
  process.exitCode = await main(['extract', ${JSON.stringify(join(ROOT, 'data/articles'))}, '-o', ${JSON.stringify(output)}]);
`;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', '--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) {
  console.error(`extract: the event-data CLI exited with ${result.status ?? result.signal}; ${copy} left as it was`);
  process.exit(result.status ?? 1);
}
const temp = `${copy}.tmp`;
copyFileSync(output, temp);
renameSync(temp, copy);
console.log(`extract: copied to ${copy}`);
