import { fr as dateFnsFr } from 'date-fns/locale/fr';
import { dateFnsNames } from './date-names.js';
import { plural } from './messages.js';
import { en } from './en.js';
import type { LocaleData } from './registry.js';

const events = (n: number) => plural('fr', n, { one: 'événement', other: 'événements' });

/** French (loaded on demand). */
export const fr: LocaleData = {
  dates: dateFnsNames(
    'fr',
    dateFnsFr,
    { dayMonth: (d, m) => `${d} ${m}`, date: (d, m, y) => `${d} ${m} ${y}`, monthYear: (m, y) => `${m} ${y}`, quarter: (q) => `T${q}` },
    ['début', 'mi-', 'fin', 'vers', 'avant', 'après'],
  ),
  messages: {
    loading: 'Chargement des événements…',
    loadFailed: (src, reason) => `Impossible de charger les événements depuis ${src} : ${reason}`,
    noEvents: 'Aucun événement à afficher.',
    invalidInput: (problem) => `Rien à afficher : les données ne sont pas valides (${problem}).`,
    skipped: (invalid, total, reason) => `${invalid} événements sur ${total} ont été ignorés, car ils ne sont pas valides (${reason}).`,
    inView: (visible, total, n) => `${visible} sur ${total} ${events(n)}`,
    plotLabel: (label, total, n, range) => `${label} : ${total} ${events(n)}, du ${range}`,
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    reset: 'Réinitialiser',
    resetTitle: 'Afficher la période initiale (0)',
    list: 'Liste',
    listTitle: 'Afficher les événements sous forme de liste',
    help: 'Les flèches passent d’un événement à l’autre dans l’ordre chronologique. Maj avec les flèches fait défiler. Plus et moins zooment. Début et Fin vont au premier et au dernier événement. 0 ou Échap réinitialise la vue. Entrée ou Espace ouvre les détails, ou la liste d’un badge de nombre.',
    showing: (range, count, n) => `Affiché : ${range}, ${count} ${events(n)}.`,
    focused: (title, date, type, sources, index, total) => `${title}, ${date}, ${type}${sources > 1 ? `, rapporté par ${sources} sources` : ''}. ${index} sur ${total}.`,
    listHeading: (count) => `Événements affichés, par ordre chronologique (${count})`,
    listFirst: (shown, total) => `Les ${shown} premiers sur ${total}.`,
    listMore: (n) => `Afficher ${n} de plus`,
    sources: (n, count) => `${count} ${plural('fr', n, { one: 'source', other: 'sources' })}`,
    badgeEvents: (count, n) => `${count} ${events(n)}`,
    badgeMore: (count) => `${count} de plus.`,
    badgeZoom: 'Zoom avant',
    badgeClose: 'Fermer la liste',
    otherLane: 'Autres',
    noActor: 'Sans acteur',
    noSource: 'Sans source',
    types: {
      meeting: 'réunion',
      visit: 'visite',
      statement: 'déclaration',
      speech: 'discours',
      interview: 'entretien',
      vote: 'vote',
      sanction: 'sanction',
      agreement: 'accord',
      attack: 'attaque',
      'military-action': 'action militaire',
      investigation: 'enquête',
      election: 'élection',
      protest: 'manifestation',
      aid: 'aide',
      legal: 'justice',
      accident: 'accident',
      death: 'décès',
      business: 'économie',
      launch: 'lancement',
      other: 'autre',
    },
    detail: {
      ...en.detail,
      written: 'Tel qu’écrit',
      date: 'Date',
      actors: 'Acteurs',
      place: 'Lieu',
      sources: 'Sources',
      close: 'Fermer les détails',
      articles: (n, confidence) => `${n} ${plural('fr', n, { one: 'article', other: 'articles' })} · confiance ${confidence} %`,
      precision: (g) => ({ year: 'année', quarter: 'trimestre', month: 'mois', week: 'semaine', day: 'jour', 'part-of-day': 'moment de la journée', hour: 'heure', minute: 'minute' })[g] ?? g,
    },
  },
};
