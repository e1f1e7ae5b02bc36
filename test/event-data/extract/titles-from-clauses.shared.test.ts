import { expect } from 'chai';
import { upTo } from './helpers.js';

// Invented sentences, not the seed articles or the trial corpus. Publication date: Thursday 14 March 2019.
const titles = (body: string, headline = 'News of the week') =>
  upTo(7, `${headline}\n\n${body}`)
    .events.filter((e) => e.sentence.kind !== 'headline')
    .map((e) => e.title);

describe('extract stage 07: the subject of a title', () => {
  it('writes the name a pronoun stands for: a person for "she", the company named before for "it"', () => {
    expect(titles('Acme Motors posted a loss in March. It filed for bankruptcy on Monday.')).to.include('Acme Motors files for bankruptcy');
    expect(titles('Jane Doe joined the board of Acme Motors in 2001. She resigned on Monday.')).to.include('Doe resigns');
  });

  it('reads "it" as the subject of its own sentence when no name stands before it, and "they" as the names joined before', () => {
    expect(titles('The union said it will call further strikes next week.')).to.deep.equal(['Union calls further strikes']);
    expect(titles('The ministers of France and Germany met in Geneva on Thursday. They agreed to send a joint mission on Friday.')).to.include(
      'France and Germany agree to send joint mission',
    );
  });

  it('takes the noun a participle clause modifies as the subject, not an object inside that clause', () => {
    const written = titles(
      'Four-party talks aimed at persuading Norland to give up its missile programme began in Oslo on Monday. ' +
        'Talks held in Vienna ended on Tuesday. Police searched for the driver after the fire began on Wednesday.',
    );
    expect(written).to.include('Four-party talks begin in Oslo');
    expect(written).to.include('Talks end');
    expect(written, 'a clause of time keeps its own subject').to.include('Fire begins');
  });

  it('makes the verb agree with a plural name the article also writes in the singular ("Islamists refuse")', () => {
    const written = titles('An Islamist leader spoke on Monday. On Tuesday, Islamists refused to negotiate. The United States set a deadline on Wednesday, the State Department said.');
    expect(written).to.include('Islamists refuse to negotiate');
    expect(written.join(' | ')).to.match(/US sets deadline/);
  });

  it('takes a name as the subject past a phrase between it and its verb, and past a person\'s age', () => {
    const written = titles(
      'Mayor Anna Berg on Tuesday with a smile conceded defeat in the vote. Hart, 35, who missed the final, won the race on Saturday. ' +
        'Officials suspended the talks with the rebels after the rebels refused a ceasefire on Sunday.',
    );
    expect(written).to.include('Berg concedes defeat in vote');
    expect(written).to.include('Hart wins race');
    expect(written, 'a clause after "after" keeps its subject').to.include('Rebels refuse ceasefire');
  });

  it('cuts a long subject back to its noun rather than lose the verb to the length limit', () => {
    const [written] = titles('The opening match between the national teams of the two neighbouring countries at the old city stadium was called off on Sunday due to persistent heavy rain.');
    expect(written).to.match(/ called off due to persistent heavy rain$/);
    expect(titles('Police said 160 kg of heroin stashed in two trucks of a convoy from the eastern border provinces was seized on Monday in the city.')[0]).to.match(/^160 kg of heroin/);
  });

  it('keeps a noun phrase whole past a date that modifies its noun ("the March 3-4 summit")', () => {
    expect(titles('The ministers were hopeful about a deal at the March 3-4 summit in Oslo.')).to.include('Deal at summit in Oslo');
  });

  it('keeps a subject whole with two phrases after its noun ("Value of new currency against dollar falls")', () => {
    expect(titles('The value of the new currency against the dollar fell on Monday.')).to.include('Value of new currency against dollar falls');
  });

  it('takes the noun a relative clause describes as the subject, not the object inside the clause', () => {
    const written = titles('A hiker who fell while climbing on the north face of Mount Kell has died from his injuries. The reporter who interviewed the minister resigned on Friday.');
    expect(written).to.include('Hiker dies from his injuries');
    expect(written).to.include('Reporter resigns');
  });

  it('reads a simple past that is not a participle ("came", not "come") as the finite verb, never a passive', () => {
    expect(titles('Supplies for the flood victims came by boat on Tuesday.')).to.include('Supplies for flood victims come by boat');
  });

  it('writes the person an object pronoun stands for ("The FBI arrested him")', () => {
    expect(titles('Former mayor John Miller took bribes for years. The FBI arrested him at his home on Monday.')).to.include('FBI arrests Miller at his home');
  });

  it('never takes a date or a pronoun it cannot resolve for the subject', () => {
    expect(titles('In 2019 the council removed the statue.')).to.deep.equal(['Council removes statue']);
    for (const title of titles('In 1986 he bought a studio.')) expect(title).not.to.match(/^(He|1986|In)\b/);
  });

  it('takes the subject of the main clause, not of an apposition or a relative clause', () => {
    expect(titles('Jane Doe, the company’s founder, resigned on Monday.')).to.deep.equal(['Doe resigns']);
    expect(titles('Acme Motors, which was founded in 1911 by John Roe, filed for bankruptcy on Monday.')).to.include('Acme Motors files for bankruptcy');
  });

  it('reads the noun a relative clause is about as the subject of its verb ("Pixar, which was acquired by Disney")', () => {
    expect(titles('The studio bought Pixar, which was acquired by Disney in 2006.')).to.include('Disney acquires Pixar');
  });

  it('keeps the subject of a second verb joined by "and" ("tripled in 2004 and doubled in 2005")', () => {
    expect(titles('The stock of Acme Motors tripled in 2004 and doubled in 2005.')).to.deep.equal(['Stock of Acme Motors triples', 'Stock of Acme Motors doubles']);
  });

  it('agrees the verb with its subject, and does not read a capital that starts the sentence as a name', () => {
    expect(titles('Shares fell 5 percent on Monday after the report.')).to.deep.equal(['Shares fall 5 percent']);
    expect(titles('The city council approved the bridge contract on Tuesday.')).to.deep.equal(['City council approves bridge contract']);
  });

  it('keeps a plain description with a full name, and calls a person with a title by the surname', () => {
    expect(titles('Novelist Jane Doe died on Sunday at 89.')).to.deep.equal(['Novelist Jane Doe dies at 89']);
    expect(titles('French President Emmanuel Macron arrived in Beijing on Wednesday.')).to.deep.equal(['Macron arrives in Beijing']);
  });
});

describe('extract stage 07: a partitive of a pronoun', () => {
  it('writes what "one of them" counts from, never the pronoun ("One of two workers dies")', () => {
    const written = titles('Two workers were taken to hospital with burns on Tuesday, and one of them died on Wednesday morning.');
    expect(written).to.include('One of two workers dies');
    expect(written.join(' ')).to.not.match(/\bthem\b/);
  });
});

describe('extract stage 07: the object of a title', () => {
  it('keeps a particle before a weekday, which no preposition governs ("steps in", "gives up on")', () => {
    expect(titles('Denmark stepped in Saturday and announced it would table the motion.')).to.include('Denmark steps in');
    expect(titles('Acme gave up Friday on its bid for Norvik.')).to.include('Acme gives up on its bid for Norvik');
  });

  it('ends the object where a clause of time tells another happening ("Talks resume", not "… after pension fund")', () => {
    expect(titles('Talks resumed in March after the pension fund urged the board to negotiate.')).to.include('Talks resume');
    // and its subject is a subject, not a noun a participle describes ("JPMorgan Chase agreed to buy …")
    expect(titles('Shares of Northwind fell after Acme Bank agreed on Sunday to buy the lender.')).to.include('Acme Bank agrees to buy lender');
  });

  it('finds the object that a relative clause without "that" leaves before its subject ("the 40 missiles Acme sold")', () => {
    expect(titles('The general described the 40 missiles Acme Defence sold to the army in 2018 as obsolete.')).to.deep.equal(['Acme Defence sells 40 missiles to army']);
  });

  it('keeps a short quotation and a question that complete the object', () => {
    expect(titles('The prime minister on Monday called the vote “a victory for democracy”.')).to.deep.equal(['Prime minister calls vote victory for democracy']);
    expect(titles('During the trial the bank showed the court how many times the logo appeared on its cards.')).to.deep.equal([
      'Bank shows court how many times logo appeared on its cards',
    ]);
  });

  it('leaves a date between two phrases of the clause out and goes on', () => {
    expect(titles('Jane Doe has a meeting set for Wednesday in Geneva with the union leaders.')).to.deep.equal(['Doe has meeting set in Geneva with union leaders']);
  });
});

describe('extract stage 07: passives and participles', () => {
  it('lends the auxiliary of a passive to a second verb joined by "and" ("was taken over … and sold to")', () => {
    expect(titles('The bank was taken over by regulators in April 2011 and sold to Eastern Trust in May 2011.')).to.include('Bank sold to Eastern Trust');
    // a passive takes no object: the second verb here is active
    expect(titles('The company was founded by two engineers in 1976, and opened its first store in 1981.')).to.include('Company opens its first store');
  });

  it('reads a participle between commas as an aside about the name before it', () => {
    expect(titles('Pacific Dairy, founded in 1951, cut 300 jobs last year.')).to.deep.equal(['Pacific Dairy founded', 'Pacific Dairy cuts 300 jobs']);
    expect(titles('Norland, based in Portland, Oregon, bought two cheese makers in 2012.')).to.deep.equal(['Norland buys two cheese makers']);
  });

  it('reads what a verb of saying reports as a clause, not a reduced relative ("said the scheme collapsed")', () => {
    expect(titles('Prosecutors said the scheme collapsed in March 2011, when auditors found the losses.')).to.include('Scheme collapses');
  });
});

describe('extract stage 07: names and amounts in titles', () => {
  it('keeps race times and the places of a phrase whole ("2:05:37", "between Turin and Genoa")', () => {
    expect(titles('The previous course record of 2:05:37 was set by Moses Rono in 2011.')).to.deep.equal(['Moses Rono sets previous course record of 2:05:37']);
    expect(titles('Rail services between Turin and Genoa were suspended on Wednesday morning.')).to.deep.equal(['Rail services between Turin and Genoa suspended']);
  });

  it('copies names and amounts as the article writes them ("$12 million", "AT&T", "Wal-Mart", "Deutsche Bank")', () => {
    expect(titles('Deutsche Bank paid $12 million to AT&T on Monday. Wal-Mart opened a store in Germany in 1998.')).to.deep.equal([
      'Deutsche Bank pays $12 million to AT&T',
      'Wal-Mart opens store in Germany',
    ]);
  });
});

describe('extract stage 07: what a verb of saying reports', () => {
  it('titles the happening that was reported, not the saying', () => {
    expect(titles('The regulator said on Tuesday that Acme Motors had filed for bankruptcy.')).to.include('Acme Motors files for bankruptcy');
  });

  it('keeps who said it when what was said is a plan or a view', () => {
    expect(titles('Acme Motors said on Wednesday that it will close two plants.')).to.deep.equal(['Acme Motors says it will close two plants']);
    expect(titles('The minister retorted on Monday: “This is a matter for the courts”.')).to.deep.equal(['Minister retorts this is matter for courts']);
  });

  it('titles a participle clause of saying by what it reveals, with the subject of the main clause', () => {
    expect(titles('Jane Doe stepped down in 2009 and resigned from the board in 2010, later revealing she had undergone surgery in 2008.')).to.include('Doe undergoes surgery');
  });

  it('titles what a person told someone that is a plan by who said it ("Quinn says airline would buy …")', () => {
    expect(titles('Chief executive Nora Quinn told analysts on Tuesday the airline would buy 12 new jets.')).to.deep.equal(['Quinn says airline would buy 12 new jets']);
  });

  it('titles a happening still to come as headlines do ("Airline to buy 12 new jets"), and dates what "would" reports', () => {
    expect(titles('Chief executive Nora Quinn told analysts on Tuesday the airline would buy 12 new jets next year.')).to.deep.equal([
      'Quinn says airline would buy 12 new jets',
      'Airline to buy 12 new jets',
    ]);
    expect(titles('The company will close the plant in May.')).to.deep.equal(['Company to close plant']);
    expect(titles('The minister said the talks would be held in Athens in September.')).to.include('Talks to be held in Athens');
    // a word that already says it is to come stays as it is ("scheduled to take place", not "to be scheduled")
    expect(titles('The second round is scheduled to take place on May 11.').join(' ')).to.not.include('to be scheduled');
    // "would have" tells what did not happen, and a "would" no one reported is a possibility
    expect(titles('The minister said the plant would have closed in May.')).to.not.include('Plant to close');
    expect(titles('The army would defend the port in May.')).to.deep.equal([]);
  });

  it('titles what a person was told to do as the telling ("Acme tells customers to return phones")', () => {
    expect(titles('On Friday, Acme told customers to return the phones to the shop.')).to.deep.equal(['Acme tells customers to return phones to shop']);
  });

  it('titles a happening reported after a relative clause, not the saying ("…, police said")', () => {
    expect(titles('A hiker who fell while climbing on Mount Kell has died from his injuries, police said on Wednesday.')).to.deep.equal(['Hiker dies from his injuries']);
  });

  it('titles a quotation by who said it and what, whether the speaker stands before the verb or after it', () => {
    expect(titles('"We will not stop the strike," said union leader Tom Varga on Monday.')).to.include('Union leader Tom Varga says we will not stop strike');
    expect(titles('"The new bridge is safe," the city engineer said on Tuesday.')).to.deep.equal(['City engineer says new bridge is safe']);
    expect(titles('"I will appeal," Varga said on Wednesday.')).to.deep.equal(['Varga says I will appeal']);
  });
});

describe('extract stage 07: one happening per title', () => {
  it('gives a noun its phrase ("Police raid on Acme warehouse"), never the noun alone, and the clause it is the subject of', () => {
    expect(titles('The police raid on the Acme warehouse on Monday found nothing.')).to.deep.equal(['Police raid on Acme warehouse finds nothing']);
    expect(titles('An explosion at a chemical plant on Monday injured 12 workers.')).to.deep.equal(['Explosion at chemical plant injures 12 workers']);
    expect(titles('Unrest grew after a mortar attack Friday that killed four children near the town.')).to.include('Mortar attack kills four children near town');
  });

  it('titles a noun alone by the clause it is the subject of ("Floods kill 12 in northern Italy")', () => {
    expect(titles('Floods killed 12 people in northern Italy on Sunday.')).to.include('Floods kill 12 people in northern Italy');
  });

  it('titles each of two happenings of one sentence by its own verb', () => {
    expect(titles('The bridge was built in 1911 and was renovated in 2009.')).to.deep.equal(['Bridge built', 'Bridge renovated']);
  });
});

describe('extract stage 07: a subject with a participle after it', () => {
  it('takes the noun before the participle for the subject, not the participle\'s object ("Investigators examining the wreckage found")', () => {
    expect(titles('Investigators examining the wreckage of the plane found a bomb on Monday.')).to.deep.equal(['Investigators find bomb']);
    expect(titles('Protesters demanding the resignation of Prime Minister Ana Lopez clashed with police on Sunday.')).to.include('Protesters clash with police');
  });
});

describe('extract stage 07: participles that describe a noun', () => {
  it('reads "the heavily armed zone" as a noun phrase, not as the clause\'s verb that would turn the title passive', () => {
    expect(titles('A North Korean soldier walked into the city early Sunday across the heavily armed demilitarized zone dividing the two countries.')).to.deep.equal([
      'North Korean soldier walks into city across heavily armed demilitarized zone',
    ]);
  });
});

describe('extract stage 07: amounts and number in subjects', () => {
  it('keeps "At least" with its amount, the verb in the active present, and one event for the title ("At least 12 people die in floods")', () => {
    expect(titles('At least 12 people died in the floods on Sunday.')).to.deep.equal(['At least 12 people die in floods']);
  });

  it('makes the verb agree with the head noun: "people" is plural, "The trial of X and Y" singular', () => {
    expect(titles('Twelve people died in the floods on Monday.')).to.include('Twelve people die in floods');
    expect(titles('The trial of Hass and Priebke opened on Monday before a military tribunal in Rome.')).to.include('Trial of Hass and Priebke opens before military tribunal in Rome');
  });
});

describe('extract stage 07: a pronoun no name fits', () => {
  it('reads "it" and "they" as the subject of the sentence before, of the same number, rather than drop the happening', () => {
    expect(titles('The old diesel ferry Marigold broke down twice last winter. On February 3 it was taken out of service.')).to.include('Old diesel ferry Marigold taken out of service');
    expect(titles('The two unions rejected the offer on Monday. On Tuesday they called a strike.')).to.include('Two unions call strike');
  });
});

describe('extract stage 07: adjectives that look like names', () => {
  it('never takes "Halifax-based" for the name a pronoun stands for', () => {
    for (const title of titles('Brennock, the Halifax-based shipbuilder, said it will begin construction in January.')) expect(title).to.not.match(/Halifax-based (begins|starts|to begin)/);
  });
});

describe('extract stage 07: companies known by their apposition', () => {
  it('finds the company "X, the Halifax-based shipbuilder" or "X, a Swedish toymaker" and reads "it" as it, not as the country of the adjective', () => {
    expect(titles('Brennock, the Halifax-based shipbuilder, said it will begin construction in January.')).to.include('Brennock to begin construction');
    expect(titles('Norvik, a Swedish toymaker, said on Monday it had cut 200 jobs.')).to.deep.equal(['Norvik cuts 200 jobs']);
  });
});

describe('extract stage 07: an object pronoun', () => {
  it('never stands for the subject of its own clause ("Judge Moreno ordered him" is someone else)', () => {
    expect(titles('Daniel Mercer pleaded guilty in August to two counts of fraud. Judge Alicia Moreno ordered him on Thursday to repay the hospital.')).to.include(
      'Judge Alicia Moreno orders Mercer to repay hospital',
    );
  });
});

describe('extract stage 07: a pronoun after a sentence about a thing', () => {
  it('reads "it" as the thing the sentence before is about, not a company named paragraphs back', () => {
    const text = 'The council signed a contract with Atlantic Marine Works on Tuesday.\n\nThe old ferry Marigold broke down twice last winter. On February 3 it was taken out of service.';
    expect(titles(text)).to.include('Old ferry Marigold taken out of service');
  });
});

describe('extract stage 07: "it" in a clause of time or reason', () => {
  it('stands for the main clause\'s subject, not for a place named between ("CWE ... in Laos since it entered the country")', () => {
    expect(titles('CWE has taken part in three hydropower projects in Laos since it entered the country in 1996.')).to.include('CWE enters country');
  });
});
