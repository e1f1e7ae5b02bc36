/**
 * Phrasing of web furniture that surrounds news articles on the web: fund-raising appeals,
 * disclaimers, comment widgets, share bars, newsletter boxes, credits. General patterns of the
 * genre, not lines of particular sites.
 */
export const BOILERPLATE: readonly RegExp[] = [
  /\bpatreon\b|\bpaypal\b|\bdonat(e|ion)s?\b.*\b(us|our)\b|\bsupport (us|our|independent)\b|\bhelp us (grow|keep|continue)\b|\bbecome a (member|patron|subscriber)\b/i,
  /\b(statements?|views|opinions)(,? views)?(,? and opinions)? expressed\b|\bdo(es)? not necessarily (represent|reflect)\b|\bdoes not give (financial|investment|medical|legal) advice\b/i,
  /\b(subscribe|sign up) (to|for) (our|the) (newsletter|channel|mailing list)\b|\bfollow us on\b|\bjoin us on (telegram|facebook|twitter)\b/i,
  /\bshare (this|on) (article|story|post|facebook|twitter)\b|\bclick here\b|\ball rights reserved\b|^\s*(©|copyright\b)/i,
  /\bwe use cookies\b|\bthis (article|story|post) (was )?(originally|first) (appeared|published)\b|\boriginally published (on|at|by)\b/i,
  /^(photo|image|picture|illustration|video|credit|source|file photo)s?\s*(by|credit)?\s*[:：/]/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*[,|–-]\s*[\p{L} ]+)?$/u,
  /^(updated|published|posted|last updated)\b.{0,40}$/i,
  /^((additional )?reporting|writing|editing|compiled|translated) by\b|^our standards\b|\btrust principles\b/i,
  /^\s*(advertisement|sponsored( content)?|read (more|also)|related( articles?| posts?| stories)?|you may also like|recommended( for you)?|most (read|popular)|trending( now)?|more from [\w ]+)\s*:?\s*$/i,
];

/** Lines that open the comment or related-content section: everything after them is furniture. */
export const TAIL_MARKERS: readonly RegExp[] = [
  /^(what do you think|what are your thoughts|leave a (comment|reply)|join the discussion|notify of|\d+\s+comments?|comments?|view all comments|inline feedbacks|load more comments|you may also like|related( articles| posts| stories)?|read (more|next)|recommended|more stories)\s*[?:.!]?\s*$/i,
];

/** Function words that make up a large share of any English text. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'as', 'by', 'at', 'it', 'he', 'she',
  'his', 'her', 'from', 'be', 'has', 'have', 'had', 'were', 'are', 'an', 'not', 'but', 'they', 'their', 'this', 'which', 'who',
  'will', 'would', 'its', 'or', 'after', 'been', 'we', 'our', 'also', 'about', 'than', 'there',
]);
