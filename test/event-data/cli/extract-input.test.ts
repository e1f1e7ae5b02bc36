import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/event-data/src/cli/main.js';
import { EXTRACT_USAGE } from '../../../packages/event-data/src/cli/extract.js';
import { InputProblem, readStreamText } from '../../../packages/event-data/src/cli/read-input.js';
import { fakeIo, finished, OSLO, runCli, spawnCli, VOTE } from './helpers.js';

const ids = (dataset: { articles: Array<{ id: string }> }) => dataset.articles.map((a) => a.id);

describe('event-data extract: reading the inputs (CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-input-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('sizes and kinds of file', () => {
    // As a process with a time limit: a regression would read /dev/zero until memory runs out.
    it('refuses /dev/zero as not a regular file instead of reading it forever', async function () {
      this.timeout(60_000);
      await writeFile(join(dir, 'good.txt'), OSLO);
      const { code, stdout, stderr } = await runCli(['extract', '/dev/zero', join(dir, 'good.txt'), '--published', '2019-03-14'], '', {}, 20_000);
      expect(code).to.equal(1);
      expect(stderr).to.equal('event-data extract: /dev/zero: not a regular file\n');
      expect(ids(JSON.parse(stdout))).to.deep.equal(['good']);
    });

    it('refuses a FIFO without waiting for something to write to it', async function () {
      const fifo = join(dir, 'pipe.txt');
      if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
      const { io, err } = fakeIo();
      expect(await main(['extract', fifo, '--published', '2019-03-14'], io)).to.equal(1);
      expect(err()).to.include(`event-data extract: ${fifo}: not a regular file\n`);
    });

    it('refuses a .txt over 4 MB unread, naming its size, and still reads the other articles', async () => {
      await writeFile(join(dir, 'good.txt'), OSLO);
      await writeFile(join(dir, 'big.txt'), Buffer.alloc(12_300_000, 'The leaders met on Monday. '));
      const { io, out, err } = fakeIo();
      expect(await main(['extract', dir, '--published', '2019-03-14'], io)).to.equal(1);
      expect(err()).to.include(`event-data extract: ${join(dir, 'big.txt')}: 12.3 MB, larger than the 4 MB an article can be\n`);
      expect(ids(JSON.parse(out()))).to.deep.equal(['good']);
    });

    it('refuses a JSON input over 256 MB before reading it', async () => {
      const big = join(dir, 'big.json');
      await writeFile(big, '');
      await truncate(big, 300_000_000); // sparse: no disk used, nothing to read quickly
      await writeFile(join(dir, 'good.json'), JSON.stringify({ id: 'good', published: '2019-03-14', text: OSLO }));
      const { io, out, err } = fakeIo();
      expect(await main(['extract', big, join(dir, 'good.json')], io)).to.equal(1);
      expect(err()).to.include(`event-data extract: ${big}: 300 MB, larger than the 256 MB one JSON input can be (split it into several files)\n`);
      expect(ids(JSON.parse(out()))).to.deep.equal(['good']);
    });

    it('refuses one NDJSON line over 8 MB alone and reads the other lines', async () => {
      const huge = JSON.stringify({ id: 'huge', published: '2019-03-14', text: 'The leaders met on Monday. '.repeat(340_000) });
      const file = join(dir, 'a.ndjson');
      await writeFile(file, [JSON.stringify({ id: 'good', published: '2019-03-14', text: OSLO }), huge].join('\n'));
      const { io, out, err } = fakeIo();
      expect(await main(['extract', file], io)).to.equal(1);
      expect(err()).to.match(new RegExp(`a\\.ndjson:2: 9\\.2 MB, larger than the 8 MB one article record can be\\n`));
      expect(ids(JSON.parse(out()))).to.deep.equal(['good']);
    });

    it('stops reading a stream at its cap instead of holding all of it', async () => {
      let pulled = 0;
      async function* endless() {
        for (;;) {
          pulled += 65_536;
          yield new Uint8Array(65_536);
        }
      }
      const problem = await readStreamText(endless(), { maxBytes: 1_000_000, what: 'a test input can be' }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(problem).to.be.instanceOf(InputProblem).and.to.have.property('message', 'more than 1 MB, larger than a test input can be');
      expect(pulled).to.be.lessThan(1_100_000);
    });

    it('as a process, refuses standard input that never ends (extract - < /dev/zero)', async function () {
      this.timeout(60_000);
      const zero = openSync('/dev/zero', 'r');
      try {
        const child = spawnCli(['extract', '-'], {}, zero);
        const { code, stderr } = await finished(child, 30_000);
        expect({ code, stderr }).to.deep.equal({
          code: 1,
          // read as a stream, it is refused at its first byte, which no JSON or NDJSON starts with
          stderr: 'event-data extract: stdin: not JSON or NDJSON: it starts with "\\u0000"\nevent-data extract: no article could be read: nothing written\n',
        });
      } finally {
        closeSync(zero);
      }
    });
  });

  describe('an id given twice', () => {
    it('in articles.json: names the id and both positions, and uses the first entry', async () => {
      await mkdir(join(dir, 'in'));
      await writeFile(join(dir, 'in/oslo.txt'), OSLO);
      await writeFile(join(dir, 'in/vote.txt'), VOTE);
      const metadata = [
        { id: 'oslo', published: '2019-03-14', publisher: 'First' },
        { id: 'vote', published: '2019-03-14' },
        { id: 'oslo', published: '2019-06-01', publisher: 'Second' },
      ];
      await writeFile(join(dir, 'in/articles.json'), JSON.stringify(metadata));
      const { io, out, err } = fakeIo();
      expect(await main(['extract', join(dir, 'in')], io)).to.equal(1);
      const file = join(dir, 'in/articles.json');
      expect(err()).to.equal(`event-data extract: ${file}[2]: id "oslo" is also at ${file}[0]; the first entry is used, this one is not\n`);
      const oslo = JSON.parse(out()).articles.find((a: { id: string }) => a.id === 'oslo');
      expect([oslo.published, oslo.publisher]).to.deep.equal(['2019-03-14', 'First']);
    });

    it('among JSON articles, in one input or across inputs: both places named, the first read', async () => {
      const a = join(dir, 'a.json');
      const b = join(dir, 'b.ndjson');
      await writeFile(a, JSON.stringify([{ id: 'x', published: '2019-03-14', text: OSLO }, { id: 'y', published: '2019-03-14', text: VOTE }, { id: 'x', published: '2019-03-14', text: VOTE }]));
      await writeFile(b, `${JSON.stringify({ id: 'y', published: '2019-03-14', text: OSLO })}\n`);
      const { io, out, err } = fakeIo();
      expect(await main(['extract', a, b], io)).to.equal(1);
      expect(err().split('\n')).to.deep.equal([
        `event-data extract: ${a}[2]: id "x" is also at ${a}[0]; the first is read, this one is not`,
        `event-data extract: ${b}:1: id "y" is also at ${a}[1]; the first is read, this one is not`,
        '',
      ]);
      const dataset = JSON.parse(out());
      expect(ids(dataset)).to.deep.equal(['x', 'y']);
      expect(dataset.articles.map((article: { title: string }) => article.title)).to.deep.equal(['Leaders meet in Oslo', 'Parliament passes budget']);
    });

    it('is explained in the usage text', () => {
      expect(EXTRACT_USAGE).to.match(/An id given twice .* is an error naming both places;\s+the first one is used/s);
    });
  });
});
