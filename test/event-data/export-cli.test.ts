import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { exportCsv, exportICalendar, exportTimelineJs, type Dataset } from '@event-timeline/data';
import { main, type CliIo } from '../../packages/event-data/src/cli/main.js';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';

function fakeIo(stdin?: string, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: { write: (t: string) => out.push(t), isTTY },
    err: { write: (t: string) => err.push(t) },
    readStdin: stdin === undefined ? undefined : async () => stdin,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const seed = JSON.parse(await readFile(resolve('packages/event-data/events.json'), 'utf8')) as Dataset;

describe('event-data export (CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the seed dataset in each format to a file, as the library does', async () => {
    const expected = {
      timelinejs: `${JSON.stringify(exportTimelineJs(seed), null, 2)}\n`,
      csv: await exportCsv(seed),
      ics: exportICalendar(seed),
    };
    for (const [format, content] of Object.entries(expected)) {
      const file = join(dir, `events.${format}`);
      const { io, out, err } = fakeIo();
      expect(await main(['export', '--format', format, 'packages/event-data/events.json', '-o', file], io)).to.equal(0);
      expect(await readFile(file, 'utf8')).to.equal(content);
      expect(out() + err()).to.equal('');
    }
    expect((JSON.parse(expected.timelinejs) as { events: unknown[] }).events).to.have.length(seed.events.length);
    expect(expected.ics.match(/BEGIN:VEVENT/g)).to.have.length(seed.events.length);
  });

  it('reads the NDJSON that extract --ndjson writes, from standard input', async () => {
    const dataset = sampleDataset();
    const ndjson = [JSON.stringify({ schemaVersion: 2, articles: dataset.articles }), ...dataset.events.map((e) => JSON.stringify(e))].join('\n') + '\n';
    const { io, out, err } = fakeIo(ndjson);
    expect(await main(['export', '--format=ics', '-'], io)).to.equal(0);
    expect(err()).to.equal('');
    expect(out()).to.equal(exportICalendar(dataset));
  });

  it('names each invalid event by line and path, leaves it out, exports the rest and exits 1', async () => {
    const dataset = sampleDataset();
    const lines = [
      JSON.stringify({ schemaVersion: 2, articles: dataset.articles }),
      JSON.stringify(dataset.events[0]),
      JSON.stringify({ ...dataset.events[1], time: { ...dataset.events[1]!.time, start: '12 April 2017' } }),
      '{"id": "ev-broken",',
      JSON.stringify(sampleEvent({ id: 'ev-orphan', mentions: [{ articleId: 'nowhere', sentence: 'x', start: 0, end: 1 }] })),
    ];
    const file = join(dir, 'events.ndjson');
    await writeFile(file, lines.join('\n'));
    const target = join(dir, 'out.csv');
    const { io, err } = fakeIo();
    expect(await main(['export', '--format', 'csv', file, '-o', target], io)).to.equal(1);
    expect(err().split('\n')).to.deep.equal([
      `${file}:4: not JSON: ${(() => { try { JSON.parse(lines[3]!); } catch (e) { return (e as Error).message; } })()}`,
      `${file}:3: events[1].time.start: not an ISO 8601 date: "12 April 2017"`,
      `${file}:5: events[2].mentions[0].articleId: "nowhere" is not in articles`,
      'event-data export: left out 3 events and 0 articles (named above); exported the other 1 events',
      '',
    ]);
    const csv = await readFile(target, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(2);
    expect(csv).to.contain('ev-moscow-talks');
  });

  it('refuses a file that is not a dataset with where and why, exit 2, nothing written', async () => {
    const cases: [string, string][] = [
      ['{"schemaVersion": 2, "articles": [], "events": [\n  {"id": 1,}\n]}', 'not JSON: '],
      ['{"schemaVersion": 3, "articles": [], "events": []}', 'schemaVersion: expected 1 or 2, got number 3'],
      ['[{"id": "a1"}]', '(root): expected a dataset {schemaVersion, articles, events}, got an array'],
      ['{"schemaVersion": 2, "articles": {}, "events": []}', 'articles: expected an array, got an object'],
      ['', 'empty input'],
    ];
    for (const [content, reason] of cases) {
      const file = join(dir, 'in.json');
      await writeFile(file, content);
      const { io, err } = fakeIo();
      expect(await main(['export', '--format', 'timelinejs', file, '-o', join(dir, 'out.json')], io), content).to.equal(2);
      expect(err()).to.contain(`${file}: ${reason}`);
      expect(err()).to.contain(`event-data export: ${file} is not a dataset of schema version 1 or 2; nothing written\n`);
    }
    expect(await readdir(dir)).to.deep.equal(['in.json']);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const file = join(dir, 'in.json');
    await writeFile(file, '{"schemaVersion": 2, "articles": [], "events": [\n  {"id": 1,}\n]}');
    const { io, err } = fakeIo();
    expect(await main(['export', '--format', 'csv', file], io)).to.equal(2);
    expect(err()).to.match(/not JSON: .*\(line 2, column 12\)\n/);
  });

  it('shows a usage error for an unknown or missing format, or no dataset, exit 2', async () => {
    for (const [args, message] of [
      [['--format', 'xml', 'x.json'], 'unknown format "xml": use timelinejs, csv, ics'],
      [['x.json'], '--format is required: timelinejs, csv, ics'],
      [['--format', 'csv'], 'no dataset: give a file, or - for standard input'],
      [['--format', 'csv', '--bogus', 'x.json'], 'unknown option --bogus'],
    ] as const) {
      const { io, out, err } = fakeIo();
      expect(await main(['export', ...args], io)).to.equal(2);
      expect(out()).to.equal('');
      expect(err()).to.contain(`event-data export: ${message}\n\nUsage:\n  event-data export --format timelinejs|csv|ics DATASET [-o FILE]`);
    }
    const help = fakeIo();
    expect(await main(['export', '--help'], help.io)).to.equal(0);
    expect(help.out()).to.contain('Exit codes: 0 ok; 1 some articles or events were invalid and left out;');
  });

  it('never prints control characters from the input raw to the terminal', async () => {
    const file = join(dir, 'evil\u001b]0;pwned\u0007.json');
    const dataset = sampleDataset();
    (dataset.events[1] as { type: string }).type = 'party\u001b[2J';
    dataset.events[0]!.title = 'Talks\u001b]0;title\u0007 \u202eevil';
    await writeFile(file, JSON.stringify(dataset));
    const { io, out, err } = fakeIo(undefined, true);
    expect(await main(['export', '--format', 'csv', file], io)).to.equal(1);
    expect(err()).to.contain('evil\\x1b]0;pwned\\x07.json: events[1].type: "party\\u001b[2J" is not one of');
    expect(out()).to.contain('Talks\\x1b]0;title\\x07 \\u202eevil');
    expect(out() + err()).not.to.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('writes the same bytes in another time zone (TZ=America/New_York, Pacific/Kiritimati)', async () => {
    const mainUrl = pathToFileURL(resolve('packages/event-data/src/cli/main.ts')).href;
    const script = join(dir, 'run.mjs');
    await writeFile(
      script,
      `import { main } from ${JSON.stringify(mainUrl)};\n` +
        `for (const f of ['timelinejs', 'csv', 'ics']) await main(['export', '--format', f, 'packages/event-data/events.json', '-o', process.argv[2] + '/' + f]);\n`,
    );
    const here = { timelinejs: '', csv: '', ics: '' };
    for (const format of Object.keys(here) as (keyof typeof here)[]) {
      expect(await main(['export', '--format', format, 'packages/event-data/events.json', '-o', join(dir, `here-${format}`)], fakeIo().io)).to.equal(0);
      here[format] = await readFile(join(dir, `here-${format}`), 'utf8');
    }
    for (const tz of ['America/New_York', 'Pacific/Kiritimati']) {
      const outDir = await mkdtemp(join(dir, 'tz-'));
      await promisify(execFile)(process.execPath, ['--import', 'tsx', '--conditions=source', script, outDir], { env: { ...process.env, TZ: tz } });
      for (const format of Object.keys(here) as (keyof typeof here)[]) expect(await readFile(join(outDir, format), 'utf8'), `${tz} ${format}`).to.equal(here[format]);
    }
  });
});
