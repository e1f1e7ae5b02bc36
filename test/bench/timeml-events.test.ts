import { expect } from 'chai';
import { readTimemlEvents } from '../../bench/events/timeml-events.js';

const DOC = `<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">01/08/98</TIMEX3></DCT>
<TEXT>AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday</TIMEX3> it <EVENT eid="e2" class="OCCURRENCE">sold</EVENT> the unit.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>`;

describe('bench:events TimeML EVENT reading', () => {
  it('gives each gold EVENT its class and its offsets in the plain text, after decoded entities and removed tags', () => {
    const { text, events } = readTimemlEvents(DOC);
    expect(text).to.equal('AT&T said Monday it sold the unit.');
    expect(events.map((e) => [e.eid, e.class, text.slice(e.start, e.end)])).to.deep.equal([
      ['e1', 'REPORTING', 'said'],
      ['e2', 'OCCURRENCE', 'sold'],
    ]);
  });
});
