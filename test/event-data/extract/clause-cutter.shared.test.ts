import { expect } from 'chai';
import { clauses, opensOrderedClause } from '../../../packages/event-data/src/extract/language/clauses.js';
import { tokenize } from '../../../packages/event-data/src/extract/language/tokens.js';

/** The clauses of a sentence, as text. */
const cut = (sentence: string) => clauses(tokenize(sentence)).spans.map((s) => sentence.slice(s.start, s.end));

describe('extract: the clause cutter and "that" before a time word', () => {
  it('keeps "that afternoon", "later that night" and "that same day" in the clause they date', () => {
    expect(cut('Crews began repairs that afternoon and left later that night.')).to.deep.equal(['Crews began repairs that afternoon and left later that night.']);
    expect(cut('The mayor resigned that same day.')).to.deep.equal(['The mayor resigned that same day.']);
  });

  it('keeps a month or a weekday named after "that" in its clause ("that June", "that Friday")', () => {
    expect(cut('The firm began work that June and finished the deck that autumn.')).to.deep.equal(['The firm began work that June and finished the deck that autumn.']);
    expect(cut('Later that Friday the board fired its chief.')).to.deep.equal(['Later that Friday the board fired its chief.']);
  });

  it('ends a sentence-initial clause of time at its comma when it holds "that night"', () => {
    expect(cut('When the levee broke that night, residents fled to the school.')).to.deep.equal(['When the levee broke that night,', 'residents fled to the school.']);
  });

  it('ends a sentence-initial "When"/"While" clause at its comma whatever its verb, but not a phrase ("While in office,")', () => {
    expect(cut('When the storm hit the coast, two people died on Tuesday.')).to.deep.equal(['When the storm hit the coast,', 'two people died on Tuesday.']);
    expect(cut('While in office, Smith approved the budget.')).to.deep.equal(['While in office, Smith approved the budget.']);
    expect(cut('Once again, the board rejected the bid.')).to.deep.equal(['Once again, the board rejected the bid.']);
  });

  it('still opens a clause at "that" when the time word is the subject or a modifier of what follows', () => {
    expect(cut('Analysts said that night clubs would close.')).to.deep.equal(['Analysts said', 'that night clubs would close.']);
    expect(cut('Its chief said that June sales rose.')).to.deep.equal(['Its chief said', 'that June sales rose.']);
    expect(cut('Officials warned that winter was coming.')).to.deep.equal(['Officials warned', 'that winter was coming.']);
  });

  it('still opens a relative clause at "that" before a verb or a common noun ("the march that began", "prices that fall sharply")', () => {
    expect(cut('Police stopped the march that began at noon.')).to.deep.equal(['Police stopped the march', 'that began at noon.']);
    expect(cut('Traders sold shares that fall sharply.')).to.deep.equal(['Traders sold shares', 'that fall sharply.']);
  });

  it('does not read a capital in a Title Case headline as a month ("Storm That May Hit Coast")', () => {
    expect(cut('Storm That May Hit Coast Strengthens')).to.deep.equal(['Storm', 'That May Hit Coast Strengthens']);
  });
});

describe('extract: a clause of time that orders one happening against another', () => {
  const opens = (sentence: string, word: string) => {
    const tokens = tokenize(sentence);
    return opensOrderedClause(tokens, tokens.findIndex((t) => t.lower === word));
  };

  it('opens at "after", "before", "until" or "since" followed by a subject and its finite verb', () => {
    expect(opens('Talks resumed in March after the pension fund urged the board to negotiate.', 'after')).to.equal(true);
    expect(opens('Shares fell before the company had reported its results.', 'before')).to.equal(true);
  });

  it('does not open at a noun phrase, a date, or a participle with no subject of its own', () => {
    expect(opens('Acme recalled 20,000 cars after reports of brake failures.', 'after')).to.equal(false);
    expect(opens('She has fought cancer since 2004 and has been on leave since January.', 'since')).to.equal(false);
    expect(opens('He resigned after being arrested in May.', 'after')).to.equal(false);
  });
});
