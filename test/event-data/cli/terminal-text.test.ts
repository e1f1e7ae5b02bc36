import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/event-data/src/cli/main.js';
import { safeText } from '../../../packages/event-data/src/cli/terminal-text.js';
import { sampleDataset } from '../../fixtures/dataset.js';
import { fakeIo, OSLO } from './helpers.js';

/** Sets the terminal's title, clears the screen, and reverses what follows. */
const EVIL = '\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil\x7f';
const SHOWN = '\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eevil\\x7f';

/** Any character a terminal would act on rather than show (a line's own newline aside). */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminal-safe text in CLI messages', () => {
  describe('safeText', () => {
    it('shows C0 and C1 controls, DEL and bidi controls as visible escapes', () => {
      expect(safeText(EVIL)).to.equal(SHOWN);
      expect(safeText('a\nb\tc\rd\u2066e\u2069\u2028')).to.equal('a\\nb\\tc\\rd\\u2066e\\u2069\\u2028');
    });

    it('leaves ordinary text of any script as it is', () => {
      const text = 'Président Müller — 東京 “quoted” 😀 naïve';
      expect(safeText(text)).to.equal(text);
    });

    it('shortens a very long value to its start and end with its length, never cutting an emoji or an escape in half', () => {
      const shown = safeText('😀'.repeat(50) + 'x'.repeat(10_000) + '\x1b'.repeat(50), 100);
      expect(shown).to.match(/^(?:😀){50}x{24}…(?:\\x1b){25} \(10,100 characters\)$/);
      expect(safeText('short', 100)).to.equal('short');
    });
  });

  describe('event-data extract', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'terminal-text-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('escapes article ids and reasons, and leaves the dataset JSON exact', async () => {
      const articles = [
        { id: `bad${EVIL}`, published: `2019${EVIL}`, text: OSLO },
        { id: `good${EVIL}`, published: '2019-03-14', text: OSLO },
      ];
      const { io, out, err } = fakeIo(JSON.stringify(articles));
      expect(await main(['extract', '-'], io)).to.equal(1);
      expect(err()).not.to.match(RAW_CONTROL);
      expect(err()).to.include(`event-data extract: bad${SHOWN}: "published" is not an ISO 8601 date: `);
      expect(JSON.parse(out()).articles[0].id).to.equal(`good${EVIL}`);
    });

    it('escapes bad NDJSON lines quoted in the parser message', async () => {
      const { io, err } = fakeIo(`${JSON.stringify({ id: 'a', published: '2019-03-14', text: OSLO })}\n{"id": ${EVIL}}`);
      expect(await main(['extract', '-'], io)).to.equal(1);
      expect(err()).to.match(/stdin:2: not JSON: /);
      expect(err()).not.to.match(RAW_CONTROL);
    });

    it('escapes file names, including the -o name in the summary', async () => {
      const file = join(dir, `oslo${EVIL}.txt`);
      await writeFile(file, OSLO);
      const target = join(dir, `events${EVIL}.json`);
      const { io, err } = fakeIo();
      expect(await main(['extract', file, join(dir, 'missing\x1b[2J.txt'), '--published', '2019-03-14', '-o', target], io)).to.equal(1);
      expect(err()).not.to.match(RAW_CONTROL);
      expect(err()).to.include(`${dir}/missing\\x1b[2J.txt: no such file or directory`);
      expect(err()).to.include(`written to ${dir}/events${SHOWN}.json (1 failed)`);
    });

    it('shortens a very long file name in a message', async () => {
      const path = `/nonexistent/${Array.from({ length: 20 }, () => 'd'.repeat(99)).join('/')}/article.txt`;
      const { io, err } = fakeIo();
      expect(await main(['extract', path, '--published', '2019-03-14'], io)).to.equal(1);
      const line = err().split('\n')[0];
      expect(line).to.match(/^event-data extract: \/nonexistent\/d+\/d+.*…d+\/article\.txt \(2,024 characters\): no such file or directory$/);
      expect(line.length).to.be.lessThan(300);
    });

    it('escapes an unknown option in a usage error', async () => {
      const { io, err } = fakeIo();
      expect(await main(['extract', `--${EVIL}`], io)).to.equal(2);
      expect(err()).to.include(`unknown option --${SHOWN}\n`);
    });
  });

  it('event-data validate escapes the values it quotes and the file name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'terminal-text-'));
    try {
      const dataset = sampleDataset();
      (dataset.events[0] as { type: string }).type = `party${EVIL}`;
      const file = join(dir, `data${EVIL}.json`);
      await writeFile(file, JSON.stringify(dataset));
      const { io, err } = fakeIo();
      expect(await main(['validate', file], io)).to.equal(1);
      expect(err()).not.to.match(RAW_CONTROL);
      expect(err()).to.include(`${dir}/data${SHOWN}.json: events[0].type: "party`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('event-data timeml escapes the file names and problems it reports', async () => {
    const { io, err } = fakeIo();
    expect(await main(['timeml', `/nonexistent/doc${EVIL}.tml`], io)).to.equal(2);
    expect(err()).not.to.match(RAW_CONTROL);
    expect(err()).to.include(`doc${SHOWN}.tml: cannot read`);
  });
});
