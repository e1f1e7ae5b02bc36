import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseUrlList, readUrlFile } from '../../packages/event-data/src/input/url-list.js';

describe('URL lists: one URL a line, # comments', () => {
  const text = [
    '\ufeff# Stories about the harbour bridge',
    'https://news.example/2021/03/09/bridge-closed',
    '',
    '   https://news.example/2021/03/10/ferries   # the follow-up',
    'https://news.example/story#comments',
    'news.example/2021/03/11/reopening',
    'ftp://files.example/story.html',
    '\thttp://other.example/a b\r',
  ].join('\n');
  const list = parseUrlList(text, 'urls.txt');

  it('reads the URLs with their line numbers, skipping comments and blank lines', () => {
    expect(list.urls).to.deep.equal([
      { url: 'https://news.example/2021/03/09/bridge-closed', line: 2 },
      { url: 'https://news.example/2021/03/10/ferries', line: 4 },
      { url: 'https://news.example/story#comments', line: 5 },
      { url: 'http://other.example/a%20b', line: 8 },
    ]);
  });

  it('names each line it cannot read, with its file and line, and says how to fix a missing scheme', () => {
    expect(list.problems).to.deep.equal([
      'urls.txt:6: not a URL: "news.example/2021/03/11/reopening" (start it with https://)',
      'urls.txt:7: not a web address (only http and https): "ftp://files.example/story.html"',
    ]);
  });

  it('reads a file, and says which file it could not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'url-list-'));
    try {
      writeFileSync(join(dir, 'urls.txt'), 'https://a.example/1\r\nhttps://b.example/2\r\n');
      expect((await readUrlFile(join(dir, 'urls.txt'))).urls.map((u) => u.url)).to.deep.equal(['https://a.example/1', 'https://b.example/2']);
      let message = '';
      await readUrlFile(join(dir, 'missing.txt')).catch((e: Error) => (message = e.message));
      expect(message).to.equal(`${join(dir, 'missing.txt')}: no such file`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
