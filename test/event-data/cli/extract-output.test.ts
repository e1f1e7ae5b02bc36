import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/event-data/src/cli/main.js';
import { fakeIo, finished, OSLO, spawnCli, VOTE } from './helpers.js';

const temporaryFiles = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe('event-data extract: the output file (CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-output-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('a run where no article could be read', () => {
    it('keeps the previous -o file when articles.json has a syntax error and so every article fails', async () => {
      await mkdir(join(dir, 'in'));
      await writeFile(join(dir, 'in/oslo.txt'), OSLO);
      await writeFile(join(dir, 'in/articles.json'), '[{"id": "oslo", "published": "2019-03-14",]');
      const target = join(dir, 'events.json');
      await writeFile(target, 'the previous dataset');
      const { io, err } = fakeIo();
      expect(await main(['extract', join(dir, 'in'), '-o', target], io)).to.equal(1);
      expect(await readFile(target, 'utf8')).to.equal('the previous dataset');
      expect(err()).to.match(/articles\.json: unreadable metadata: /);
      expect(err()).to.match(/oslo: missing publication date/);
      expect(err()).to.include(`no article could be read: nothing written; ${target} is left as it was`);
      expect(await temporaryFiles(dir)).to.deep.equal([]);
    });

    it('writes nothing to standard output either, and exits 1', async () => {
      const { io, out, err } = fakeIo('{"id": "a", "published": "2019-03-14", "text": ');
      expect(await main(['extract', '-'], io)).to.equal(1);
      expect(out()).to.equal('');
      expect(err()).to.match(/stdin:1: not JSON/).and.to.match(/no article could be read: nothing written\n$/);
    });

    it('says so when the input holds no articles at all', async () => {
      const { io, out, err } = fakeIo('[]');
      expect(await main(['extract', '-'], io)).to.equal(1);
      expect(out()).to.equal('');
      expect(err()).to.equal('event-data extract: the input holds no articles: nothing written\n');
    });

    it('still writes when one article of several could be read', async () => {
      await writeFile(join(dir, 'a.json'), JSON.stringify([{ id: 'bad', published: 'never', text: OSLO }, { id: 'good', published: '2019-03-14', text: VOTE }]));
      const target = join(dir, 'events.json');
      await writeFile(target, 'the previous dataset');
      const { io } = fakeIo();
      expect(await main(['extract', join(dir, 'a.json'), '-o', target], io)).to.equal(1);
      expect(JSON.parse(await readFile(target, 'utf8')).articles.map((a: { id: string }) => a.id)).to.deep.equal(['good']);
    });
  });

  describe('an -o target that must not be written over', () => {
    const articles = async () => {
      await writeFile(join(dir, 'a.json'), JSON.stringify({ id: 'oslo', published: '2019-03-14', text: OSLO }));
      return join(dir, 'a.json');
    };

    it('refuses a read-only file, even for root, and leaves it as it was', async () => {
      const target = join(dir, 'events.json');
      await writeFile(target, 'kept');
      await chmod(target, 0o444);
      const { io, err } = fakeIo();
      expect(await main(['extract', await articles(), '-o', target], io)).to.equal(1);
      expect(err()).to.equal(`event-data extract: ${target} is read-only; nothing written\n`);
      expect(await readFile(target, 'utf8')).to.equal('kept');
      expect((await lstat(target)).mode & 0o777).to.equal(0o444);
      expect(await temporaryFiles(dir)).to.deep.equal([]);
    });

    it('refuses a symbolic link rather than replace it or the file it points to', async () => {
      const real = join(dir, 'real.json');
      await writeFile(real, 'kept');
      const link = join(dir, 'events.json');
      await symlink(real, link);
      const { io, err } = fakeIo();
      expect(await main(['extract', await articles(), '-o', link], io)).to.equal(1);
      expect(err()).to.equal(`event-data extract: ${link} is a symbolic link; give the real path; nothing written\n`);
      expect((await lstat(link)).isSymbolicLink()).to.equal(true);
      expect(await readlink(link)).to.equal(real);
      expect(await readFile(real, 'utf8')).to.equal('kept');
    });

    it('refuses a directory with a clear error', async () => {
      const target = join(dir, 'out');
      await mkdir(target);
      const { io, err } = fakeIo();
      expect(await main(['extract', await articles(), '-o', target], io)).to.equal(1);
      expect(err()).to.equal(`event-data extract: ${target} is a directory; give a file name; nothing written\n`);
      expect(await readdir(target)).to.deep.equal([]);
    });

    // A FIFO of its own stands for /dev/null and other devices: should the check ever fail, the
    // rename replaces only this test's FIFO, never a device of the machine.
    it('refuses a FIFO or device (the rename would replace it) and points to standard output', async function () {
      const target = join(dir, 'events.json');
      if (spawnSync('mkfifo', [target]).status !== 0) this.skip();
      const { io, err } = fakeIo();
      expect(await main(['extract', await articles(), '-o', target], io)).to.equal(1);
      expect(err()).to.equal(`event-data extract: ${target} is not a regular file; give a file name, or leave out -o to write to standard output; nothing written\n`);
      expect((await lstat(target)).isFIFO()).to.equal(true);
    });

    it('keeps the permissions of a writable file it replaces', async () => {
      const target = join(dir, 'events.json');
      await writeFile(target, 'old');
      await chmod(target, 0o640);
      expect(await main(['extract', await articles(), '-o', target], fakeIo().io)).to.equal(0);
      expect(JSON.parse(await readFile(target, 'utf8')).schemaVersion).to.equal(2);
      expect((await lstat(target)).mode & 0o777).to.equal(0o640);
    });
  });

  describe('interrupted while writing', function () {
    // Two runs of the CLI as a process, each writing about 1.5 MB: 300 articles with long URLs.
    this.timeout(60_000);

    const interrupt = async (signal: 'SIGINT' | 'SIGTERM') => {
      const input = join(dir, 'articles.ndjson');
      const url = (i: number) => `https://example.com/${i}/${'x'.repeat(4000)}`;
      const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `a${i}`, published: '2019-03-14', url: url(i), text: OSLO }));
      await writeFile(input, lines.join('\n'));
      const target = join(dir, 'events.json');
      await writeFile(target, 'the previous dataset');
      // The test hook holds the write once its first megabyte is in the temporary file.
      const child = spawnCli(['extract', input, '-o', target], { EVENT_DATA_TEST_HOLD_WRITE_MS: '60000' });
      const result = finished(child);
      try {
        // Signalled once the first piece is in the temporary file, as a Ctrl-C in the middle of the write would be.
        let temp: string[] = [];
        let size = 0;
        for (let waited = 0; size === 0 && waited < 45_000 && child.exitCode === null; waited += 20) {
          await new Promise((done) => setTimeout(done, 20));
          temp = await temporaryFiles(dir);
          size = temp.length ? await lstat(join(dir, temp[0])).then((info) => info.size, () => 0) : 0;
        }
        expect(temp, 'a temporary file while writing').to.deep.equal([`.events.json.${child.pid}.tmp`]);
        expect(size).to.be.greaterThan(0);
        child.kill(signal);
      } finally {
        if (child.exitCode === null && child.signalCode === null) setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }
      const { code, signal: killedBy } = await result;
      return { code, killedBy, target };
    };

    it('removes the temporary file on Ctrl-C (SIGINT), keeps the old file and exits 130', async () => {
      const { code, killedBy, target } = await interrupt('SIGINT');
      expect({ code, killedBy }).to.deep.equal({ code: 130, killedBy: null });
      expect(await temporaryFiles(dir)).to.deep.equal([]);
      expect(await readFile(target, 'utf8')).to.equal('the previous dataset');
    });

    it('removes the temporary file on SIGTERM and exits 143', async () => {
      const { code, killedBy, target } = await interrupt('SIGTERM');
      expect({ code, killedBy }).to.deep.equal({ code: 143, killedBy: null });
      expect(await temporaryFiles(dir)).to.deep.equal([]);
      expect(await readFile(target, 'utf8')).to.equal('the previous dataset');
    });
  });
});
