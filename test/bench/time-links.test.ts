import { expect } from 'chai';
import { goldTimeLinks, scoreTimeLinks } from '../../bench/events/time-links.js';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-05-16" functionInDocument="CREATION_TIME">2013-05-16</TIMEX3></DCT>
<TEXT>
Acme news

Acme Motors <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> its plant on <TIMEX3 tid="t1" type="DATE" value="2013-05-13">Monday</TIMEX3>. Acme Motors <EVENT eid="e2" class="OCCURRENCE">hired</EVENT> staff in <TIMEX3 tid="t2" type="DATE" value="2012">2012</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t0" />
</TimeML>`;

describe('bench:events event–time links', () => {
  it('reads the links that place an event at a time of the text, not BEFORE links or the DCT', () => {
    const { text, links } = goldTimeLinks(DOC);
    expect(links.map((l) => [text.slice(l.event.start, l.event.end), text.slice(l.timex.start, l.timex.end)])).to.deep.equal([
      ['closed', 'Monday'],
      ['hired', 'Monday'],
    ]);
  });

  it('counts an extracted event as right only when it is dated by the linked expression', () => {
    // "hired … in 2012" is dated by 2012, not by the (deliberately wrong) gold link to Monday
    expect(scoreTimeLinks([DOC])).to.deep.equal({ gold: 2, found: 2, same: 1, sameDate: 1 });
  });
});
