import { ru as dateFnsRu } from 'date-fns/locale/ru';
import { dateFnsNames } from './date-names.js';
import { plural, type LocaleData } from './messages.js';
import { en } from './en.js';

/** "событие", "события", "событий" by the Russian plural rules. */
const events = (n: number) => plural('ru', n, { one: 'событие', few: 'события', many: 'событий', other: 'события' });
/** After "из N": the genitive plural, or singular for one ("из 21 события"). */
const ofEvents = (n: number) => plural('ru', n, { one: 'события', other: 'событий' });

/** Russian (loaded on demand). */
export const ru: LocaleData = {
  dates: dateFnsNames(
    'ru',
    dateFnsRu,
    { dayMonth: (d, m) => `${d} ${m}`, date: (d, m, y) => `${d} ${m} ${y} г.`, monthYear: (m, y) => `${m} ${y} г.`, quarter: (q) => `${q} кв.` },
    ['начало', 'середина', 'конец', 'около', 'до', 'после'],
  ),
  messages: {
    loading: 'Загрузка событий…',
    loadFailed: (src, reason) => `Не удалось загрузить события из ${src}: ${reason}`,
    noEvents: 'Нет событий для показа.',
    invalidInput: (problem) => `Нечего показать: данные неверны (${problem}).`,
    skipped: (invalid, total, reason) => `Пропущено событий: ${invalid} из ${total}, так как они неверны (${reason}).`,
    inView: (visible, total, n) => `${visible} из ${total} ${ofEvents(n)}`,
    plotLabel: (label, total, n, range) => `${label}: ${total} ${events(n)}, показано ${range}`,
    nearest: (title, date) => `Ближайшее: ${title}, ${date} →`,
    searchLabel: 'Поиск событий',
    lanesLabel: 'Показанные дорожки',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    reset: 'Сбросить',
    resetTitle: 'Показать исходный период (0)',
    list: 'Список',
    listTitle: 'Показать события списком',
    help: 'Стрелки переходят между событиями в хронологическом порядке. Shift со стрелками прокручивает. Плюс и минус меняют масштаб. Home и End переходят к первому и последнему событию. 0 или Escape сбрасывает вид. Enter или пробел открывает подробности или список значка с числом.',
    showing: (range, count, n) => `Показано: ${range}, ${count} ${events(n)}.`,
    focused: (title, date, type, sources, index, total) => `${title}, ${date}${type ? `, ${type}` : ''}${sources > 1 ? `, источников: ${sources}` : ''}. ${index} из ${total}.`,
    listHeading: (count) => `События в окне, по времени (${count})`,
    listFirst: (shown, total) => `Показаны первые ${shown} из ${total}.`,
    listMore: (n) => `Показать ещё ${n}`,
    sources: (n, count) => `${count} ${plural('ru', n, { one: 'источник', few: 'источника', many: 'источников', other: 'источника' })}`,
    badgeEvents: (count, n) => `${count} ${events(n)}`,
    badgeMore: (count) => `Ещё ${count}.`,
    badgeShowMore: (count) => `Показать ещё ${count}`,
    badgeZoom: 'Приблизить',
    badgeClose: 'Закрыть список',
    otherLane: 'Другое',
    noActor: 'Без участника',
    noSource: 'Без источника',
    types: {
      meeting: 'встреча',
      visit: 'визит',
      statement: 'заявление',
      speech: 'речь',
      interview: 'интервью',
      vote: 'голосование',
      sanction: 'санкции',
      agreement: 'соглашение',
      attack: 'нападение',
      'military-action': 'военные действия',
      investigation: 'расследование',
      election: 'выборы',
      protest: 'протест',
      aid: 'помощь',
      legal: 'суд',
      accident: 'авария',
      death: 'смерть',
      business: 'бизнес',
      launch: 'запуск',
      other: 'другое',
    },
    detail: {
      ...en.detail,
      written: 'В тексте',
      date: 'Дата',
      actors: 'Участники',
      place: 'Место',
      sources: 'Источники',
      close: 'Закрыть подробности',
      articles: (n, confidence) => `${n} ${plural('ru', n, { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' })} · уверенность ${confidence} %`,
      precision: (g) => `с точностью до ${({ year: 'года', quarter: 'квартала', month: 'месяца', week: 'недели', day: 'дня', 'part-of-day': 'части дня', hour: 'часа', minute: 'минуты' })[g] ?? g}`,
    },
  },
};
