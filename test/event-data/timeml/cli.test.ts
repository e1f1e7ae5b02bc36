import { expect } from 'chai';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../../../packages/event-data/src/cli/main.js';
import { parseTimeml } from '../../../packages/event-data/src/timeml/index.js';
import { tagTimexes } from '../../../packages/event-data/src/timex/index.js';

/** A CLI io that records what is written; `stdin` is what `-` reads. */
function fakeIo(stdin = '') {
  const io = { stdout: '', stderr: '' };
  const cli: CliIo = {
    out: { write: (text: string) => (io.stdout += text) },
    err: { write: (text: string) => (io.stderr += text) },
    readStdin: async () => stdin,
  };
  return { io, cli };
}

const document = (dct = '2017-04-13') => `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>NYT20170413</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" temporalFunction="false" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>
<TITLE>AT&amp;T and the summit</TITLE>
<TEXT>
WASHINGTON _ AT&amp;T said on April 12, 2017 that talks held on Wednesday &amp; in March will resume next week.\r
The deal, first proposed in 2015, would take three years.
</TEXT>
</TimeML>
`;
const INPUT = document();

/** The document with the TIMEX3 tags inside TEXT removed (the DCT's own TIMEX3 stays). */
function stripTextTags(doc: string): string {
  const open = doc.indexOf('<TEXT>');
  const close = doc.lastIndexOf('</TEXT>');
  return doc.slice(0, open) + doc.slice(open, close).replace(/<(TIMEX3|EVENT)\b[^>]*>|<\/(TIMEX3|EVENT)>/g, '') + doc.slice(close);
}

describe('event-data timeml', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'event-data-timeml-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('explains itself with --help', async () => {
    const { io, cli } = fakeIo();
    expect(await main(['timeml', '--help'], cli)).to.equal(0);
    expect(io.stdout).to.contain('event-data timeml IN.tml [-o OUT.tml]');
    expect(io.stdout).to.contain('--dir IN_DIR OUT_DIR');
    expect(io.stdout).to.match(/Exit codes/);
  });

  it('writes the tagged document to stdout, changing nothing but the inserted TIMEX3 and EVENT tags', async () => {
    const input = join(dir, 'in.tml');
    await writeFile(input, INPUT);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', input], cli)).to.equal(0);
    expect(io.stderr).to.equal('');
    expect(io.stdout).to.contain('<TIMEX3 tid="t1" type="DATE" value="2017-04-12">April 12, 2017</TIMEX3>');
    expect(stripTextTags(io.stdout)).to.equal(INPUT);
    expect(io.stdout).to.contain('AT&amp;T <EVENT');
    expect(io.stdout).to.contain('resume</EVENT> ');
    expect(io.stdout).to.contain('.\r\nThe ');
  });

  it('tags exactly what the tagger finds, with unique tids that never reuse the DCT\'s t0', async () => {
    const input = join(dir, 'in.tml');
    await writeFile(input, INPUT);
    const { io, cli } = fakeIo();
    await main(['timeml', input], cli);
    const written = parseTimeml(io.stdout);
    const expected = tagTimexes(parseTimeml(INPUT).text, { dct: '2017-04-13' });
    expect(expected.length).to.be.greaterThan(2);
    expect(written.timexes.map((t) => [t.start, t.end, t.type, t.value])).to.deep.equal(expected.map((t) => [t.start, t.end, t.type, t.value]));
    const tids = written.timexes.map((t) => t.tid);
    expect(new Set(tids).size).to.equal(tids.length);
    expect(tids).to.not.include('t0');
    expect(tids[0]).to.equal('t1');
  });

  it('writes to a file with -o and nothing to stdout', async () => {
    const input = join(dir, 'in.tml');
    const output = join(dir, 'out.tml');
    await writeFile(input, INPUT);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', input, '-o', output], cli)).to.equal(0);
    expect(io.stdout).to.equal('');
    expect(stripTextTags(await readFile(output, 'utf8'))).to.equal(INPUT);
  });

  it('reads standard input for "-"', async () => {
    const { io, cli } = fakeIo(INPUT);
    expect(await main(['timeml', '-'], cli)).to.equal(0);
    expect(io.stdout).to.contain('>April 12, 2017</TIMEX3>');
  });

  it('tags the words that name events with TimeML EVENT tags and their class, never inside a TIMEX3', async () => {
    const input = join(dir, 'in.tml');
    await writeFile(input, INPUT);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', input], cli)).to.equal(0);
    expect(io.stdout).to.contain('<EVENT eid="e1" class="REPORTING">said</EVENT>');
    expect(io.stdout).to.match(/<EVENT eid="e\d+" class="OCCURRENCE">held<\/EVENT>/);
    const eids = [...io.stdout.matchAll(/<EVENT eid="(e\d+)"/g)].map((m) => m[1]);
    expect(new Set(eids).size).to.equal(eids.length);
    expect(io.stdout).to.not.match(/<TIMEX3[^>]*>[^<]*<EVENT/);
  });

  it('replaces the gold annotations of a training file instead of nesting inside them', async () => {
    const training = INPUT.replace('on Wednesday', 'on <TIMEX3 tid="t7" type="DATE" value="2017-04-12">Wednesday</TIMEX3>').replace(
      'said',
      '<EVENT eid="e1" class="REPORTING">said</EVENT>',
    );
    const input = join(dir, 'train.tml');
    await writeFile(input, training);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', input], cli)).to.equal(0);
    expect(io.stdout).to.not.contain('tid="t7"');
    expect(io.stdout.match(/<EVENT eid="e1"/g)).to.have.length(1);
    expect(stripTextTags(io.stdout)).to.equal(INPUT);
  });

  const malformed: [string, string, RegExp][] = [
    ['has no DCT', INPUT.replace(/<DCT>.*<\/DCT>\n/, ''), /no <DCT> element/],
    ['has no TEXT', INPUT.replace(/<TEXT>[^]*<\/TEXT>\n/, ''), /no <TEXT> element/],
    ['has an unbalanced tag', INPUT.replace('said', '<EVENT eid="e1">said'), /<\/TEXT> found where <\/EVENT> was expected/],
    ['is not XML', 'Talks resume next week.\n', /not an XML document/],
  ];
  for (const [what, source, message] of malformed) {
    it(`exits 2 naming the file and the problem when it ${what}`, async () => {
      const input = join(dir, 'bad.tml');
      await writeFile(input, source);
      const { io, cli } = fakeIo();
      expect(await main(['timeml', input], cli)).to.equal(2);
      expect(io.stdout).to.equal('');
      expect(io.stderr).to.contain(`${input}: not valid TimeML: `);
      expect(io.stderr).to.match(message);
    });
  }

  it('exits 2 naming a file that does not exist or cannot be read', async () => {
    const { io, cli } = fakeIo();
    expect(await main(['timeml', join(dir, 'missing.tml')], cli)).to.equal(2);
    expect(io.stderr).to.contain(`${join(dir, 'missing.tml')}: cannot read: no such file`);
    const again = fakeIo();
    expect(await main(['timeml', dir], again.cli)).to.equal(2);
    expect(again.io.stderr).to.contain(`${dir}: cannot read: is a directory`);
  });

  it('tags a whole directory tree, still writes the good files when one is malformed, and exits 2 at the end', async () => {
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    await mkdir(join(inDir, 'AQUAINT'), { recursive: true });
    await writeFile(join(inDir, 'a.tml'), INPUT);
    await writeFile(join(inDir, 'b.tml'), 'not xml at all');
    await writeFile(join(inDir, 'AQUAINT', 'c.tml'), document('1998-08-07'));
    await writeFile(join(inDir, 'notes.txt'), 'ignored');
    const { io, cli } = fakeIo();
    expect(await main(['timeml', '--dir', inDir, outDir], cli)).to.equal(2);
    expect(io.stderr).to.contain(`${join(inDir, 'b.tml')}: not valid TimeML`);
    expect(io.stderr).to.contain('2 of 3 files tagged');
    expect((await readdir(outDir)).sort()).to.deep.equal(['AQUAINT', 'a.tml']);
    expect(stripTextTags(await readFile(join(outDir, 'a.tml'), 'utf8'))).to.equal(INPUT);
    expect(await readFile(join(outDir, 'AQUAINT', 'c.tml'), 'utf8')).to.contain('value="1998-08-05">Wednesday</TIMEX3>');
  });

  it('exits 0 when every file of a directory is tagged', async () => {
    const inDir = join(dir, 'in');
    await mkdir(inDir);
    await writeFile(join(inDir, 'a.tml'), INPUT);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', '--dir', inDir, join(dir, 'out', 'nested')], cli)).to.equal(0);
    expect(io.stderr).to.contain('1 of 1 files tagged');
    expect(await readFile(join(dir, 'out', 'nested', 'a.tml'), 'utf8')).to.contain('</TIMEX3>');
  });

  it('refuses to write a directory over its own inputs', async () => {
    await writeFile(join(dir, 'a.tml'), INPUT);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', '--dir', dir, dir], cli)).to.equal(2);
    expect(io.stderr).to.contain('the inputs would be overwritten');
    expect(await readFile(join(dir, 'a.tml'), 'utf8')).to.equal(INPUT);
  });

  it('reports an unreadable file in a directory and goes on', async () => {
    // A dangling symlink cannot be read, even by root (for whom file permissions do not apply).
    await mkdir(join(dir, 'in'));
    await symlink(join(dir, 'nowhere.tml'), join(dir, 'in', 'x.tml'));
    await writeFile(join(dir, 'in', 'y.tml'), INPUT);
    const { io, cli } = fakeIo();
    expect(await main(['timeml', '--dir', join(dir, 'in'), join(dir, 'out')], cli)).to.equal(2);
    expect(io.stderr).to.contain(`${join(dir, 'in', 'x.tml')}: cannot read: no such file`);
    expect(await readdir(join(dir, 'out'))).to.deep.equal(['y.tml']);
  });

  const usageErrors: [string[], RegExp][] = [
    [[], /no input file/],
    [['a.tml', 'b.tml'], /give one input file/],
    [['--frobnicate', 'a.tml'], /unknown option --frobnicate/],
    [['--dir', 'in'], /--dir needs IN_DIR and OUT_DIR/],
    [['--dir', 'in', 'out', '-o', 'x'], /-o does not go with --dir/],
    [['a.tml', '-o'], /-o needs a file name/],
  ];
  for (const [args, message] of usageErrors) {
    it(`exits 2 with the usage for: timeml ${args.join(' ')}`, async () => {
      const { io, cli } = fakeIo();
      expect(await main(['timeml', ...args], cli)).to.equal(2);
      expect(io.stderr).to.match(message);
      expect(io.stderr).to.contain('Usage:');
    });
  }
});
