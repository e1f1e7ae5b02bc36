// "Try it yourself": a visitor pastes an article's text or a page's HTML, or drops .txt/.html files,
// and sees the timeline of what they say. Pages become articles on this page (DOMParser and
// Readability, from /event-data/event-data-html.js: a parsed page runs no script and loads nothing);
// the extraction and the exports run in a Web Worker (try-it-worker.js). Nothing is sent anywhere:
// the only requests are for this site's own scripts and, when asked for, the seed articles.
// Text from the visitor is only ever shown through textContent.

const $ = (id) => document.getElementById(id);
const form = $('try-form');
const textArea = $('try-text');
const dateInput = $('try-date');
const fileInput = $('try-files');
const drop = $('try-drop');
const show = $('try-show');
const list = $('try-articles');
const empty = $('try-empty');
const status = $('try-status');
const timeline = $('try-timeline');
const downloads = [...document.querySelectorAll('.try-downloads button')];

/** The size limit of the data package's HTML reader (MAX_HTML_BYTES), checked before a file is read. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const FILES = {
  json: ['events.json', 'application/json'],
  csv: ['events.csv', 'text/csv'],
  timelinejs: ['events.timelinejs.json', 'application/json'],
  ics: ['events.ics', 'text/calendar'],
};

// ---- the worker, one request at a time per answer ----
const worker = new Worker(new URL('./try-it-worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let lastRequest = 0;
function ask(message) {
  return new Promise((resolve, reject) => {
    const request = ++lastRequest;
    pending.set(request, { resolve, reject });
    worker.postMessage({ ...message, request });
  });
}
worker.addEventListener('message', ({ data }) => {
  const waiting = pending.get(data.request);
  pending.delete(data.request);
  if (data.type === 'error') waiting?.reject(new Error(data.message));
  else waiting?.resolve(data);
});
worker.addEventListener('error', (event) => {
  event.preventDefault();
  for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the extraction worker could not start'));
  pending.clear();
});

// ---- the visitor's articles ----
/** @type {{id: string, name: string, article?: object, error?: string}[]} */
const mine = [];
let dataset;
let refreshes = 0;

const looksLikeHtml = (text) => /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|article|main|div|p|h1|section)\b/i.test(text);

/** A short id from a name: the article's key in the dataset and its exports. */
function idFor(name) {
  const base = name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase() || 'article';
  const taken = new Set(mine.map((m) => m.id));
  let id = base;
  for (let n = 2; taken.has(id) || /^\d{3}_/.test(id); n++) id = `${base}-${n}`;
  return id;
}

/** An article for the extraction, or `{ error }`: a page through the HTML reader, text as it is. */
async function articleOf(id, content, isHtml, published) {
  if (!content.trim()) return { error: 'it is empty' };
  if (isHtml) {
    const { articleFromHtml } = await import('/event-data/event-data-html.js');
    let page = articleFromHtml(content, { id });
    // The page's own date comes first; the date given stands in only when the page has none.
    if ('error' in page && published) page = articleFromHtml(content, { id, published });
    if ('error' in page) return { error: published ? page.error : `${page.error}; set the publication date and add it again` };
    return { article: { id, text: page.text, title: page.title, published: page.published, publisher: page.publisher, url: page.url } };
  }
  if (!published) return { error: 'plain text carries no publication date: set one and add it again' };
  return { article: { id, text: content, published } };
}

async function add(name, content, isHtml) {
  const id = idFor(name);
  const entry = { id, name, ...(await articleOf(id, content, isHtml, dateInput.value)) };
  mine.push(entry);
  return entry;
}

// ---- the seed set (the five articles of the timeline above) ----
let seed;
function seedArticles() {
  seed ??= fetch('/events.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`/events.json: ${r.status}`))))
    .then((data) =>
      Promise.all(
        data.articles.map(async (a) => {
          const r = await fetch(`/articles/${encodeURIComponent(a.id)}.txt`);
          if (!r.ok) throw new Error(`article ${a.id}: ${r.status}`);
          return { id: a.id, title: a.title, published: a.published, publisher: a.publisher ?? null, url: a.url ?? null, text: await r.text() };
        }),
      ),
    );
  seed.catch(() => (seed = undefined));
  return seed;
}

// ---- showing it ----
const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function renderList() {
  list.replaceChildren(
    ...mine.map((entry) => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'try-name';
      // The headline as the extraction read it (the first line of a text), else the file's name.
      name.textContent = dataset?.articles.find((a) => a.id === entry.id)?.title || entry.article?.title || entry.name;
      const note = document.createElement('span');
      if (entry.error) {
        note.className = 'error';
        note.textContent = `Not read: ${entry.error}.`;
      } else {
        const count = dataset ? dataset.events.filter((e) => e.mentions.some((m) => m.articleId === entry.id)).length : 0;
        note.className = 'muted';
        note.textContent = `${entry.article.published} · ${plural(count, 'event')}`;
      }
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'try-remove';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${name.textContent}`);
      remove.addEventListener('click', () => {
        mine.splice(mine.indexOf(entry), 1);
        void refresh();
      });
      li.append(name, note, remove);
      return li;
    }),
  );
  empty.hidden = mine.length > 0;
}

async function refresh() {
  const run = ++refreshes;
  renderList();
  const withSeed = show.value === 'with-seed';
  const yours = mine.filter((m) => m.article).map((m) => m.article);
  if (!yours.length && !withSeed) {
    dataset = undefined;
    timeline.hidden = true;
    downloads.forEach((b) => (b.disabled = true));
    status.textContent = mine.length ? 'None of your articles could be read: see why above.' : '';
    return;
  }
  status.textContent = `Reading ${plural(yours.length, 'article')}${withSeed ? ' and the five above' : ''}…`;
  try {
    const articles = [...yours, ...(withSeed ? await seedArticles() : [])];
    const answer = await ask({ type: 'extract', articles });
    if (run !== refreshes) return;
    dataset = answer.dataset;
    for (const failure of answer.failures) {
      const entry = mine.find((m) => m.id === failure.articleId);
      if (entry) [entry.error, entry.article] = [failure.reason, undefined];
    }
    timeline.events = dataset;
    timeline.hidden = false;
    downloads.forEach((b) => (b.disabled = false));
    status.textContent = `${plural(dataset.events.length, 'event')} from ${plural(dataset.articles.length, 'article')}.`;
    renderList();
  } catch (error) {
    if (run === refreshes) status.textContent = `Could not read the articles: ${error.message}`;
  }
}

async function addFiles(files) {
  const names = [];
  for (const file of files) {
    const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    if (file.size > MAX_FILE_BYTES) mine.push({ id: idFor(file.name), name: file.name, error: 'it is larger than 20 MB' });
    else if (!isHtml && !/\.txt$/i.test(file.name) && file.type !== 'text/plain') mine.push({ id: idFor(file.name), name: file.name, error: 'only .txt and .html files are read' });
    else {
      const text = await file.text();
      await add(file.name, text, isHtml || looksLikeHtml(text));
    }
    names.push(file.name);
  }
  if (names.length) await refresh();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const content = textArea.value;
  if (!content.trim()) {
    status.textContent = 'Paste an article first, or drop files.';
    textArea.focus();
    return;
  }
  const html = looksLikeHtml(content);
  const entry = await add(html ? 'Pasted page' : 'Pasted text', content, html);
  if (!entry.error) textArea.value = '';
  await refresh();
});
fileInput.addEventListener('change', () => {
  void addFiles([...fileInput.files]);
  fileInput.value = '';
});
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
}
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  void addFiles([...(event.dataTransfer?.files ?? [])]);
});
show.addEventListener('change', () => void refresh());

for (const button of downloads) {
  button.addEventListener('click', async () => {
    if (!dataset) return;
    const format = button.dataset.format;
    try {
      const text = format === 'json' ? `${JSON.stringify(dataset, null, 2)}\n` : (await ask({ type: 'export', format })).text;
      const [name, type] = FILES[format];
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      status.textContent = `Could not write the ${format} file: ${error.message}`;
    }
  });
}
