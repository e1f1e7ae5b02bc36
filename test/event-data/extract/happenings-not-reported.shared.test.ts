import { expect } from 'chai';
import { upTo } from './helpers.js';

// Invented news, publication date Saturday 17 July 2010.
const dated = (...paragraphs: string[]) =>
  upTo(6, ['Carmaker answers critics', ...paragraphs].join('\n\n'), '2010-07-17').events.map((e) => [e.trigger.text, e.time.value]);

describe('extract: happenings a sentence names but does not report', () => {
  it('does not date the alternative after "rather than" or "instead of", but the statement that rejects it', () => {
    const events = dated('Rather than recall the cars, Norvik Motors said yesterday that it will repair them for free.');
    expect(events.map(([w]) => w)).to.not.include('recall');
    expect(events).to.deep.include(['said', '2010-07-16']);
    expect(dated('Instead of raising prices, the company cut 300 jobs on Friday.').map(([w]) => w)).to.not.include('raising');
  });

  it('does not give a present perfect in a relative clause ("anyone who has bought one") the date of the main clause', () => {
    const events = dated('Norvik Motors closed its plant in Ohio on Thursday.', 'Norvik said on Friday that it will repair the car of anyone who has bought one.');
    expect(events.map(([w]) => w)).to.not.include('bought');
    expect(events).to.deep.include(['said', '2010-07-16']);
  });
});
