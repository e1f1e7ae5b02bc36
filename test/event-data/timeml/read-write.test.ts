import { expect } from 'chai';
import fc from 'fast-check';
import { parseTimeml, TimemlError, writeTimeml } from '../../../packages/event-data/src/timeml/index.js';
import type { Timex } from '../../../packages/event-data/src/timex/types.js';

const HEAD = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

<DOCID>APW19980807.0261</DOCID>

<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>

<TITLE>Explosions rock U.S. embassies</TITLE>
`;
const plainDoc = (text: string) => `${HEAD}\n<TEXT>${text}</TEXT>\n\n</TimeML>\n`;

/** A timex over `needle` (its first occurrence at or after `from`) in `text`. */
function timexAt(text: string, needle: string, value: string, extra: Partial<Timex> = {}, from = 0): Timex {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length, text: needle, type: 'DATE', value, anchor: 'dct', ...extra };
}

/**
 * The document with the TIMEX3 tags inside TEXT removed (the DCT's TIMEX3 stays), and the CDATA
 * splits the writer makes around a tag (`]]><TIMEX3 …><![CDATA[`) undone.
 */
function stripTextTimexes(doc: string): string {
  const open = doc.indexOf('<TEXT>');
  const close = doc.lastIndexOf('</TEXT>');
  const text = doc.slice(open, close).replace(/\]\]>(?:<TIMEX3\b[^>]*>|<\/TIMEX3>)+<!\[CDATA\[|<TIMEX3\b[^>]*>|<\/TIMEX3>/g, '');
  return doc.slice(0, open) + text + doc.slice(close);
}

describe('parseTimeml', () => {
  it('reads the DCT value and tid, and the plain text of TEXT with its tags removed', () => {
    const source = plainDoc(
      '\nNAIROBI, Kenya (AP) _\n\nBombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> talks.\n',
    );
    const doc = parseTimeml(source);
    expect(doc.dct).to.equal('1998-08-07');
    expect(doc.dctTid).to.equal('t0');
    expect(doc.text).to.equal('\nNAIROBI, Kenya (AP) _\n\nBombs exploded Friday, after talks.\n');
    expect(doc.timexes).to.have.length(1);
    const [friday] = doc.timexes;
    expect(doc.text.slice(friday.start, friday.end)).to.equal('Friday');
    expect(friday).to.include({ tid: 't1', type: 'DATE', value: '1998-08-07', text: 'Friday' });
    expect([...doc.usedTids].sort()).to.deep.equal(['t0', 't1']);
  });

  it('decodes entities in the plain text, so offsets count "AT&amp;T" as four characters', () => {
    const doc = parseTimeml(plainDoc('AT&amp;T &lt;said&gt; &#65;&#x42; on <TIMEX3 tid="t3" type="DATE" value="1998-08-06">Thursday</TIMEX3>.'));
    expect(doc.text).to.equal('AT&T <said> AB on Thursday.');
    expect(doc.timexes[0].start).to.equal(doc.text.indexOf('Thursday'));
  });

  it('keeps carriage returns and every other character exactly as written', () => {
    const doc = parseTimeml(plainDoc('Line one\r\n\tline  two\r\n'));
    expect(doc.text).to.equal('Line one\r\n\tline  two\r\n');
  });

  it('accepts a DCT given as a date-time, and a leap day', () => {
    expect(parseTimeml(plainDoc('x').replace('value="1998-08-07"', 'value="1998-08-07T06:18:00"')).dct).to.equal('1998-08-07T06:18:00');
    expect(parseTimeml(plainDoc('x').replace('value="1998-08-07"', 'value="2000-02-29"')).dct).to.equal('2000-02-29');
  });

  it('accepts a byte order mark, a DOCTYPE, comments, single quotes and CDATA', () => {
    const source = '\ufeff<?xml version="1.0"?>\n<!DOCTYPE TimeML>\n<!-- header -->\n<TimeML>' +
      "<DCT><TIMEX3 tid='t0' type='DATE' value='2017-04-13'/></DCT>" +
      '<TEXT>On <!-- note -->Monday<![CDATA[ & <b> ]]>.</TEXT></TimeML>';
    const doc = parseTimeml(source);
    expect(doc.dct).to.equal('2017-04-13');
    expect(doc.text).to.equal('On Monday & <b> .');
  });

  it('reads an empty TEXT', () => {
    expect(parseTimeml(plainDoc('')).text).to.equal('');
    expect(parseTimeml(HEAD + '<TEXT/></TimeML>').text).to.equal('');
  });

  const malformed: [string, string, RegExp][] = [
    ['no DCT', '<TimeML><TEXT>Monday</TEXT></TimeML>', /no <DCT>/],
    ['a DCT without a TIMEX3', '<TimeML><DCT>1998-08-07</DCT><TEXT>Monday</TEXT></TimeML>', /<DCT> holds no <TIMEX3>/],
    ['a DCT value that is not a date', plainDoc('x').replace('value="1998-08-07"', 'value="yesterday"'), /DCT value "yesterday" is not a date/],
    ['a DCT on a day that does not exist', plainDoc('x').replace('value="1998-08-07"', 'value="1998-02-29"'), /DCT value "1998-02-29" is not a date/],
    ['an empty DCT before a TEXT with a TIMEX3', '<T><DCT/><TEXT><TIMEX3 tid="t1" value="1998-08-07">Friday</TIMEX3></TEXT></T>', /<DCT> holds no <TIMEX3>/],
    ['no TEXT', HEAD + '</TimeML>', /no <TEXT>/],
    ['two TEXT elements', HEAD + '<TEXT>a</TEXT><TEXT>b</TEXT></TimeML>', /more than one <TEXT>/],
    ['an unclosed EVENT', plainDoc('Bombs <EVENT eid="e1">exploded Friday.'), /<\/TEXT> found where <\/EVENT> was expected \(<EVENT> opened at line 10/],
    ['an unclosed root', HEAD + '<TEXT>a</TEXT>', /<TimeML> is never closed/],
    ['a stray closing tag', plainDoc('a</EVENT> b'), /<\/EVENT> found where <\/TEXT> was expected/],
    ['plain text', 'Bombs exploded on Friday.\n', /not an XML document/],
    ['an empty file', '', /not an XML document/],
    ['a bare ampersand', plainDoc('AT&T said'), /bare "&" \(write it as &amp;\) \(line 10/],
    ['an HTML entity', plainDoc('a&nbsp;b'), /unknown entity "&nbsp;"/],
    ['an unquoted attribute', plainDoc('<TIMEX3 tid=t1>Friday</TIMEX3>'), /value of tid in <TIMEX3> is not quoted/],
    ['a lone "<"', plainDoc('1 < 2'), /a "<" that does not start a tag/],
  ];
  it('either reads a document or throws a TimemlError, whatever the bytes (property)', () => {
    const valid = plainDoc('AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.');
    const junk = fc.string({ unit: fc.constantFrom('<', '>', '/', '&', ';', '"', "'", '=', '!', '?', '[', ']', '-', 'a', 'T', ' ', '#', 'x') , maxLength: 8 });
    const mutated = fc.tuple(fc.nat(), fc.nat({ max: 6 }), junk).map(([at, cut, insert]) => {
      const i = at % (valid.length + 1);
      return valid.slice(0, i) + insert + valid.slice(i + cut);
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ unit: 'binary', maxLength: 100 })), (source) => {
        try {
          const doc = parseTimeml(source);
          expect(doc.text).to.be.a('string');
        } catch (error) {
          expect(error).to.be.instanceOf(TimemlError);
          expect((error as Error).message).to.not.equal('');
        }
      }),
      { numRuns: 500 },
    );
  });

  for (const [what, source, message] of malformed) {
    it(`rejects a document with ${what}, saying what is wrong`, () => {
      expect(() => parseTimeml(source)).to.throw(TimemlError, message);
    });
  }
});

describe('writeTimeml', () => {
  const text = '\nNAIROBI, Kenya (AP) _\n\nAT&amp;T said on Friday that the talks of 1998 &amp; 1999 will end next week.\n';
  const source = plainDoc(text);

  it('inserts TIMEX3 tags with fresh tids that skip the DCT\'s t0', () => {
    const doc = parseTimeml(source);
    const { output, tids } = writeTimeml(doc, [
      timexAt(doc.text, 'Friday', '1998-08-07'),
      timexAt(doc.text, 'next week', '1998-W33'),
    ]);
    expect(tids).to.deep.equal(['t1', 't2']);
    expect(output).to.contain('said on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> that');
    expect(output).to.contain('end <TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3>.\n</TEXT>');
  });

  it('changes nothing else: removing the inserted tags gives back the input byte for byte', () => {
    const doc = parseTimeml(source);
    const { output } = writeTimeml(doc, [
      timexAt(doc.text, '1998', '1998', { anchor: 'explicit' }, doc.text.indexOf('talks')),
      timexAt(doc.text, '1999', '1999', { anchor: 'explicit' }),
    ]);
    expect(output).to.contain('<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3> &amp; <TIMEX3 tid="t2" type="DATE" value="1999">1999</TIMEX3>');
    expect(stripTextTimexes(output)).to.equal(source);
  });

  it('tags across an entity and keeps it written as an entity ("AT&amp;T")', () => {
    const doc = parseTimeml(source);
    const { output } = writeTimeml(doc, [timexAt(doc.text, 'AT&T', 'XXXX', { type: 'DATE' })]);
    expect(output).to.contain('<TIMEX3 tid="t1" type="DATE" value="XXXX">AT&amp;T</TIMEX3> said');
    expect(stripTextTimexes(output)).to.equal(source);
  });

  it('writes mod, quant and freq, and escapes attribute values', () => {
    const doc = parseTimeml(plainDoc('It rains about twice a week, every Tuesday.'));
    const { output } = writeTimeml(doc, [
      timexAt(doc.text, 'twice a week', 'P1W', { type: 'SET', freq: '2X', mod: 'APPROX' }),
      timexAt(doc.text, 'every Tuesday', 'XXXX-WXX-2', { type: 'SET', quant: 'EVERY' }),
    ]);
    expect(output).to.contain('<TIMEX3 tid="t1" type="SET" value="P1W" mod="APPROX" freq="2X">twice a week</TIMEX3>');
    expect(output).to.contain('<TIMEX3 tid="t2" type="SET" value="XXXX-WXX-2" quant="EVERY">every Tuesday</TIMEX3>');
    const odd = writeTimeml(doc, [timexAt(doc.text, 'every Tuesday', 'a"<b>&c', { type: 'SET' })]).output;
    expect(odd).to.contain('value="a&quot;&lt;b&gt;&amp;c"');
    expect(parseTimeml(odd).timexes[0].value).to.equal('a"<b>&c');
  });

  it('replaces the TIMEX3, EVENT and SIGNAL tags of a training file and skips every tid it used', () => {
    const training = plainDoc(
      'Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> <SIGNAL sid="s1">before</SIGNAL> <TIMEX3 tid="t3" type="TIME" value="1998-08-07TNI">night</TIMEX3>.',
    ) + '<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>\n';
    const doc = parseTimeml(training.replace('</TimeML>\n<TLINK', '<TLINK').replace('/>\n', '/>\n</TimeML>\n'));
    const { output, tids } = writeTimeml(doc, doc.timexes.map((g) => ({ ...g, type: g.type as Timex['type'], anchor: 'dct' as const })));
    expect(tids).to.deep.equal(['t2', 't4']);
    expect(output).to.contain('<TEXT>Bombs exploded <TIMEX3 tid="t2" type="DATE" value="1998-08-07">Friday</TIMEX3> before <TIMEX3 tid="t4" type="TIME" value="1998-08-07TNI">night</TIMEX3>.</TEXT>');
    expect(output).to.contain('<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>');
  });

  it('numbers from t2 when the DCT is t1, and from t1 when the DCT has no tid', () => {
    const withT1 = parseTimeml(plainDoc('On Monday.').replace('tid="t0"', 'tid="t1"'));
    expect(writeTimeml(withT1, [timexAt(withT1.text, 'Monday', '1998-08-03')]).tids).to.deep.equal(['t2']);
    const without = parseTimeml(plainDoc('On Monday.').replace('tid="t0" ', ''));
    expect(without.dctTid).to.equal(undefined);
    expect(writeTimeml(without, [timexAt(without.text, 'Monday', '1998-08-03')]).tids).to.deep.equal(['t1']);
  });

  it('leaves out expressions that overlap, fall outside the text or would cross a kept element', () => {
    const doc = parseTimeml(plainDoc('On <s>Friday night</s> and Saturday.'));
    expect(doc.text).to.equal('On Friday night and Saturday.');
    const { output, skipped, tids } = writeTimeml(doc, [
      timexAt(doc.text, 'Friday', '1998-08-07'),
      timexAt(doc.text, 'Friday night', '1998-08-07TNI'),
      timexAt(doc.text, 'night and Saturday', 'X'),
      { ...timexAt(doc.text, 'Saturday', '1998-08-08'), end: 999 },
    ]);
    expect(tids).to.deep.equal(['t1']);
    expect(skipped.map((s) => s.reason)).to.deep.equal([
      'overlaps the previous expression (which ends at 9)',
      'would cross the <s> element',
      'offsets 20-999 are outside the text (length 29)',
    ]);
    expect(output).to.contain('<TEXT>On <s><TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> night</s> and Saturday.</TEXT>');
    const crossing = writeTimeml(doc, [timexAt(doc.text, 'night and Saturday', 'X')]);
    expect(crossing.skipped[0].reason).to.equal('would cross the <s> element');
    const around = writeTimeml(doc, [timexAt(doc.text, 'On Friday night and', 'X')]);
    expect(around.output).to.contain('<TIMEX3 tid="t1" type="DATE" value="X">On <s>Friday night</s> and</TIMEX3>');
  });

  it('never changes a character outside the inserted tags, for any text and any spans (property)', () => {
    // CDATA is followed by "x" so that the helper's undoing of CDATA splits is unambiguous.
    const piece = fc.constantFrom('Friday', ' ', '\r\n', 'AT&amp;T', '&lt;', '&#x1F600;', 'é', '1998', '<![CDATA[a<b]]>x', '<!-- c -->', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (pieces, cuts) => {
        const input = plainDoc(pieces.join(''));
        const doc = parseTimeml(input);
        const points = [...new Set(cuts.map((c) => c % (doc.text.length + 1)))].sort((a, b) => a - b);
        const timexes: Timex[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          timexes.push({ start: points[i], end: points[i + 1], text: doc.text.slice(points[i], points[i + 1]), type: 'DATE', value: 'X', anchor: 'dct' });
        }
        const { output, tids, skipped } = writeTimeml(doc, timexes);
        expect(tids.length + skipped.length).to.equal(timexes.length);
        expect(stripTextTimexes(output)).to.equal(input);
        const reread = parseTimeml(output);
        expect(reread.text).to.equal(doc.text);
        expect(reread.timexes.map((t) => [t.start, t.end])).to.deep.equal(
          timexes.filter((t) => !skipped.some((s) => s.timex === t)).map((t) => [t.start, t.end]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
