import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, USAGE } from '../../../packages/event-data/src/cli/main.js';
import { sampleDataset } from '../../fixtures/dataset.js';
import { fakeIo, runCli } from './helpers.js';

describe('event-data validate: reading the file (CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'validate-input-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts a UTF-8 byte order mark, as extract does', async () => {
    const file = join(dir, 'bom.json');
    await writeFile(file, `\uFEFF${JSON.stringify(sampleDataset())}`);
    const { io, out, err } = fakeIo();
    expect(await main(['validate', file], io)).to.equal(0);
    expect(out()).to.equal(`${file}: valid (schema version 2, 2 events, 1 articles)\n`);
    expect(err()).to.equal('');
  });

  it('says what is wrong with a file it cannot read in plain words, without Node error codes', async () => {
    const missing = join(dir, 'missing.json');
    const { io, err } = fakeIo();
    expect(await main(['validate', missing], io)).to.equal(2);
    expect(err()).to.equal(`${missing}: no such file or directory\n`);


    const folder = fakeIo();
    expect(await main(['validate', dir], folder.io)).to.equal(2);
    expect(folder.err()).to.equal(`${dir}: is a directory\n`);
  });

  // As a process with a time limit: a regression would read /dev/zero until memory runs out.
  it('refuses /dev/zero as not a regular file instead of reading it forever', async function () {
    this.timeout(60_000);
    expect(await runCli(['validate', '/dev/zero'], '', {}, 20_000)).to.deep.include({ code: 2, stdout: '', stderr: '/dev/zero: not a regular file\n' });
  });

  it('exits 2 for malformed JSON and 1 for a dataset that breaks the schema, as its usage text and the main one say', async () => {
    const malformed = join(dir, 'malformed.json');
    await writeFile(malformed, '{"schemaVersion": 2, "events": [');
    const bad = fakeIo();
    expect(await main(['validate', malformed], bad.io)).to.equal(2);
    expect(bad.err()).to.match(new RegExp(`^${malformed.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not JSON: `));

    const invalid = join(dir, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ ...sampleDataset(), events: 'none' }));
    expect(await main(['validate', invalid], fakeIo().io)).to.equal(1);

    const help = fakeIo();
    await main(['validate', '--help'], help.io);
    expect(help.out()).to.match(/1 not a valid dataset/).and.to.match(/2 usage error, or a\s+file that cannot be read or is not JSON/);
    expect(USAGE).to.match(/2 usage error or malformed input/);
  });

  it('prints its usage on standard output for --help and -h, and on standard error for a usage error', async () => {
    for (const flag of ['--help', '-h']) {
      const { io, out, err } = fakeIo();
      expect(await main(['validate', flag], io)).to.equal(0);
      expect(out()).to.match(/^Usage: event-data validate FILE\.json\n/);
      expect(err()).to.equal('');
    }
    const { io, out, err } = fakeIo();
    expect(await main(['validate'], io)).to.equal(2);
    expect(out()).to.equal('');
    expect(err()).to.match(/^event-data validate: no file given\n\nUsage: event-data validate FILE\.json/);
  });
});
