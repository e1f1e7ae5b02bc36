import { expect } from 'chai';
import { upTo } from './helpers.js';

const news = (text: string) => upTo(6, text, '2013-05-16').events.map((e) => [e.trigger.text, e.trigger.type, e.time.value, e.time.anchor]);

describe('extract: headline news dated only by its publication (2013-05-16)', () => {
  it('emits a statement about what will happen, told by someone named, on the publication day', () => {
    expect(news('Acme Motors has said it will close two plants\n\nAcme Motors has said it will close two plants in Ohio, cutting 800 jobs.')).to.deep.include([
      'said',
      'statement',
      '2013-05-16',
      'publication',
    ]);
  });

  it('emits a happening the trigger list does not name, from the headline', () => {
    expect(news('Zeta Mining suspended for a second day\n\nTrading in Zeta Mining shares has been suspended for a second day.')).to.deep.include([
      'suspended',
      'other',
      '2013-05-16',
      'publication',
    ]);
    expect(news('Novelist Jane Doe dies at 89\n\nJane Doe, whose novels sold millions, has died. She was 89.')[0]).to.deep.equal(['dies', 'death', '2013-05-16', 'publication']);
  });

  it('emits nothing for an unattributed forecast', () => {
    expect(news('Weather today\n\nThe minister said it would rain.')).to.deep.equal([]);
  });
});
