import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../../packages/event-data/src/cli/main.js';
import { sampleDataset } from '../fixtures/dataset.js';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: { write: (t: string) => out.push(t) }, err: { write: (t: string) => err.push(t) } };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('event-data validate (CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'validate-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts datasets of schema version 1 and 2 and says which it read', async () => {
    for (const version of [1, 2]) {
      const file = join(dir, `v${version}.json`);
      await writeFile(file, JSON.stringify({ ...sampleDataset(), schemaVersion: version }));
      const { io, out, err } = fakeIo();
      expect(await main(['validate', file], io)).to.equal(0);
      expect(out()).to.equal(`${file}: valid (schema version ${version}, 2 events, 1 articles)\n`);
      expect(err()).to.equal('');
    }
  });

  it('exits 1 naming each issue as path: reason', async () => {
    const dataset = { ...sampleDataset(), schemaVersion: 3 };
    (dataset.events[1] as { type: string }).type = 'party';
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(dataset));
    const { io, out, err } = fakeIo();
    expect(await main(['validate', file], io)).to.equal(1);
    expect(out()).to.equal('');
    const lines = err().trim().split('\n');
    expect(lines[0]).to.equal(`${file}: schemaVersion: expected 1 or 2, got number 3`);
    expect(lines[1]).to.match(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: events\\[1\\]\\.type: "party" is not one of meeting, `));
  });
});
