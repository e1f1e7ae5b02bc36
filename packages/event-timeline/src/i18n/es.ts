import { es as dateFnsEs } from 'date-fns/locale/es';
import { dateFnsNames } from './date-names.js';
import { plural } from './messages.js';
import { en } from './en.js';
import type { LocaleData } from './registry.js';

const events = (n: number) => plural('es', n, { one: 'evento', other: 'eventos' });

/** Spanish (loaded on demand). */
export const es: LocaleData = {
  dates: dateFnsNames(
    'es',
    dateFnsEs,
    { dayMonth: (d, m) => `${d} ${m}`, date: (d, m, y) => `${d} de ${m} de ${y}`, monthYear: (m, y) => `${m} de ${y}`, quarter: (q) => `T${q}` },
    ['principios de', 'mediados de', 'finales de', 'hacia', 'antes de', 'después de'],
  ),
  messages: {
    loading: 'Cargando eventos…',
    loadFailed: (src, reason) => `No se pudieron cargar los eventos de ${src}: ${reason}`,
    noEvents: 'No hay eventos que mostrar.',
    invalidInput: (problem) => `Nada que mostrar: los datos no son válidos (${problem}).`,
    skipped: (invalid, total, reason) => `Se omitieron ${invalid} de ${total} eventos porque no son válidos (${reason}).`,
    inView: (visible, total, n) => `${visible} de ${total} ${events(n)}`,
    plotLabel: (label, total, n, range) => `${label}: ${total} ${events(n)}, mostrando ${range}`,
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    reset: 'Restablecer',
    resetTitle: 'Mostrar el periodo inicial (0)',
    list: 'Lista',
    listTitle: 'Mostrar los eventos como lista',
    help: 'Las flechas pasan de un evento a otro en orden cronológico. Mayús con las flechas desplaza. Más y menos acercan y alejan. Inicio y Fin van al primer y al último evento. 0 o Escape restablece la vista. Intro o Espacio abre los detalles, o la lista de una insignia de recuento.',
    showing: (range, count, n) => `Mostrando ${range}, ${count} ${events(n)}.`,
    focused: (title, date, type, sources, index, total) => `${title}, ${date}, ${type}${sources > 1 ? `, según ${sources} fuentes` : ''}. ${index} de ${total}.`,
    listHeading: (count) => `Eventos visibles, en orden cronológico (${count})`,
    listFirst: (shown, total) => `Se muestran los primeros ${shown} de ${total}.`,
    listMore: (n) => `Mostrar ${n} más`,
    sources: (n, count) => `${count} ${plural('es', n, { one: 'fuente', other: 'fuentes' })}`,
    badgeEvents: (count, n) => `${count} ${events(n)}`,
    badgeMore: (count) => `${count} más.`,
    badgeZoom: 'Acercar',
    badgeClose: 'Cerrar la lista',
    otherLane: 'Otros',
    noActor: 'Sin actor',
    noSource: 'Sin fuente',
    types: {
      meeting: 'reunión',
      visit: 'visita',
      statement: 'declaración',
      speech: 'discurso',
      interview: 'entrevista',
      vote: 'votación',
      sanction: 'sanción',
      agreement: 'acuerdo',
      attack: 'ataque',
      'military-action': 'acción militar',
      investigation: 'investigación',
      election: 'elecciones',
      protest: 'protesta',
      aid: 'ayuda',
      legal: 'justicia',
      accident: 'accidente',
      death: 'muerte',
      business: 'negocios',
      launch: 'lanzamiento',
      other: 'otro',
    },
    detail: {
      ...en.detail,
      written: 'Tal como se escribió',
      date: 'Fecha',
      actors: 'Actores',
      place: 'Lugar',
      sources: 'Fuentes',
      close: 'Cerrar los detalles',
      articles: (n, confidence) => `${n} ${plural('es', n, { one: 'artículo', other: 'artículos' })} · confianza ${confidence} %`,
      precision: (g) => ({ year: 'año', quarter: 'trimestre', month: 'mes', week: 'semana', day: 'día', 'part-of-day': 'parte del día', hour: 'hora', minute: 'minuto' })[g] ?? g,
    },
  },
};
