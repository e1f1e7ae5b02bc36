/** Words around a name that tell what it names: a title before a person, the head of a role. */

/** Words that name a role; a capitalised name after them is a person ("Foreign Minister Sergey Lavrov"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'secretary-general', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'chancellor', 'king', 'queen', 'prince',
  'general', 'gen.', 'admiral', 'colonel', 'col.', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'head', 'leader',
  'deputy', 'premier', 'judge', 'justice', 'attorney', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'pope', 'sheikh', 'emir', 'ex-president',
  'president-elect', 'former', 'senior', 'official', 'aide', 'adviser', 'advisor', 'diplomat', 'counterpart', 'lt.', 'sgt.', 'capt.',
  'spy', 'officer', 'lawmaker', 'mp', 'speaker', 'foreign', 'defense', 'defence', 'interior', 'state', 'top', 'mr', 'mrs', 'ms', 'dr',
]);

/** Courtesy titles: the name after them is a person, and they are never part of it ("Mr. Lavrov", "Mr Biden"). */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'gen.', 'prof.']);

/** Head nouns of roles, used to resolve "the Russian Foreign Minister" to the person introduced with that title. */
export const ROLE_HEADS = [
  'secretary of state', 'foreign minister', 'prime minister', 'defense minister', 'defence minister', 'secretary-general', 'president',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'minister', 'envoy', 'senator', 'governor', 'mayor',
];
