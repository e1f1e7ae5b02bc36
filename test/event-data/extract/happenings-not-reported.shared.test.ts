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

describe('extract: happenings told as a condition or a possibility', () => {
  it('does not date what an "if" or "unless" clause supposes ("would defend the port if rebels launched an assault")', () => {
    const events = dated('General Ana Ruiz said on Thursday that the army would defend the port if rebels launched an assault on the city.');
    expect(events.map(([w]) => w)).to.not.include('launched');
    expect(events.map(([w]) => w)).to.not.include('assault');
    expect(events).to.deep.include(['said', '2010-07-15']);
    const unless = dated('The union said on Friday that workers will strike on Monday unless the company raises wages.');
    expect(unless.map(([w]) => w)).to.not.include('raises');
  });

  it('does not date a noun in the scope of "might", "could" or a negation ("might hold talks") as a happening', () => {
    const talks = (sentence: string) => dated(sentence).filter(([w]) => w === 'talks');
    expect(talks('Lawmakers might hold talks on the budget next week.')).to.deep.equal([]);
    expect(talks('The two parties did not hold talks on Monday, officials said.')).to.deep.equal([]);
    expect(talks('Lawmakers will hold talks on the budget next week.')).to.deep.equal([['talks', '2010-W29']]);
  });

  it('still dates a happening in an adjunct of a modal verb ("may resign after the crash on Sunday")', () => {
    const events = dated('The transport minister may resign after the train crash on Sunday that killed nine people.');
    expect(events.map(([w]) => w)).to.satisfy((words: string[]) => words.includes('crash') || words.includes('killed'));
  });
});

describe('extract: a happening a modal verb takes as given', () => {
  it('keeps a definite noun that names a past happening ("would investigate the massacre … in 1994") dated', () => {
    const events = dated('The commission said on Friday it would investigate the massacre in the valley in 1994.');
    expect(events).to.deep.include(['massacre', '1994']);
  });
});

describe('extract: a verb coordinated with a modal one', () => {
  it('gives "and deliver" the mood of "would begin" before it, and "and cut" the future of "will close"', () => {
    const words = (sentence: string) => upTo(4, `Carmaker answers critics\n\n${sentence}`, '2010-07-17').triggers.filter((t) => t.sentence > 0).map((t) => `${t.text}:${t.mood}`);
    expect(words('The builder said it would begin work in January and deliver the first ship by June.')).to.include('deliver:irrealis');
    expect(words('The company will close the plant on Friday and cut 300 jobs.')).to.include('cut:future');
    expect(words('The company closed the plant on Friday and cut 300 jobs.')).to.include('cut:realis');
  });

  it('tells no happening in the clause of a negated verb of belief or of a denial', () => {
    const words = (sentence: string) => upTo(4, `Leak inquiry\n\n${sentence}`, '2010-07-17').triggers.filter((t) => t.sentence > 0).map((t) => `${t.text}:${t.mood}`);
    expect(words('His lawyer does not believe Hart leaked the documents.')).to.include('leaked:negated');
    expect(words('Hart denied that he had leaked the documents in 2009.')).to.include('leaked:irrealis');
    expect(words('Police believe the gunman fled on Tuesday.')).to.include('fled:realis');
    expect(words('Hart denied the charges filed against him on Monday.')).to.include('filed:realis');
  });

  it('gives the verbs of an infinitive series the infinitive\'s mood ("to ensure peace, strengthen trade and adopt …")', () => {
    const words = (sentence: string) => upTo(4, `Bloc marks anniversary\n\n${sentence}`, '2010-07-17').triggers.filter((t) => t.sentence > 0).map((t) => `${t.text}:${t.mood}`);
    expect(words('The bloc was founded in 1985 with a pledge to ensure peace, strengthen trade and adopt common rules.')).to.include('adopt:irrealis');
    expect(words('The two sides agreed on Monday to cut spending and raise taxes.')).to.include('raise:irrealis');
    expect(words('Police arrested two men on Monday and seized their weapons.')).to.include('seized:realis');
  });
});
