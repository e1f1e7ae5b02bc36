import { expect } from 'chai';
import { upTo } from './helpers.js';

// Invented news, not the seed articles: names outside the gazetteer, told apart by their shape and context.
const kindsOf = (text: string) => {
  const doc = upTo(5, text);
  const byText = new Map(doc.actorMentions.map((m) => [m.text, doc.entities[m.entity]]));
  return { doc, entity: (surface: string) => byText.get(surface), places: doc.places.map((p) => p.name) };
};

describe('extract stage 05: organisations by their name and context', () => {
  it('reads corporate suffixes and trade words as companies ("Acme Motors", "Apple Inc.", "Deutsche Bank AG")', () => {
    const { entity } = kindsOf('Carmaker signs supply deal\n\nAcme Motors signed a deal with Apple Inc. and Deutsche Bank AG on Monday. Infogear Technology Corp. declined to comment.');
    expect(entity('Acme Motors')).to.deep.include({ kind: 'organization' });
    expect(entity('Apple Inc.')).to.deep.include({ kind: 'organization', name: 'Apple Inc.' });
    expect(entity('Deutsche Bank AG')).to.deep.include({ kind: 'organization' });
    expect(entity('Infogear Technology Corp.')).to.deep.include({ kind: 'organization' });
  });

  it('keeps two-word names whole ("Deutsche Bank", not "Bank")', () => {
    const { doc } = kindsOf('Lender pays fine over rates\n\nDeutsche Bank paid the fine on Tuesday.');
    expect(doc.entities.map((e) => e.name)).to.deep.equal(['Deutsche Bank']);
  });

  it('reads a name before a noun for people as their employer ("two former Haldex pilots"), not as a person', () => {
    const { entity } = kindsOf('Airline founded\n\nSkyjet was founded in 2004 by two former Haldex pilots. Norvo engineers walked out on Monday.');
    expect(entity('Haldex')).to.deep.include({ kind: 'organization' });
    expect(entity('Norvo')).to.deep.include({ kind: 'organization' });
  });

  it('leaves a number word that opens a sentence out of the name after it ("Three Norvo pilots")', () => {
    const { doc } = kindsOf('Pilots quit\n\nThree Norvo pilots resigned on Monday.');
    expect(doc.entities.map((e) => e.name)).to.deep.equal(['Norvo']);
  });

  it('reads city councils and federal bodies outside the gazetteer as organisations', () => {
    const { entity } = kindsOf('Council backs airport plan\n\nThe Springfield City Council approved the plan on Monday after the Federal Aviation Administration cleared it.');
    expect(entity('Springfield City Council')).to.deep.include({ kind: 'organization' });
    expect(entity('Federal Aviation Administration')).to.deep.include({ kind: 'organization' });
  });

  it('reads an apposition with a company noun, "X-based" and a company noun before the name', () => {
    const { entity } = kindsOf(
      'Council picks builder for bridge\n\nThe council hired Halvorsen, a construction firm, on Monday. Dallas-based Brightwater won a second contract. Shares of Kellerman fell after retailer Best Buy cut prices.',
    );
    expect(entity('Halvorsen')).to.deep.include({ kind: 'organization' });
    expect(entity('Brightwater')).to.deep.include({ kind: 'organization' });
    expect(entity('Kellerman')).to.deep.include({ kind: 'organization' });
    expect(entity('Best Buy')).to.deep.include({ kind: 'organization' });
  });

  it('reads acronyms as organisations and resolves one to the body whose initials it is', () => {
    const { entity } = kindsOf('Regulator issues drone rules\n\nThe Federal Aviation Administration issued new rules on Monday. The FAA said NPD and AT&T had been consulted.');
    expect(entity('FAA')?.name).to.equal('Federal Aviation Administration');
    expect(entity('NPD')).to.deep.include({ kind: 'organization' });
    expect(entity('AT&T')).to.deep.include({ kind: 'organization' });
  });

  it('keeps "National" and "and" inside a body\'s name, and gives names joined by "and" one kind', () => {
    const { entity } = kindsOf(
      'Safety board opens inquiry\n\nThe National Transportation Safety Board and the Disaster and Emergency Management Authority met on Monday. Delta Air Lines and Boeing declined to comment.',
    );
    expect(entity('National Transportation Safety Board')).to.deep.include({ kind: 'organization' });
    expect(entity('Disaster and Emergency Management Authority')).to.deep.include({ kind: 'organization' });
    expect(entity('Delta Air Lines')).to.deep.include({ kind: 'organization' });
    expect(entity('Boeing')).to.deep.include({ kind: 'organization' });
  });

  it('resolves a company\'s first word to its full name ("Apple" after "Apple Computer")', () => {
    const { entity } = kindsOf('Computer maker posts record profit\n\nApple Computer reported record profits on Tuesday. Apple said sales of the iPod doubled.');
    expect(entity('Apple')?.name).to.equal('Apple Computer');
  });
});

describe('extract stage 05: people by titles, appositions and names', () => {
  it('reads a title or an occupation before a name as a person, with that role', () => {
    const { entity } = kindsOf('Court rules on patent case\n\nJudge Martin Mann ruled on Monday. Novelist Jane Doe and CEO Steve Jobs attended.');
    expect(entity('Martin Mann')).to.deep.include({ kind: 'person', role: 'Judge' });
    expect(entity('Jane Doe')).to.deep.include({ kind: 'person' });
    expect(entity('Steve Jobs')).to.deep.include({ kind: 'person', role: 'CEO' });
  });

  it('keeps the employer between a title and a name out of the person ("Apple CEO Steve Jobs")', () => {
    const { entity, doc } = kindsOf('Tech leaders speak at conference\n\nFormer Microsoft CEO Bill Gates and Apple Chief Executive Officer Steve Jobs spoke on Monday.');
    expect(entity('Bill Gates')).to.deep.include({ kind: 'person' });
    expect(entity('Steve Jobs')).to.deep.include({ kind: 'person' });
    expect(doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)).to.have.members(['Bill Gates', 'Steve Jobs']);
  });

  it('reads a person from an apposition with a role or an age, and keeps initials in the name', () => {
    const { entity } = kindsOf('Hardware chief leaves company\n\nKarl Papermaster, 49, left on Monday. Vrenna, the company’s chief engineer, said so. Timothy D. Cook will lead.');
    expect(entity('Karl Papermaster')).to.deep.include({ kind: 'person' });
    expect(entity('Vrenna')).to.deep.include({ kind: 'person' });
    expect(entity('Timothy D. Cook')).to.deep.include({ kind: 'person' });
  });

  it('takes the role from an apposition or from a title set off by a comma', () => {
    const { entity } = kindsOf(
      'Builder files for bankruptcy\n\nThe company’s chief executive, Dana Whitfield, said on Tuesday the firm would go on. Karl Brenner, the chief financial officer of Halvorsen Construction Co., resigned.',
    );
    expect(entity('Dana Whitfield')).to.deep.include({ kind: 'person', role: 'chief executive' });
    expect(entity('Karl Brenner')).to.deep.include({ kind: 'person', role: 'chief financial officer of Halvorsen Construction Co.' });
  });

  it('reads a person from a verb only people are the subject of ("Jacinda Ardern visited")', () => {
    expect(kindsOf('Storm hits coast\n\nJacinda Ardern visited Christchurch on Tuesday.').entity('Jacinda Ardern')).to.deep.include({ kind: 'person' });
  });

  it('reads a pair that starts with a common given name as a person, and one that does not as no actor', () => {
    const { entity, doc } = kindsOf('Company reports record sales\n\nGreg Joswiak said on Monday that the song Le Freak sold well in the Single Market.');
    expect(entity('Greg Joswiak')).to.deep.include({ kind: 'person' });
    expect(doc.entities.map((e) => e.name)).not.to.include.members(['Le Freak', 'Single Market']);
  });
});

describe('extract stage 05: products and named events are not people', () => {
  it('reads a name with a model number, a camel-case brand and the object of "released" as other', () => {
    const { entity } = kindsOf('Company reports record sales\n\nApple Inc. released the MacBook Air on Monday and unveiled iPhone 4 at the Worldwide Developers Conference.');
    expect(entity('MacBook Air')).to.deep.include({ kind: 'other' });
    expect(entity('iPhone 4')).to.deep.include({ kind: 'other' });
    expect(entity('Worldwide Developers Conference')).to.deep.include({ kind: 'other' });
  });

  it('keeps a possessive inside an event\'s name ("Worldwide Developer\'s Conference")', () => {
    const { entity, doc } = kindsOf('Tech leaders speak at conference\n\nJobs spoke at the 2010 Worldwide Developer\'s Conference on Monday.');
    expect(entity('Worldwide Developer\'s Conference')).to.deep.include({ kind: 'other' });
    expect(doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)).to.deep.equal([]);
  });
});

describe('extract stage 05: places by prepositions, regions and place nouns', () => {
  it('finds a town after "in", before a state, and after "the town of"', () => {
    const { places } = kindsOf('Tornado hits small towns\n\nA tornado hit Dayton, Ohio, on Monday. Mayor Ann Lee said the town of Millbrook was spared. Crews worked in Brookfield.');
    expect(places).to.include.members(['Dayton', 'Ohio', 'Millbrook', 'Brookfield']);
  });

  it('reads a wire-copy state abbreviation after a town as the state ("Cupertino, Calif." is in California)', () => {
    const { places } = kindsOf('Company opens new campus\n\nThe company opened a campus in Cupertino, Calif., on Monday.');
    expect(places).to.deep.equal(['Cupertino', 'California']);
  });

  it('finds the place of "the Cupertino-based company" and makes the company an organisation', () => {
    const { places, entity } = kindsOf('Software firm opens new office\n\nCupertino-based Orchard opened an office on Monday.');
    expect(places).to.include('Cupertino');
    expect(entity('Orchard')).to.deep.include({ kind: 'organization' });
  });

  it('reads "Heathrow Airport" and "Orange County" as places, and an organisation after a city as one name', () => {
    const { places, entity } = kindsOf('Airport reopens after storm\n\nFlights left Heathrow Airport for Orange County on Monday. The New York Stock Exchange opened late.');
    expect(places).to.include.members(['Heathrow Airport', 'Orange County']);
    expect(entity('New York Stock Exchange')).to.deep.include({ kind: 'organization' });
    expect(places).not.to.include('New York');
  });
});

describe('extract stage 05: what is not an actor or a place', () => {
  it('makes no organisation of a surname before "regime" and no person of a product after a possessive', () => {
    const { doc } = kindsOf('Strike on air base\n\nThe Assad regime denied the attack on Monday. Apple Computer said Apple Computer’s Mac sold well.');
    expect(doc.entities.map((e) => `${e.kind}:${e.name}`)).to.deep.equal(['organization:Apple Computer']);
  });

  it('makes no person of the company in a person\'s apposition ("Steve Jobs, Apple\'s chief executive,")', () => {
    const { doc } = kindsOf('Company plans launch\n\nSteve Jobs, Apple’s chief executive, said on Monday the company would ship in March.');
    expect(doc.entities.map((e) => `${e.kind}:${e.name}`)).to.deep.equal(['person:Steve Jobs']);
  });

  it('reads no acronym in shouting, role abbreviations or units, and no place in a language', () => {
    const { doc } = kindsOf('Leaders meet in capital\n\nMUST WATCH: the CEO spoke for 30 GB of video in Arabic on Monday.');
    expect(doc.entities).to.deep.equal([]);
    expect(doc.places).to.deep.equal([]);
  });

  it('reads no person in a title-case headline whose names the body does not give', () => {
    const { doc } = kindsOf('Snow Leopard Ships Early For Mac Users\n\nThe update went on sale on Monday.');
    expect(doc.entities).to.deep.equal([]);
  });
});

describe('extract: transport companies by their sector word', () => {
  it('reads "Northsea Ferries" as an organisation, even after "in"', async () => {
    const { upTo } = await import('./helpers.js');
    const doc = upTo(5, 'Ferry news\n\nHere is the latest news.\n\nShares in Northsea Ferries fell 9 percent on Tuesday.');
    expect(doc.entities.map((e) => [e.name, e.kind])).to.deep.include(['Northsea Ferries', 'organization']);
    expect(doc.places.map((p) => p.name)).to.not.include('Northsea Ferries');
  });
});
