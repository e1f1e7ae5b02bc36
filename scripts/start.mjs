// `npm start`: build the packages, bring data/events.json up to date with data/articles, and serve
// the demo page that embeds the built <event-timeline> bundle on http://localhost:8000 (PORT overrides).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// The build comes first: the extractor runs the data package's built CLI.
console.log('Building the packages…');
run('npm', ['run', '--silent', 'build']);

const events = join(ROOT, 'data/events.json');
const articlesDir = join(ROOT, 'data/articles');
const newestArticle = Math.max(...readdirSync(articlesDir).map((f) => statSync(join(articlesDir, f)).mtimeMs));
const hasExtractor = existsSync(join(ROOT, 'scripts/extract.mjs'));
if (hasExtractor && (!existsSync(events) || statSync(events).mtimeMs < newestArticle)) {
  console.log('Extracting events from data/articles…');
  run('node', ['scripts/extract.mjs']);
} else if (!existsSync(events)) {
  console.warn('data/events.json is missing and there is no extractor yet: the demo will show an empty timeline.');
}

try {
  const { url, server } = await serve();
  console.log(`\nDemo: ${url}  (Ctrl+C to stop)`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${error.port} is in use: stop what runs there, or pick another port, e.g. PORT=8080 npm start`);
    process.exit(1);
  }
  throw error;
}
