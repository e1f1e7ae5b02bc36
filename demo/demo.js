// The demo page's own script: wires the toolbar to <event-timeline> and fills the side panel with the
// selected event's source article, the sentence, its date expression and trigger word highlighted. Article text
// comes from the web: it is only ever inserted as text nodes (textContent), never as HTML.

const timeline = document.getElementById('timeline');
const sourceBody = document.getElementById('source-body');

/** @type {Promise<{articles: any[], events: any[]}>} */
const datasetPromise = fetch('/events.json').then((response) => {
  if (!response.ok) throw new Error(`/events.json: ${response.status} ${response.statusText}`);
  return response.json();
});
const articleTexts = new Map();

/** Creates an element with optional class and text children (strings become text nodes). */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
}

function articleText(id) {
  if (!articleTexts.has(id)) {
    articleTexts.set(
      id,
      fetch(`/articles/${encodeURIComponent(id)}.txt`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`article ${id}: ${r.status}`)))),
    );
  }
  return articleTexts.get(id);
}

const formatDate = (iso) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));

/** "12 April 2017", "October 2017", "week of 12 June 2017" … from the event's precision. */
function normalisedDate(time) {
  const start = new Date(time.start.length === 10 ? `${time.start}T00:00:00Z` : time.start);
  const utc = (options) => new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(start);
  switch (time.granularity) {
    case 'year':
      return utc({ year: 'numeric' });
    case 'quarter':
      return `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${start.getUTCFullYear()}`;
    case 'month':
      return utc({ month: 'long', year: 'numeric' });
    case 'week':
      return `week of ${utc({ dateStyle: 'long' })}`;
    default:
      return utc({ dateStyle: 'long' });
  }
}

/**
 * Where a phrase of the mention (its date expression or trigger word) sits in its sentence, as
 * [from, to). The offsets count from the start of the article; if the sentence does not match
 * them (an edited file), the phrase is its first occurrence there as a whole word.
 */
function phraseIn(mention, phrase) {
  if (!phrase || typeof phrase.text !== 'string' || !phrase.text) return undefined;
  const s = mention.sentence;
  const n = phrase.text.length;
  const at = phrase.start - mention.start;
  if (at >= 0 && s.slice(at, at + n) === phrase.text) return [at, at + n];
  const letter = /[\p{L}\p{N}]/u;
  for (let from = s.indexOf(phrase.text); from >= 0; from = s.indexOf(phrase.text, from + 1))
    if (!letter.test(s[from - 1] ?? '') && !letter.test(s[from + n] ?? '')) return [from, from + n];
  return undefined;
}

/** The date expression and the trigger word as [from, to, class] in the sentence, in order; where they overlap, the date. */
function marksOf(mention) {
  const timex = phraseIn(mention, mention.timex);
  let trigger = phraseIn(mention, mention.trigger);
  if (timex && trigger && trigger[0] < timex[1] && timex[0] < trigger[1]) trigger = undefined;
  return [timex && [...timex, 'timex'], trigger && [...trigger, 'trigger']].filter(Boolean).sort((a, b) => a[0] - b[0]);
}

/** `text` from `from` to `to` as text and <mark>s: those of `marks` (same coordinates) that lie inside. */
function withMarks(text, from, to, marks) {
  const nodes = [];
  let at = from;
  for (const [a, b, kind] of marks) {
    if (a < at || b > to) continue;
    nodes.push(text.slice(at, a), el('mark', kind, text.slice(a, b)));
    at = b;
  }
  nodes.push(text.slice(at, to));
  return nodes;
}

/**
 * Where the mention's sentence, date expression and trigger word sit in the article text. The
 * offsets come from the extractor; if the text does not match them (an edited file), find the
 * sentence by its words.
 */
function locate(text, mention) {
  let start = mention.start;
  if (text.slice(start, mention.end) !== mention.sentence) start = text.indexOf(mention.sentence);
  if (start < 0) return undefined;
  const marks = marksOf(mention).map(([a, b, kind]) => [start + a, start + b, kind]);
  return { start, end: start + mention.sentence.length, marks };
}

/** The article as paragraphs of text nodes, the sentence in <mark class="sentence">, in it the date and the trigger word. */
function articleView(text, spot) {
  const container = el('div', 'article-text');
  let paragraphStart = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const from = text.indexOf(paragraph, paragraphStart);
    paragraphStart = from + paragraph.length;
    if (!paragraph.trim()) continue;
    const p = el('p');
    const to = from + paragraph.length;
    if (spot && spot.start < to && spot.end > from) {
      const s = Math.max(spot.start, from);
      const e = Math.min(spot.end, to);
      p.append(text.slice(from, s));
      const sentence = el('mark', 'sentence');
      sentence.append(...withMarks(text, s, e, spot.marks));
      p.append(sentence, text.slice(e, to));
      p.classList.add('has-mention');
    } else {
      p.append(paragraph);
    }
    container.append(p);
  }
  return container;
}

/** The sentence alone, the date expression and the trigger word marked, for the quote above the article. */
function sentenceView(mention) {
  const quote = el('blockquote', 'quote');
  quote.append(...withMarks(mention.sentence, 0, mention.sentence.length, marksOf(mention)));
  return quote;
}

async function showMention(dataset, event, index, panel) {
  const mention = event.mentions[index];
  const article = dataset.articles.find((a) => a.id === mention.articleId);
  const meta = [article?.publisher, article?.published ? `published ${formatDate(article.published)}` : undefined].filter(Boolean).join(' · ');
  const body = el('div', 'mention');
  body.append(sentenceView(mention), el('h4', 'article-title', article?.title?.trim() || mention.articleId));
  if (meta) body.append(el('p', 'article-meta', meta));
  const textBox = el('div', 'article-box', el('p', 'muted', 'Loading the article…'));
  textBox.tabIndex = 0;
  textBox.setAttribute('role', 'region');
  textBox.setAttribute('aria-label', `Article text: ${article?.title?.trim() || mention.articleId}`);
  body.append(textBox);
  panel.replaceChildren(body);
  try {
    const text = await articleText(mention.articleId);
    if (!panel.isConnected || panel.firstChild !== body) return;
    textBox.replaceChildren(articleView(text, locate(text, mention)));
    const mark = textBox.querySelector('mark.sentence');
    if (mark) textBox.scrollTop = Math.max(0, mark.offsetTop - textBox.offsetTop - 24);
  } catch (error) {
    textBox.replaceChildren(el('p', 'error', `Could not load the article: ${error.message}`));
  }
}

async function showEvent(selected) {
  const dataset = await datasetPromise;
  // The element may hand back its own normalised object: look the event up in the dataset by id.
  const event = dataset.events.find((e) => e.id === selected?.id) ?? selected;
  if (!event) return;
  if (!event.mentions?.length || !event.time) {
    // An event of the minimal form ({ title, start }) has no sources to show.
    sourceBody.replaceChildren(el('h3', 'event-title', String(event.title ?? '')), el('p', 'placeholder', 'This event has no source sentences.'));
    return;
  }
  const head = el('div', 'event-head');
  const typeBadge = el('span', 'badge', String(event.type ?? 'event').replace('-', ' '));
  head.append(typeBadge, el('h3', 'event-title', event.title));
  const facts = el('dl', 'facts');
  const written = event.time.text ? `“${event.time.text}” → ` : '';
  const mod = event.time.mod ? ` (${event.time.mod.toLowerCase()})` : '';
  const anchor = { explicit: 'written in the text', relative: 'worked out from the publication date', publication: 'the publication date' }[event.time.anchor] ?? event.time.anchor;
  facts.append(el('dt', '', 'When'), el('dd', '', `${written}${normalisedDate(event.time)}${mod}`, el('span', 'muted', ` · ${anchor}`)));
  if (event.actors?.length) facts.append(el('dt', '', 'Who'), el('dd', '', event.actors.map((a) => a.name).join(', ')));
  if (event.place) facts.append(el('dt', '', 'Where'), el('dd', '', event.place));
  const sources = new Set(event.mentions.map((m) => m.articleId)).size;
  facts.append(el('dt', '', 'Sources'), el('dd', '', `${event.mentions.length} sentence${event.mentions.length === 1 ? '' : 's'} in ${sources} article${sources === 1 ? '' : 's'}`));

  const panel = el('div', 'mention-panel');
  const parts = [head, facts];
  // Open on the first report that has the date expression in it: that is the one that dated the event.
  const first = Math.max(0, event.mentions.findIndex((m) => m.timex));
  if (event.mentions.length > 1) {
    // A pager rather than one button per report: merged events can have a dozen mentions.
    const pager = el('div', 'mention-pager');
    pager.setAttribute('role', 'group');
    pager.setAttribute('aria-label', 'Reports of this event');
    const prev = el('button', 'pager-button', '‹ Previous');
    const next = el('button', 'pager-button', 'Next ›');
    const status = el('span', 'pager-status');
    prev.type = next.type = 'button';
    let current = first;
    const label = (i) => {
      status.textContent = `Report ${i + 1} of ${event.mentions.length}`;
      prev.disabled = i === 0;
      next.disabled = i === event.mentions.length - 1;
    };
    const go = (i) => {
      current = i;
      label(i);
      showMention(dataset, event, i, panel);
    };
    prev.addEventListener('click', () => go(current - 1));
    next.addEventListener('click', () => go(current + 1));
    pager.append(prev, status, next);
    parts.push(pager);
    label(first);
  }
  parts.push(panel);
  sourceBody.replaceChildren(...parts);
  document.getElementById('source-status').textContent = `Sources of “${event.title}” shown beside the timeline.`;
  await showMention(dataset, event, first, panel);
}

timeline.addEventListener('timeline-select', (e) => {
  showEvent(e.detail?.event);
  if (matchMedia('(max-width: 900px)').matches) document.getElementById('source').scrollIntoView({ behavior: 'smooth', block: 'start' });
});

document.getElementById('group-by').addEventListener('change', (e) => timeline.setAttribute('group-by', e.target.value));
document.getElementById('locale').addEventListener('change', (e) => timeline.setAttribute('locale', e.target.value));

for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
}

datasetPromise.then(
  (dataset) => {
    const stat = (name, value) => document.querySelectorAll(`[data-stat="${name}"]`).forEach((n) => (n.textContent = String(value)));
    stat('articles', dataset.articles.length);
    stat('events', dataset.events.length);
    stat('mentions', dataset.events.reduce((sum, e) => sum + e.mentions.length, 0));
  },
  (error) => {
    sourceBody.replaceChildren(el('p', 'error', `The dataset could not be loaded (${error.message}). Run \`npm run extract\`, then reload.`));
  },
);
