import { expect } from 'chai';
import { extractEvents } from '@event-timeline/data';
import { upTo } from './helpers.js';

// Web pages put no-break, thin and narrow no-break spaces and line breaks inside names and titles.
const NBSP = '\u00a0';
const THIN = '\u2009';
const NNBSP = '\u202f';

describe('extract: white space in names, roles, places and titles', () => {
  const text = [
    `Ministers meet in Oslo`,
    '',
    `Norwegian Foreign${NBSP}Minister Ine${THIN}Eriksen met the Danish Minister of${NBSP}Defence Troels${NNBSP}Poulsen in Oslo on Monday.`,
    '',
    `The Nordic Defence\nCouncil said on Tuesday it would meet again in Bergen.`,
  ].join('\n');

  it('gives roles and names with one plain space between words (stage 05)', () => {
    const doc = upTo(5, text);
    const people = doc.entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => p.name)).to.include.members(['Ine Eriksen', 'Troels Poulsen']);
    expect(people.find((p) => p.name === 'Ine Eriksen')?.role).to.equal('Norwegian Foreign Minister');
    expect(people.find((p) => p.name === 'Troels Poulsen')?.role).to.equal('Danish Minister of Defence');
    for (const e of doc.entities) {
      expect(e.name, e.name).to.not.match(/[^\S ]|\s\s/);
      if (e.role) expect(e.role, e.role).to.not.match(/[^\S ]|\s\s/);
    }
  });

  it('leaves no Unicode space, line break or double space in any string of the dataset', () => {
    const { dataset } = extractEvents([{ id: 'ws', published: '2019-03-14', text }]);
    expect(dataset.events.length).to.be.greaterThan(0);
    const strings = dataset.events.flatMap((e) => [e.title, e.place ?? '', ...e.actors.flatMap((a) => [a.name, a.role ?? ''])]);
    expect(strings.some((s) => /Eriksen|Poulsen/.test(s))).to.equal(true);
    for (const s of strings) expect(s, JSON.stringify(s)).to.not.match(/[^\S ]|\s\s|^\s|\s$/);
  });
});
