// The "Try it yourself" panel's Web Worker: runs the extraction and the exports off the page's main
// thread, on the data package built for browsers (/event-data/event-data.js). It talks to the page
// only: nothing here fetches or sends anything.
//
// Messages in:  { type: 'extract', request, articles: ArticleInput[] }
//               { type: 'export', request, format: 'csv' | 'timelinejs' | 'ics' }   (of the last dataset)
// Messages out: { type: 'dataset', request, dataset, failures } | { type: 'file', request, text }
//               | { type: 'error', request, message }
import { exportCsv, exportICalendar, exportTimelineJs, extractArticle, mergeArticles } from '/event-data/event-data.js';

/** Each article's outcome by id: an article is read once, however often the set it is in changes. */
const outcomes = new Map();
let dataset;

function outcomeOf(article) {
  const key = `${article.id}\n${article.published}\n${article.text.length}`;
  const cached = outcomes.get(article.id);
  if (cached?.key === key) return cached.outcome;
  const outcome = extractArticle(article);
  outcomes.set(article.id, { key, outcome });
  return outcome;
}

const EXPORTS = {
  csv: (data) => exportCsv(data),
  timelinejs: (data) => JSON.stringify(exportTimelineJs(data, { title: 'Your timeline' }), null, 2) + '\n',
  ics: (data) => exportICalendar(data),
};

self.addEventListener('message', async ({ data: message }) => {
  const { request } = message;
  try {
    if (message.type === 'extract') {
      const results = [];
      const failures = [];
      for (const article of message.articles) {
        const outcome = outcomeOf(article);
        if (outcome.ok) results.push(outcome.result);
        else failures.push(outcome.failure);
      }
      const merged = mergeArticles(results, failures);
      dataset = merged.dataset;
      self.postMessage({ type: 'dataset', request, dataset, failures: merged.failures });
    } else if (message.type === 'export') {
      if (!dataset) throw new Error('there is no timeline to export yet');
      const write = EXPORTS[message.format];
      if (!write) throw new Error(`unknown export format: ${String(message.format).slice(0, 20)}`);
      self.postMessage({ type: 'file', request, text: await write(dataset) });
    }
  } catch (error) {
    self.postMessage({ type: 'error', request, message: error instanceof Error ? error.message : String(error) });
  }
});
