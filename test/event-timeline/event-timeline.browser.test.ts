import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}
import type { TimelineEvent } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';
import { syntheticEvents } from './synthetic.js';
import { $, $$, collect, plot, settle, timeline } from './helpers.js';

const day = (iso: string, extra: Partial<TimelineEvent> = {}, id = iso) =>
  sampleEvent({ id, title: `Event on ${iso}`, time: { value: iso, start: iso, end: nextDay(iso), granularity: 'day', anchor: 'explicit' }, ...extra });
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const laneLabels = (el: Element) => $$(el, '[part~="lane-label"]').map((t) => t.textContent!.replace(/·.*$/, '').trim());
const markYs = (el: Element) => $$(el, '[part~="event"] > :first-child').map((m) => Math.round(m.getBoundingClientRect().top));

describe('<event-timeline> rendering', () => {
  it('is accessible', async () => {
    const el = await timeline(sampleDataset());
    await expect(el).to.be.accessible();
  });

  it('stays accessible with the list view and the detail panel open', async () => {
    const el = await timeline(sampleDataset());
    ($$(el, '.toolbar button').find((b) => b.textContent === 'List') as HTMLButtonElement).click();
    ($(el, '.list li button') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, '[part="detail"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps the closed list of events in the accessibility tree, as buttons named by date and title', async () => {
    const el = await timeline(sampleDataset());
    expect($(el, '.list.open')).to.equal(null);
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const names: string[] = [];
    const walk = (node: A11yNode) => {
      if (node.role === 'button' && node.name) names.push(node.name);
      node.children?.forEach(walk);
    };
    walk(snapshot);
    const titles = sampleDataset().events.map((e) => e.title);
    // The date and the title are read as two words: "3 January 2017 Lavrov meets…", not "2017Lavrov".
    for (const title of titles) expect(names.some((n) => n.includes(` ${title}`)), `a button for "${title}" in ${JSON.stringify(names)}`).to.equal(true);
  });

  it('lists the events in view a page at a time: "Show more" adds rows, a new window starts over', async () => {
    const el = await timeline(syntheticEvents(300, 9));
    const rows = () => $$(el, '.list li');
    expect(rows()).to.have.length(20);
    expect($(el, '.list .more')!.textContent).to.contain('Showing the first 20 of 300');
    const more = $(el, '.list .more button') as HTMLButtonElement;
    expect(more.textContent).to.contain('Show 20 more');
    more.click();
    await settle(el);
    expect(rows()).to.have.length(40);
    const dates = rows().map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort(), 'in time order').to.deep.equal(dates);
    el.zoomTo('2015-01-01', '2016-07-01');
    await settle(el);
    expect($(el, '#list-title')!.textContent).not.to.contain('(300)');
    expect(rows(), 'one page again in the new window').to.have.length(20);
  });

  it('draws the seed dataset: one mark per event on a two-level axis of months over the year', async () => {
    const el = await timeline(sampleDataset());
    expect($$(el, '[part~="event"]')).to.have.length(2);
    const minor = $$(el, '[part~="axis"] text:not(.major-label)').map((t) => t.textContent);
    const major = $$(el, '[part~="axis"] text.major-label').map((t) => t.textContent);
    expect(minor).to.include.members(['May', 'Jun', 'Jul', 'Aug', 'Sep']);
    expect(major.join(' ')).to.contain('2017');
    expect($$(el, '[part~="label"]').map((t) => t.textContent)).to.include('Tillerson and Lavrov meet in Moscow');
  });

  it('draws datasets of schema version 1 and 2 alike', async () => {
    for (const schemaVersion of [1, 2]) {
      const el = await timeline({ ...sampleDataset(), schemaVersion });
      expect($$(el, '[part~="event"]'), `version ${schemaVersion}`).to.have.length(2);
      expect($(el, '[part="note"]'), `version ${schemaVersion}: nothing skipped`).to.equal(null);
    }
  });

  it('draws the extracted seed articles (data/events.json): every event is a mark or counted in a badge', async () => {
    const dataset = await (await fetch('/data/events.json')).json();
    const el = await timeline(dataset);
    // All lanes on screen at once (the lanes of an auto-height element take at most about a
    // screen), and the whole range (the first view leaves the far outliers of 2014 out).
    el.style.setProperty('--event-timeline-lanes-max-height', '5000px');
    el.fit();
    await settle(el);
    const marks = $$(el, '[part~="event"]').length;
    const clustered = $$(el, '[part~="cluster"] text').reduce((sum, t) => sum + Number(t.textContent!.replace('+', '')), 0);
    expect(dataset.events.length).to.be.greaterThan(0);
    expect(marks + clustered).to.equal(dataset.events.length);
    expect($(el, '[part="note"]'), 'the extracted dataset is valid').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws days as points, ranges as bars, and weeks, months, quarters, years and modified dates as soft-edged spans', async () => {
    const el = await timeline([
      day('2017-04-12', {}, 'd'),
      sampleEvent({ id: 'r', title: 'Range', time: { value: '2017-05-01', start: '2017-05-01', end: '2017-05-20', granularity: 'day', anchor: 'explicit' } }),
      sampleEvent({ id: 'w', title: 'Week', time: { value: '2017-W25', start: '2017-06-19', end: '2017-06-26', granularity: 'week', anchor: 'explicit' } }),
      sampleEvent({ id: 'm', title: 'Month', time: { value: '2017-07', start: '2017-07-01', end: '2017-08-01', granularity: 'month', anchor: 'explicit' } }),
      sampleEvent({ id: 'q', title: 'Quarter', time: { value: '2017-Q3', start: '2017-07-01', end: '2017-10-01', granularity: 'quarter', anchor: 'explicit' } }),
      sampleEvent({ id: 'y', title: 'Year', time: { value: '2017', start: '2017-01-01', end: '2018-01-01', granularity: 'year', anchor: 'explicit' } }),
      sampleEvent({ id: 'late', title: 'Late October', time: { value: '2017-10', mod: 'END', start: '2017-10-01', end: '2017-11-01', granularity: 'month', anchor: 'explicit' } }),
      sampleEvent({ id: 'early', title: 'Early November', time: { value: '2017-11', mod: 'START', start: '2017-11-01', end: '2017-12-01', granularity: 'month', anchor: 'explicit' } }),
      sampleEvent({ id: 'about', title: 'About 20 November', time: { value: '2017-11-20', mod: 'APPROX', start: '2017-11-20', end: '2017-11-21', granularity: 'day', anchor: 'explicit' } }),
    ]);
    expect($$(el, '[part~="point"]')).to.have.length(1);
    expect($$(el, '[part~="span"]:not([part~="uncertain"])')).to.have.length(1);
    const soft = $$(el, '[part~="uncertain"] rect:not(.core)');
    expect(soft).to.have.length(7);
    // Over the year, the week and "about 20 November" are a few px wide: too narrow for soft
    // edges to read as such, they are outlined spans (dashed), not blurred squares.
    const narrow = $$(el, '[part~="uncertain"] rect.narrow');
    expect(narrow.length).to.be.within(1, 4);
    expect(getComputedStyle(narrow[0]).strokeDasharray).to.match(/3/);
    el.zoomTo('2017-06-01', '2017-12-31');
    await settle(el);
    const masks = $$(el, '[part~="uncertain"] rect:not(.core)').map((r) => r.getAttribute('mask'));
    const narrowNow = $$(el, '[part~="uncertain"] rect.narrow').length;
    // "late October" is certain at its end, "early November" at its start: opposite fades.
    expect(masks.filter((m) => m === 'url(#fade-start)')).to.have.length(1);
    expect(masks.filter((m) => m === 'url(#fade-end)')).to.have.length(1);
    expect(masks.filter((m) => m === 'url(#fade-both)').length + narrowNow).to.equal(5);
    const gradient = $(el, '#g-both stop') as SVGStopElement;
    expect(gradient.getAttribute('stop-opacity')).to.equal('0');
    // The certain part of an uncertain span is a line in the event's own colour, not SVG's black.
    const core = $(el, '[part~="uncertain"] rect.core')!;
    expect(getComputedStyle(core).fill).to.equal(getComputedStyle(core.previousElementSibling!).fill);
  });

  it('groups into lanes by type, actor, source or none, with lane labels', async () => {
    const events = sampleDataset();
    const el = await timeline(events);
    // Title case, not the upper case that made headlines shout.
    expect(laneLabels(el)).to.deep.equal(['Meeting', 'Sanction']);
    el.groupBy = 'actor';
    await settle(el);
    expect(laneLabels(el)).to.deep.equal(['Rex Tillerson', 'US Treasury']);
    el.groupBy = 'source';
    await settle(el);
    expect(laneLabels(el)).to.deep.equal(['Lavrov-Tillerson meeting round-up']);
    el.groupBy = 'none';
    await settle(el);
    expect(laneLabels(el)).to.deep.equal([]);
    expect($$(el, '[part~="event"]')).to.have.length(2);
  });

  it('puts the articles of one publisher in one lane, whatever is said after its name in brackets', async () => {
    const data = sampleDataset();
    data.articles = [
      { id: 'a1', title: 'First', published: '2017-04-12', publisher: 'The Duran (republishing Sputnik)' },
      { id: 'a2', title: 'Second', published: '2017-04-13', publisher: 'The Duran' },
    ];
    data.events = data.events.map((e, i) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, articleId: i ? 'a2' : 'a1' })) }));
    const el = await timeline(data, { 'group-by': 'source' });
    expect(laneLabels(el)).to.deep.equal(['The Duran']);
  });

  it('draws an accident in a lane of its own, in its own colour, and marks its trigger word and date in the detail panel', async () => {
    const data = sampleDataset();
    const sentence = 'A freight train <b>derailed</b> near Kursk on Saturday, killing two, officials said.';
    const at = 500;
    const offset = (text: string) => ({ text, start: at + sentence.indexOf(text), end: at + sentence.indexOf(text) + text.length });
    data.events.push(
      sampleEvent({
        id: 'ev-derailment',
        title: 'Freight train derails near Kursk',
        type: 'accident',
        time: { value: '2017-12-02', start: '2017-12-02', end: '2017-12-03', granularity: 'day', text: 'on Saturday', anchor: 'relative' },
        actors: [],
        place: 'Kursk',
        mentions: [{ articleId: data.articles[0].id, sentence, start: at, end: at + sentence.length, timex: offset('on Saturday'), trigger: offset('derailed') }],
      }),
    );
    const el = await timeline(data, { theme: 'light' });
    expect(laneLabels(el)).to.deep.equal(['Meeting', 'Sanction', 'Accident']);

    // Its mark sits inside the accident lane, filled with the accident colour and no other type's.
    const accident = $(el, '.t-accident[part~="event"] circle')!;
    const lanes = $$(el, '[part="lane"]').map((r) => r.getBoundingClientRect());
    const y = accident.getBoundingClientRect().top + 5;
    expect(lanes.findIndex((r) => y >= r.top && y < r.bottom), 'in the third lane').to.equal(2);
    const fill = (m: Element) => getComputedStyle(m).fill;
    expect(fill(accident)).to.equal('rgb(180, 90, 90)');
    expect(fill($(el, '.t-meeting[part~="event"] circle')!)).to.not.equal(fill(accident));
    el.setAttribute('theme', 'dark');
    await settle(el);
    expect(fill($(el, '.t-accident[part~="event"] circle')!)).to.equal('rgb(201, 147, 130)');
    el.setAttribute('theme', 'light');

    // Selected (the last event in time), the panel quotes the sentence as text with both marks.
    plot(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const quote = $(el, '[part="detail"] blockquote')!;
    expect(quote.textContent).to.equal(sentence);
    expect(quote.querySelector('b'), 'article text is never parsed as HTML').to.equal(null);
    expect([...quote.querySelectorAll('mark')].map((m) => [m.getAttribute('part'), m.textContent])).to.deep.equal([
      ['trigger', 'derailed'],
      ['highlight', 'on Saturday'],
    ]);
    const trigger = quote.querySelector('[part="trigger"]')!;
    expect(getComputedStyle(trigger).textDecorationColor, 'underlined in the accident colour').to.equal('rgb(180, 90, 90)');
    await expect(el).to.be.accessible();
  });

  it('stacks overlapping events in separate rows of their lane', async () => {
    const range = (id: string, start: string, end: string) =>
      sampleEvent({ id, title: id, time: { value: start, start, end, granularity: 'day', anchor: 'explicit' } });
    const el = await timeline([range('a', '2017-04-01', '2017-04-20'), range('b', '2017-04-05', '2017-04-25'), range('c', '2017-04-10', '2017-04-30')]);
    expect(new Set(markYs(el)).size).to.equal(3);
  });

  it('clusters marks too dense to draw into a count badge that splits as you zoom in', async () => {
    const t0 = Date.UTC(2017, 0, 1);
    const events = Array.from({ length: 400 }, (_, i) => ({ id: `h${i}`, title: `Hour ${i}`, start: new Date(t0 + i * 3_600_000) }));
    // In a box too small for the rows 400 events a few px apart would take.
    const el = await timeline(events);
    el.style.height = '240px';
    await settle(el);
    await settle(el);
    const counted = () => $$(el, '[part~="cluster"] text').reduce((sum, t) => sum + Number(t.textContent!.replace('+', '')), 0);
    const drawn = () => $$(el, '[part~="event"]').length;
    expect(counted()).to.be.greaterThan(0);
    expect(counted() + drawn()).to.equal(400);
    el.zoomTo(new Date(t0), new Date(t0 + 12 * 3_600_000));
    await settle(el);
    expect($$(el, '[part~="cluster"]')).to.have.length(0);
    expect(drawn()).to.be.within(12, 14);
  });

  it('shows how many sources reported a merged event', async () => {
    const merged = sampleEvent({
      mentions: ['a', 'b', 'c', 'c'].map((articleId, i) => ({ articleId, sentence: `Report ${i}.`, start: 0, end: 9 })),
    });
    const el = await timeline([merged]);
    expect($(el, '[part~="label"] .sources')!.textContent).to.equal('×3');
    expect($(el, '.list')!.textContent).to.contain('3 sources');
  });

  it('shows titles holding HTML as text and runs none of it', async () => {
    const w = window as unknown as { xss?: number };
    delete w.xss;
    const evil = [
      day('2017-04-12', { title: '<img src=x onerror="window.xss=1">' }, 'img'),
      day('2017-05-12', { title: '<script>window.xss=2</script>', place: '<b onmouseover="window.xss=3">Moscow</b>' }, 'script'),
    ];
    const el = await timeline(evil);
    ($(el, '.list li button') as HTMLButtonElement).click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.xss).to.equal(undefined);
    expect($$(el, 'img, script, b')).to.have.length(0);
    expect($$(el, '[part~="label"]').map((t) => t.textContent)).to.include('<img src=x onerror="window.xss=1">');
    expect($(el, '[part="detail"] [role="heading"]')!.textContent).to.equal('<img src=x onerror="window.xss=1">');
  });

  it('draws 10,000 events without errors, on canvas, within the page width', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const el = await timeline(syntheticEvents(10_000));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    // Counts as the locale writes them (Intl.NumberFormat), on screen and for screen readers alike.
    expect(plot(el).getAttribute('aria-label')).to.contain('10,000 events');
    expect($(el, 'header .count')!.textContent).to.equal('10,000 of 10,000 events');
    const canvas = $(el, 'canvas') as HTMLCanvasElement;
    expect(canvas, 'canvas for thousands of marks').to.exist;
    expect(canvas.width).to.be.greaterThan(0);
    expect($$(el, '[part~="event"]')).to.have.length(0);
    expect(el.getBoundingClientRect().width).to.be.at.most(800);
  });

  it('skips invalid events with one warning, notes it on screen and draws the rest', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const broken = [
        day('2017-04-12', {}, 'ok1'),
        day('2017-05-12', {}, 'ok2'),
        { ...day('2017-06-12', {}, 'bad-date'), time: { value: '2017-06-12', start: '2017-13-45', end: '2017-06-13', granularity: 'day', anchor: 'explicit' } },
        { title: '' },
        'not an event',
      ];
      const el = await timeline(broken);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.match(/skipped 3 of 5 events/);
      expect(String(warnings[0][0])).to.contain('time.start');
      expect($(el, '[part="note"]')!.textContent).to.contain('3 of 5 events were skipped');
      expect($$(el, '[part~="event"]')).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });

  it('draws a large input after a quick check, then drops and reports what fails the full schema', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // Structurally fine (the quick check passes) but not valid: confidence out of [0, 1].
      // And one whose mentions are not a list, which the quick check leaves to the full one.
      const events = syntheticEvents(3000, 4).map((e, i) =>
        i % 1000 === 7
          ? { ...e, title: `Broken ${i}`, confidence: 7 }
          : i === 1500
            ? ({ ...e, mentions: null } as unknown as TimelineEvent)
            : i === 1501
              ? ({ ...e, actors: [null], mentions: [null, null] } as unknown as TimelineEvent)
              : e,
      );
      const el = await timeline(events, { 'group-by': 'source' });
      for (let i = 0; i < 100 && !warnings.length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await settle(el);
      expect(warnings, 'one warning once the check is done').to.have.length(1);
      expect(String(warnings[0][0])).to.match(/skipped 5 of 3000 events/);
      expect(String(warnings[0][0])).to.contain('confidence');
      expect(String(warnings[0][0])).to.contain('mentions');
      expect($(el, '[part="note"]')!.textContent).to.contain('5 of 3,000 events were skipped');
      expect($(el, 'header')!.textContent).to.contain('2,995 events');
      // On the broken event's own day, the list no longer holds it.
      const { start, end } = events[7].time;
      el.zoomTo(start, end);
      await settle(el);
      expect($(el, '[part~="list"]')!.textContent).to.contain('Events in view');
      expect($(el, '[part~="list"]')!.textContent).not.to.contain('Broken 7');
    } finally {
      console.warn = warn;
    }
  });

  it('says so when there is nothing to draw', async () => {
    const el = await timeline([]);
    expect($(el, '[part="state"]')!.textContent).to.contain('No events');
    await expect(el).to.be.accessible();
  });

  it('accepts the minimal form { title, start, end? } with ISO strings or Dates', async () => {
    const el = await timeline([
      { title: 'Launch', start: '2024-03-01' },
      { id: 'x', title: 'Campaign', start: new Date(Date.UTC(2024, 2, 5)), end: new Date(Date.UTC(2024, 2, 20)) },
      { title: 'Call', start: '2024-03-10T14:30:00Z' },
    ]);
    expect($$(el, '[part~="point"]')).to.have.length(2);
    expect($$(el, '[part~="span"]')).to.have.length(1);
  });

  it('labels the axis in the locale of the `locale` attribute', async () => {
    const el = await timeline(sampleDataset(), { locale: 'de' });
    const text = () => $$(el, '[part~="axis"] text').map((t) => t.textContent).join(' ');
    expect(text()).to.contain('Mai');
    expect(text()).to.match(/Okt/);
    el.locale = 'ru';
    await settle(el);
    expect(text()).to.match(/[а-я]/);
    el.locale = 'fr';
    await settle(el);
    expect(text()).to.match(/juin|juil/);
  });

  it('themes: dark by attribute, and a type colour overridden by a custom property', async () => {
    const el = await timeline(sampleDataset(), { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 23, 42)');
    el.style.setProperty('--event-timeline-color-meeting', 'rgb(255, 0, 0)');
    await settle(el);
    expect(getComputedStyle($(el, '[part~="point"] circle')!).fill).to.equal('rgb(255, 0, 0)');
  });

  it('draws marks, badges and the overview density in the system text colour in forced-colors mode', async () => {
    // The test browser cannot switch forced colors on (only Playwright can), so read the rule the
    // element ships for that mode: every mark shape must take CanvasText, not the type palette.
    const el = await timeline(sampleDataset());
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /forced-colors:\s*active/.test(r.conditionText));
    const inForced = forced.flatMap((m) => [...m.cssRules]).filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
    for (const selector of ['.mark circle', '.mark .bar', '.mark .cap', '.mark .fuzzy', '.badge rect', '.overview .density']) {
      const rule = inForced.find((r) => r.selectorText.split(',').map((x) => x.trim()).includes(selector));
      expect(rule, selector).to.not.equal(undefined);
      expect(rule!.style.fill.toLowerCase(), selector).to.equal('canvastext');
    }
  });

  it('keeps the axis and overview in view when the element is given a fixed height', async () => {
    const el = await timeline(syntheticEvents(2000));
    el.style.height = '300px';
    await settle(el);
    const box = el.getBoundingClientRect();
    for (const part of ['axis', 'overview']) {
      const r = $(el, `[part~="${part}"]`)!.getBoundingClientRect();
      expect(r.bottom, part).to.be.at.most(box.bottom);
      expect(r.height, part).to.be.greaterThan(20);
    }
  });

  it('fits a 320 px phone without horizontal overflow', async () => {
    const el = await timeline(sampleDataset());
    el.parentElement!.style.width = '320px';
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    const svgWidth = Number($(el, 'svg.axis')!.getAttribute('width'));
    expect(svgWidth).to.be.within(300, 320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    const events = await collect(el, 'timeline-range-change', 50, () => undefined);
    expect(events).to.have.length(0);
  });
});
