import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';
import { $, $$, collect, settle, timeline } from './helpers.js';

function threeEvents() {
  const data = sampleDataset();
  data.events.push(
    sampleEvent({
      id: 'ev-kursk',
      title: 'Freight train derails near Kursk',
      type: 'accident',
      place: 'Kursk',
      actors: [],
      time: { value: '2017-06-02', start: '2017-06-02', end: '2017-06-03', granularity: 'day', anchor: 'explicit' },
    }),
  );
  return data;
}

const count = (el: Element) => $(el, 'header .count')!.textContent;
const titles = (el: Element) => $$(el, '[part~="list"] li .title').map((t) => t.textContent);

describe('<event-timeline> search and filter', () => {
  it('finds events by title, actor or place as the user types, counts "N of M" and reports it', async () => {
    const el = await timeline(threeEvents());
    expect(count(el)).to.equal('3 of 3 events');
    const input = $(el, '[part~="search"]') as HTMLInputElement;
    input.focus();
    const fired = oneEvent(el, 'timeline-filter-change');
    await sendKeys({ type: 'lavrov' });
    const e = await fired;
    expect(e.detail.search.length).to.be.greaterThan(0);
    await settle(el);
    // "Sergey Lavrov" is an actor of the Moscow talks only.
    expect(el.search).to.equal('lavrov');
    expect(count(el)).to.equal('1 of 3 events');
    expect(titles(el)).to.deep.equal(['Tillerson and Lavrov meet in Moscow']);
    el.search = 'kursk';
    await settle(el);
    expect(titles(el)).to.deep.equal(['Freight train derails near Kursk']);
  });

  it('finds an event by an actor its title does not name, typed in the search field, and counts "1 of 3"', async () => {
    const el = await timeline(threeEvents());
    const input = $(el, '[part~="search"]') as HTMLInputElement;
    input.focus();
    // "Sergey" and "Rex" are in the Moscow talks' actors (Sergey Lavrov, Rex Tillerson), not in any title.
    await sendKeys({ type: 'sergey' });
    await settle(el);
    expect(count(el)).to.equal('1 of 3 events');
    expect(titles(el)).to.deep.equal(['Tillerson and Lavrov meet in Moscow']);
    el.search = 'rex';
    await settle(el);
    expect(count(el)).to.equal('1 of 3 events');
    expect(titles(el)).to.deep.equal(['Tillerson and Lavrov meet in Moscow']);
  });

  it('finds an event by a place its title does not name, its actors and place with every word, accents aside', async () => {
    const data = threeEvents();
    data.events.push(
      sampleEvent({
        id: 'ev-geneva',
        title: 'Ceasefire talks resume',
        place: 'Genève',
        actors: [{ name: 'Staffan de Mistura', kind: 'person' }],
        time: { value: '2017-05-16', start: '2017-05-16', end: '2017-05-17', granularity: 'day', anchor: 'explicit' },
      }),
    );
    const el = await timeline(data);
    expect(count(el)).to.equal('4 of 4 events');
    el.search = 'geneve';
    await settle(el);
    expect(count(el)).to.equal('1 of 4 events');
    expect(titles(el)).to.deep.equal(['Ceasefire talks resume']);
    // One word from the place, one from an actor: both must be found, in either.
    el.search = 'mistura genève';
    await settle(el);
    expect(count(el)).to.equal('1 of 4 events');
    el.search = 'mistura moscow';
    await settle(el);
    expect(titles(el)).to.deep.equal([]);
    expect($(el, '[part~="state"]')!.textContent).to.equal('No events to show.');
  });

  it('hides and shows a lane with its toggle, and reports the hidden lanes', async () => {
    const el = await timeline(threeEvents());
    const toggles = $$(el, '[part~="lane-toggle"]') as HTMLButtonElement[];
    expect(toggles.map((t) => t.textContent!.trim())).to.deep.equal(['Meeting', 'Sanction', 'Accident']);
    setTimeout(() => toggles[1].click());
    const e = await oneEvent(el, 'timeline-filter-change');
    expect(e.detail.hiddenLanes).to.deep.equal(['sanction']);
    await settle(el);
    expect(count(el)).to.equal('2 of 3 events');
    expect(($$(el, '[part~="lane-toggle"]')[1] as HTMLElement).getAttribute('aria-pressed')).to.equal('false');
    ($$(el, '[part~="lane-toggle"]')[1] as HTMLButtonElement).click();
    await settle(el);
    expect(count(el)).to.equal('3 of 3 events');
  });

  it('reset() closes the detail panel and shows the first window, keeping the search, the hidden lanes and the open list (as the README says)', async () => {
    const el = await timeline(threeEvents());
    const first = el.visibleRange;
    el.search = 'moscow';
    el.hiddenLanes = ['accident'];
    ($(el, '[part="toolbar"] button[aria-pressed]') as HTMLButtonElement).click();
    await settle(el);
    ($(el, '[part~="list"] li button') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, '[part~="detail"]'), 'the panel, open').to.exist;
    el.zoomTo('2017-04-01', '2017-04-20');
    await settle(el);
    el.reset();
    await settle(el);
    expect($(el, '[part~="detail"]'), 'the panel, closed').to.not.exist;
    expect([+el.visibleRange.start, +el.visibleRange.end]).to.deep.equal([+first.start, +first.end]);
    expect(el.search).to.equal('moscow');
    expect(el.hiddenLanes).to.deep.equal(['accident']);
    expect(($(el, '[part="toolbar"] button[aria-pressed]') as HTMLElement).getAttribute('aria-pressed'), 'the list, open').to.equal('true');
    expect(titles(el)).to.deep.equal(['Tillerson and Lavrov meet in Moscow']);
  });

  it('fires nothing when code sets search or hiddenLanes', async () => {
    const el = await timeline(threeEvents());
    const fired = await collect(el, 'timeline-filter-change', 50, async () => {
      el.search = 'moscow';
      el.hiddenLanes = ['accident'];
      await settle(el);
    });
    expect(fired).to.have.length(0);
    expect(count(el)).to.equal('1 of 3 events');
    expect(($(el, '[part~="search"]') as HTMLInputElement).value).to.equal('moscow');
  });
});
