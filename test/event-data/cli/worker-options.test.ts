import { expect } from 'chai';
import { workerExecArgv } from '../../../packages/event-data/src/cli/article-pool.js';
import { finished, OSLO, spawnCli } from './helpers.js';

describe('cli: Node options and worker threads', () => {
  it('runs --jobs 2 when Node was started with a heap size, which worker threads refuse', async () => {
    const child = spawnCli(['extract', '-', '--jobs', '2'], {}, 'pipe', ['--max-old-space-size=2048']);
    const done = finished(child, 90_000);
    child.stdin!.end(`${JSON.stringify({ id: 'oslo', published: '2019-03-11', text: OSLO })}\n`);
    const { code, stdout, stderr } = await done;
    expect(stderr).to.not.match(/invalid execArgv/);
    expect(code).to.equal(0);
    expect(JSON.parse(stdout).events.map((e: { type: string }) => e.type)).to.include('meeting');
  });

  it('passes on to the workers how modules load, and nothing else', () => {
    expect(workerExecArgv(['--max-old-space-size=300', '--import', 'tsx', '--conditions=source', '--input-type=module', '--stack-size=2000', '-r', 'x.cjs', '--enable-source-maps'])).to.deep.equal([
      '--import',
      'tsx',
      '--conditions=source',
      '-r',
      'x.cjs',
      '--enable-source-maps',
    ]);
  });
});
