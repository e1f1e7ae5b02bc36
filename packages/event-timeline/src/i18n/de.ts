import { de as dateFnsDe } from 'date-fns/locale/de';
import { dateFnsNames } from './date-names.js';
import { plural } from './messages.js';
import { en } from './en.js';
import type { LocaleData } from './registry.js';

const events = (n: number) => plural('de', n, { one: 'Ereignis', other: 'Ereignissen' });

/** German (loaded on demand). */
export const de: LocaleData = {
  dates: dateFnsNames(
    'de',
    dateFnsDe,
    { dayMonth: (d, m) => `${d}. ${m}`, date: (d, m, y) => `${d}. ${m} ${y}`, monthYear: (m, y) => `${m} ${y}`, quarter: (q) => `Q${q}` },
    ['Anfang', 'Mitte', 'Ende', 'etwa', 'vor', 'nach'],
  ),
  messages: {
    loading: 'Ereignisse werden geladen …',
    loadFailed: (src, reason) => `Ereignisse aus ${src} konnten nicht geladen werden: ${reason}`,
    noEvents: 'Keine Ereignisse.',
    invalidInput: (problem) => `Nichts zu zeigen: Die Daten sind ungültig (${problem}).`,
    skipped: (invalid, total, reason) => `${invalid} von ${total} Ereignissen wurden übersprungen, weil sie ungültig sind (${reason}).`,
    inView: (visible, total, n) => `${visible} von ${total} ${events(n)}`,
    plotLabel: (label, total, n, range) => `${label}: ${total} ${plural('de', n, { one: 'Ereignis', other: 'Ereignisse' })}, sichtbar ${range}`,
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    reset: 'Zurücksetzen',
    resetTitle: 'Den anfänglichen Zeitraum zeigen (0)',
    list: 'Liste',
    listTitle: 'Die Ereignisse als Liste zeigen',
    help: 'Pfeiltasten wechseln zwischen den Ereignissen in zeitlicher Reihenfolge. Umschalt mit Pfeiltasten verschiebt. Plus und Minus zoomen. Pos1 und Ende springen zum ersten und letzten Ereignis. 0 oder Escape setzt die Ansicht zurück. Eingabe oder Leertaste öffnet die Details oder die Liste einer Zahlmarke.',
    showing: (range, count, n) => `Sichtbar: ${range}, ${count} ${plural('de', n, { one: 'Ereignis', other: 'Ereignisse' })}.`,
    focused: (title, date, type, sources, index, total) => `${title}, ${date}, ${type}${sources > 1 ? `, berichtet von ${sources} Quellen` : ''}. ${index} von ${total}.`,
    listHeading: (count) => `Sichtbare Ereignisse in zeitlicher Reihenfolge (${count})`,
    listFirst: (shown, total) => `Die ersten ${shown} von ${total}.`,
    listMore: (n) => `${n} weitere zeigen`,
    sources: (n, count) => `${count} ${plural('de', n, { one: 'Quelle', other: 'Quellen' })}`,
    badgeEvents: (count, n) => `${count} ${plural('de', n, { one: 'Ereignis', other: 'Ereignisse' })}`,
    badgeMore: (count) => `${count} weitere.`,
    badgeZoom: 'Vergrößern',
    badgeClose: 'Liste schließen',
    otherLane: 'Sonstige',
    noActor: 'Ohne Akteur',
    noSource: 'Ohne Quelle',
    types: {
      meeting: 'Treffen',
      visit: 'Besuch',
      statement: 'Erklärung',
      speech: 'Rede',
      interview: 'Interview',
      vote: 'Abstimmung',
      sanction: 'Sanktion',
      agreement: 'Abkommen',
      attack: 'Angriff',
      'military-action': 'Militäreinsatz',
      investigation: 'Ermittlung',
      election: 'Wahl',
      protest: 'Protest',
      aid: 'Hilfe',
      legal: 'Justiz',
      accident: 'Unglück',
      death: 'Todesfall',
      business: 'Wirtschaft',
      launch: 'Start',
      other: 'Sonstiges',
    },
    detail: {
      ...en.detail,
      written: 'Im Text',
      date: 'Datum',
      actors: 'Beteiligte',
      place: 'Ort',
      sources: 'Quellen',
      close: 'Details schließen',
      articles: (n, confidence) => `${n} ${plural('de', n, { one: 'Artikel', other: 'Artikel' })} · Konfidenz ${confidence} %`,
      precision: (g) => ({ year: 'Jahr', quarter: 'Quartal', month: 'Monat', week: 'Woche', day: 'Tag', 'part-of-day': 'Tageszeit', hour: 'Stunde', minute: 'Minute' })[g] ?? g,
    },
  },
};
