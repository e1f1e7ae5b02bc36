// `npm start`: bring data/events.json up to date with data/articles, build the packages, and serve
// the demo page that embeds the built <event-timeline> bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

console.log('Building the packages…');
run('npm', ['run', '--silent', 'build']);

const events = join(ROOT, 'data/events.json');
const articlesDir = join(ROOT, 'data/articles');
const newestArticle = Math.max(...readdirSync(articlesDir).map((f) => statSync(join(articlesDir, f)).mtimeMs));
const hasExtractor = existsSync(join(ROOT, 'packages/event-data/dist/cli.js')) && existsSync(join(ROOT, 'scripts/extract.mjs'));
if (hasExtractor && (!existsSync(events) || statSync(events).mtimeMs < newestArticle)) {
  console.log('Extracting events from data/articles…');
  run('node', ['scripts/extract.mjs']);
} else if (!existsSync(events)) {
  console.warn('data/events.json is missing and there is no extractor yet: the demo will show an empty timeline.');
}

const { url } = await serve();
console.log(`\nDemo: ${url}  (Ctrl+C to stop)`);
