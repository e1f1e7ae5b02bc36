import { expect } from 'chai';
import { meetingTitle, shortName, tidy } from '@event-timeline/data';
import { upTo } from './helpers.js';

const titlesOf = (...paragraphs: string[]) => upTo(7, paragraphs.join('\n\n')).events.filter((e) => e.sentence.kind !== 'headline').map((e) => e.title);

describe('extract stage 07: writeTitles', () => {
  it('titles a meeting by its participants and place', () => {
    expect(titlesOf('Leaders hold talks', 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.')).to.deep.equal([
      'Merkel and Macron meet in Berlin',
    ]);
  });

  it('puts the subject, the verb in the present tense and its object', () => {
    expect(titlesOf('Rates rise again this spring', 'Here is the latest news.', 'The Federal Reserve raised interest rates on Wednesday, the third rise this year.')).to.deep.equal([
      'Federal Reserve raises interest rates',
    ]);
    expect(titlesOf('Budget passes', 'Here is the latest news.', 'On Tuesday, lawmakers in Ottawa approved the budget after a long debate.')).to.deep.equal(['Lawmakers in Ottawa approve budget']);
  });

  it('reads a passive with its agent actively', () => {
    expect(titlesOf('Budget news of the week', 'Here is the latest news.', 'The budget was approved by the US Senate on Friday.')).to.deep.equal(['US Senate approves budget']);
  });

  it('leaves dates out of titles', () => {
    for (const title of titlesOf('Leaders meet', 'Trade envoys will sign on Tuesday a new agreement on steel.')) expect(title).not.to.match(/Tuesday/);
  });

  it('titles a happening named by a noun with its noun phrase', () => {
    expect(titlesOf('News of the region today', 'Here is the latest news.', 'Investigators are still studying last week’s bombing of the power plant.')).to.deep.equal(['Bombing of power plant']);
  });

  it('keeps titles short and never the whole sentence', () => {
    const sentence =
      'On Monday, the ministry announced that government troops have launched a large offensive against the rebel positions in the mountains north of the capital, which the rebels had held since the spring of last year.';
    const [title] = titlesOf('Army moves north', sentence);
    expect(title.length).to.be.at.most(80);
    expect(title).not.to.equal(sentence);
    expect(title).to.match(/^Government troops launch/);
  });

  it('shortens names for titles', () => {
    expect(shortName({ name: 'Sergey Lavrov', kind: 'person' })).to.equal('Lavrov');
    expect(shortName({ name: 'United States', kind: 'country' })).to.equal('US');
    expect(meetingTitle([{ name: 'Rex Tillerson', kind: 'person' }, { name: 'Sergey Lavrov', kind: 'person' }, { name: 'Russia', kind: 'country' }], 'Moscow')).to.equal(
      'Tillerson and Lavrov meet in Moscow',
    );
    expect(tidy('talks on the future of the')).to.equal('Talks on future');
    expect(tidy('Obama delivers his State of the Union')).to.equal('Obama delivers his State of the Union');
  });
});

describe('extract: verb forms for titles', () => {
  it('finds the base form of regular and irregular past tenses', async () => {
    const { baseForm, thirdPerson } = await import('@event-timeline/data');
    const pairs: Array<[string, string]> = [
      ['provided', 'provide'], ['banned', 'ban'], ['called', 'call'], ['stated', 'state'], ['defeated', 'defeat'], ['visited', 'visit'],
      ['agreed', 'agree'], ['carried', 'carry'], ['involved', 'involve'], ['included', 'include'], ['criticized', 'criticize'],
      ['handled', 'handle'], ['raised', 'raise'], ['used', 'use'], ['focused', 'focus'], ['voted', 'vote'], ['opened', 'open'],
      ['examined', 'examine'], ['obtained', 'obtain'], ['declared', 'declare'], ['appeared', 'appear'], ['held', 'hold'], ['went', 'go'],
      ['secured', 'secure'], ['invoked', 'invoke'], ['looked', 'look'], ['changed', 'change'], ['judged', 'judge'], ['wanted', 'want'],
    ];
    for (const [past, base] of pairs) expect(baseForm(past), past).to.equal(base);
    expect(['meet', 'go', 'carry', 'push', 'have'].map(thirdPerson)).to.deep.equal(['meets', 'goes', 'carries', 'pushes', 'has']);
  });

  it('finds the base form that a headline needs where the lemma finder misses it ("tripled", "undergone", "goes")', async () => {
    const { verbBase } = await import('../../../packages/event-data/src/extract/language/morphology.js');
    const pairs: Array<[string, string]> = [
      ['tripled', 'triple'], ['doubled', 'double'], ['settled', 'settle'], ['described', 'describe'], ['died', 'die'], ['controlled', 'control'],
      ['associated', 'associate'], ['undergone', 'undergo'], ['goes', 'go'], ['carrying', 'carry'], ['called', 'call'], ['held', 'hold'],
    ];
    for (const [form, base] of pairs) expect(verbBase(form), form).to.equal(base);
  });

  it('keeps the silent e that spelling cannot show ("invited" → "invite" but "visited" → "visit"), in titles too', async () => {
    const { verbBase } = await import('../../../packages/event-data/src/extract/language/morphology.js');
    const pairs: Array<[string, string]> = [
      ['invited', 'invite'], ['welcomed', 'welcome'], ['postponed', 'postpone'], ['quoted', 'quote'], ['escaped', 'escape'], ['completed', 'complete'],
      ['refused', 'refuse'], ['assumed', 'assume'], ['equipped', 'equip'], ['piloted', 'pilot'], ['inviting', 'invite'],
      ['visited', 'visit'], ['opened', 'open'], ['focused', 'focus'], ['targeted', 'target'], ['summoned', 'summon'],
      ['collapsed', 'collapse'], ['reimbursed', 'reimburse'], ['analysed', 'analyse'], ['pressed', 'press'],
    ];
    for (const [form, base] of pairs) expect(verbBase(form), form).to.equal(base);
    const titles = upTo(7, 'Union news\n\nAna Ruiz welcomed the decision of the court on Tuesday.\n\nThe airline postponed the launch of its new route on Monday.', '2019-03-14').events.map((e) => e.title);
    expect(titles).to.have.members(['Ruiz welcomes decision of court', 'Airline postpones launch of its new route']);
  });

  it('brings a present tense in -s back to its base, and tells past forms from other words', async () => {
    const { presentBase, isPastForm } = await import('../../../packages/event-data/src/extract/language/morphology.js');
    expect(['goes', 'carries', 'meets', 'passes', 'releases', 'has'].map(presentBase)).to.deep.equal(['go', 'carry', 'meet', 'pass', 'release', 'have']);
    expect(['held', 'sworn', 'approved', 'agreed'].every(isPastForm)).to.equal(true);
    expect(['need', 'speed', 'holding', 'shares'].some(isPastForm)).to.equal(false);
  });

  it('gives the past participle of a past, and tells the pasts that cannot be one ("began", "came") from those that can', async () => {
    const { pastParticiple, isPastOnly } = await import('../../../packages/event-data/src/extract/language/morphology.js');
    expect(['dropped', 'admitted', 'began', 'took', 'held', 'ran', 'came'].map(pastParticiple)).to.deep.equal(['dropped', 'admitted', 'begun', 'taken', 'held', 'run', 'come']);
    expect(['began', 'came', 'took', 'wrote'].every(isPastOnly)).to.equal(true);
    expect(['dropped', 'held', 'begun', 'taken', 'set'].some(isPastOnly)).to.equal(false);
  });
});

describe('extract: names and places in titles', () => {
  it('calls East Asian leaders by their family name, which comes first', () => {
    expect(shortName({ name: 'Xi Jinping', kind: 'person' })).to.equal('Xi');
    expect(shortName({ name: 'Kim Jong Un', kind: 'person' })).to.equal('Kim');
    expect(shortName({ name: 'Emmanuel Macron', kind: 'person' })).to.equal('Macron');
  });

  it('reads a pronoun subject as the person named before, and an unknown capitalised name after "to" as the place', () => {
    const text = 'Macron in China\n\nFrench President Emmanuel Macron arrived in Beijing on Wednesday. He will hold talks with Chinese President Xi Jinping on Thursday.\n\nMacron flies to Guangzhou on Friday.';
    const events = upTo(7, text).events.filter((e) => e.sentence.kind !== 'headline');
    expect(events.map((e) => e.title)).to.deep.equal(['Macron arrives in Beijing', 'Macron and Xi meet', 'Macron flies to Guangzhou']);
    expect(events[2].place).to.equal('Guangzhou');
  });
});
