/**
 * Words inside a capitalised name that tell what it names: the last word of a body or a place, and the
 * capitalised words that are not names at all.
 */

/** Capitalised words that are not names: sentence openers, calendar words, common heading words. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'after', 'before', 'during', 'but', 'and', 'or', 'if', 'while', 'when', 'this', 'that', 'these',
  'those', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'even', 'also', 'last', 'earlier',
  'later', 'meanwhile', 'however', 'according', 'other', 'both', 'some', 'many', 'what', 'who', 'why', 'how', 'breaking', 'update', 'report',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'photo', 'video', 'read', 'more', 'said', 'says',
  'east', 'west', 'north', 'south', 'middle', 'talks', 'process', 'peace', 'operation', 'convention', 'order', 'state', 'affairs', 'war',
  'crisis', 'summit', 'resolution', 'agreement', 'accord', 'deal', 'day', 'house', 'weapons', 'chemical', 'security', 'national',
  'international', 'global', 'world', 'republic', 'kingdom', 'of', 'for', 'to', 'with', 'by', 'from', 'union', 'inherent', 'resolve',
  'friendship', 'mines', 'meeting', 'diplomacy', 'relations', 'regime', 'change', 'must', 'go', 'unlawful', 'raid', 'internet', 'news',
  'site', 'comments', 'feedbacks', 'lives', 'matter', 'anti', 'pro', 'new', 'no', 'not', 'yes', 'one', 'two', 'so', 'then', 'now', 'just',
]);

/** Words that make a capitalised phrase an organisation ("Syrian Arab Army", "Russian Embassy"). */
export const ORG_WORDS = new Set([
  'department', 'council', 'ministry', 'agency', 'army', 'forces', 'party', 'union', 'assembly', 'committee', 'commission', 'court',
  'bank', 'embassy', 'mission', 'government', 'administration', 'parliament', 'coalition', 'alliance', 'organization', 'organisation',
  'corporation', 'association', 'federation', 'league', 'front', 'movement', 'guard', 'police', 'navy', 'service', 'office', 'institute',
  'university', 'news', 'group', 'company', 'times', 'post', 'network', 'fund', 'foundation', 'ministry', 'senate', 'congress', 'regime',
]);

/** Last words that make a capitalised phrase a place ("Capitol Hill", "Red Square", "Heathrow Airport"). */
export const PLACE_WORDS = new Set([
  'hill', 'street', 'square', 'avenue', 'road', 'bridge', 'island', 'islands', 'mountains', 'river', 'sea', 'ocean', 'gulf', 'bay',
  'valley', 'airport', 'station', 'palace', 'building', 'center', 'centre', 'hall', 'park', 'plaza', 'tower', 'castle', 'strait',
  'peninsula', 'desert', 'province', 'region', 'county', 'district', 'base', 'port', 'harbour', 'harbor', 'camp', 'stadium',
]);

/** Particles inside personal names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'la', 'du', 'da', 'di', 'le']);
