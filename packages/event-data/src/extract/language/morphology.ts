/**
 * English verb forms for headlines: the base form of a past tense or participle ("provided" →
 * "provide", "banned" → "ban", "held" → "hold") and the third person singular ("provide" →
 * "provides"). Rules of English spelling plus the common irregular verbs; rare exceptions may be
 * spelled wrong, never crash.
 */
import { ATTESTED_VERB_BASES } from './verb-bases.js';

const IRREGULAR: Record<string, string> = {
  went: 'go', gone: 'go', came: 'come', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give', sent: 'send', won: 'win',
  lost: 'lose', left: 'leave', saw: 'see', seen: 'see', began: 'begin', begun: 'begin', brought: 'bring', fought: 'fight', wrote: 'write',
  written: 'write', found: 'find', kept: 'keep', led: 'lead', paid: 'pay', sold: 'sell', broke: 'break', broken: 'break', held: 'hold',
  built: 'build', bought: 'buy', spent: 'spend', became: 'become', withdrew: 'withdraw', withdrawn: 'withdraw', fled: 'flee', heard: 'hear',
  knew: 'know', known: 'know', sought: 'seek', stood: 'stand', told: 'tell', said: 'say', met: 'meet', struck: 'strike', shot: 'shoot',
  ran: 'run', threw: 'throw', thrown: 'throw', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', fell: 'fall',
  fallen: 'fall', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', hid: 'hide', hidden: 'hide', laid: 'lay', rose: 'rise',
  risen: 'rise', sat: 'sit', stole: 'steal', stolen: 'steal', swore: 'swear', sworn: 'swear', tore: 'tear', torn: 'tear', woke: 'wake',
  wore: 'wear', caught: 'catch', dealt: 'deal', meant: 'mean', lent: 'lend', taught: 'teach', understood: 'understand',
  forgave: 'forgive', overtook: 'overtake', undertook: 'undertake', had: 'have', did: 'do', done: 'do', got: 'get', spoke: 'speak',
  spoken: 'speak', froze: 'freeze', frozen: 'freeze', bore: 'bear', born: 'bear', shook: 'shake', forbade: 'forbid', arose: 'arise',
  sank: 'sink', sunk: 'sink', spun: 'spin', stuck: 'stick', swept: 'sweep', slept: 'sleep', felt: 'feel', fed: 'feed', bled: 'bleed',
  bent: 'bend', bound: 'bind', dug: 'dig', drew: 'draw', drawn: 'draw', ate: 'eat', eaten: 'eat', forgot: 'forget', forgotten: 'forget',
  dying: 'die', lying: 'lie', tying: 'tie', vying: 'vie', hung: 'hang', lit: 'light', rode: 'ride', rang: 'ring', sang: 'sing', slid: 'slide', sped: 'speed', split: 'split', wound: 'wind',
};
const KEEP_AS_IS = new Set(['focus', 'bias', 'boycott', 'visit', 'limit', 'edit', 'credit', 'benefit', 'exhibit', 'inhabit', 'target', 'budget']);

const vowelGroups = (w: string): number => w.match(/[aeiouy]+/g)?.length ?? 0;

/** The base form of a past tense, past participle or present participle; other words come back unchanged. */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  // "watching" → "watch", "making" → "make", "running" → "run": the -ed rules restore the same stem
  if (w.endsWith('ing') && w.length > 5 && /[aeiouy]/.test(w.slice(0, -3))) return w.endsWith('eing') ? w.slice(0, -3) : baseForm(`${w.slice(0, -3)}ed`);
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('eed')) return w.slice(0, -1); // agreed, freed
  if (!w.endsWith('ed') || w.length < 4) return w;
  const s = w.slice(0, -2);
  if (KEEP_AS_IS.has(s)) return s;
  if (s === 'creat') return 'create';
  // banned → ban, stopped → stop (but called, passed, stuffed keep their double letter)
  if (/[^aeiou][aeiou]([bdgklmnprtvz])\1$/.test(s) && !/(ll|ss|ff|zz)$/.test(s)) return s.slice(0, -1);
  const e =
    /v$|c$|z$|[^aeiouq]u$|(dg|rg)$|(chang|arrang|challeng|exchang)$/.test(s) ||
    /[^aeiou]at$|[^aeiou][iu]d$|[^aeiou]ur$|[^aeiou]ir$|uir$|[^aeiou]ar$|[^aeiou]ut$|[^aeiou]ot$|[^aeiou]ok$|[^aeiou]ag$/.test(s) ||
    /[^aeiou][bcdfgkptz]l$/.test(s) ||
    (/[aeiou]s$/.test(s) && !/[^aeiou]us$/.test(s.slice(1))) ||
    (/[^aeiou]in$/.test(s) && vowelGroups(s) >= 2) ||
    (/(^|[^aeiou])[aeiou][bdgklmnpt]$/.test(s) && vowelGroups(s) === 1);
  return e ? `${s}e` : s;
}

/** "undergone" → "under" + "gone", "overtaken" → "over" + "taken": a prefix before an irregular form. */
const PREFIXED = /^(under|over|out|with|fore|mis|re|up)(.+)$/;

/**
 * The base form of a verb in any form, for a headline: `ruleVerbBase`, and where spelling cannot
 * tell ("invited" → "invite" but "visited" → "visit"), the reading the news corpora attest
 * (verb-bases.ts, derived by scripts/derive-verb-bases.ts).
 */
export function verbBase(word: string): string {
  const rule = ruleVerbBase(word);
  let w = word.toLowerCase();
  if (w.endsWith('ing') && w.length > 5 && !w.endsWith('eing')) w = `${w.slice(0, -3)}ed`;
  if (!w.endsWith('ed') || ATTESTED_VERB_BASES.has(rule)) return rule;
  const stem = w.slice(0, -2);
  const readings = [`${stem}e`, /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : '', stem];
  return readings.find((r) => r && ATTESTED_VERB_BASES.has(r)) ?? rule;
}

/**
 * The base form of a verb in any form by the rules of spelling alone: `baseForm` (which the trigger
 * finder's lemmas keep) with the spellings it misses: a present in -s ("goes" → "go"), a prefix
 * before an irregular form ("undergone" → "undergo"), "tripled" → "triple", "controlled" → "control",
 * "associated" → "associate", "described" → "describe", "died" → "die".
 */
export function ruleVerbBase(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  const prefixed = PREFIXED.exec(w);
  if (prefixed && IRREGULAR[prefixed[2]] && prefixed[2].length > 2) return prefixed[1] + IRREGULAR[prefixed[2]];
  if (w.endsWith('ing') && w.length > 5 && /[aeiouy]/.test(w.slice(0, -3)) && !w.endsWith('eing')) return ruleVerbBase(`${w.slice(0, -3)}ed`);
  if (!w.endsWith('ed')) return w.endsWith('ing') ? baseForm(w) : presentBase(w);
  if (/^[^aeiou]ied$/.test(w)) return w.slice(0, -1); // died, lied, tied
  const s = w.slice(0, -2);
  if (/[^aeiou][eo]ll$/.test(s) && vowelGroups(s) >= 2) return s.slice(0, -1); // controlled, travelled (but called, installed)
  if ((/[bcdfgkptz]l$/.test(s) || /[^aeiou]iat$/.test(s) || (/[^aeiou]ib$/.test(s) && vowelGroups(s) >= 2)) && !w.endsWith('eed')) return `${s}e`;
  // "refused", "accused", "presumed", "consumed": a single s or m after "u" closes a silent e ("focused" is kept as is)
  if (/[^aeiou]u[sm]$/.test(s) && !KEEP_AS_IS.has(s)) return `${s}e`;
  // "collapsed", "endorsed", "reversed", "analysed": no English verb ends in a consonant and a single s
  if (/[^aeious]s$/.test(s)) return `${s}e`;
  return baseForm(w);
}

const pastForms = new Map<string, boolean>();

/** Whether a word is a past tense or past participle: an irregular one ("held", "sworn") or a regular "-ed" form. */
export function isPastForm(word: string): boolean {
  let known = pastForms.get(word);
  if (known === undefined) {
    if (pastForms.size > 20_000) pastForms.clear();
    pastForms.set(word, (known = pastForm(word.toLowerCase())));
  }
  return known;
}

function pastForm(w: string): boolean {
  if (IRREGULAR[w]) return !w.endsWith('ing');
  const prefixed = PREFIXED.exec(w);
  if (prefixed && IRREGULAR[prefixed[2]] && prefixed[2].length > 2) return !w.endsWith('ing');
  return /^\p{Ll}{2,}ed$/u.test(w) && (!w.endsWith('eed') || ['agreed', 'freed', 'decreed', 'guaranteed', 'refereed'].includes(w));
}

/** The base form of a present-tense verb in "-s" ("goes" → "go", "carries" → "carry", "meets" → "meet"); other words unchanged. */
export function presentBase(word: string): string {
  const w = word.toLowerCase();
  if (w === 'has') return 'have';
  if (w === 'is') return 'be';
  if (w === 'does') return 'do';
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Verbs whose past and participle are their base ("set", "cut", "hit"): the lemma finder leaves them alone, titles need to know them. */
export const SAME_FORM_VERBS = new Set(['set', 'put', 'cut', 'hit', 'let', 'cost', 'hurt', 'quit', 'shut', 'spread', 'bet', 'burst', 'cast', 'split', 'upset', 'broadcast', 'forecast', 'thrust', 'bid', 'rid']);

/** Base form → past participle of the irregular verbs: "take" → "taken", "hold" → "held". */
const PARTICIPLES = new Map<string, string>();
for (const [form, base] of Object.entries(IRREGULAR)) {
  if (form.endsWith('ing')) continue;
  const known = PARTICIPLES.get(base);
  // of two forms, the participle is the one in -n ("taken", not "took"), or in u where the past has a ("begun",
  // "sung", "drunk": not "began", "sang", "drank")
  const vowelShift = !!known && known.length === form.length && [...form].every((c, n) => c === known[n] || (c === 'u' && known[n] === 'a'));
  if (!known || (/n$/.test(form) && !/n$/.test(known)) || vowelShift) PARTICIPLES.set(base, form);
}
// the irregular verbs whose participle is their base form ("has come", "had run")
for (const base of ['come', 'become', 'overcome', 'run', 'outrun', 'rerun']) PARTICIPLES.set(base, base);

/** The past participle of a verb in any form: "introducing" → "introduced", "took" → "taken", "recall" → "recalled". */
export function pastParticiple(word: string): string {
  const w = word.toLowerCase();
  const base = verbBase(w);
  if (SAME_FORM_VERBS.has(base)) return base;
  const irregular = PARTICIPLES.get(base);
  if (irregular) return irregular;
  // a regular past is its own participle, spelled as written ("dropped", "admitted")
  if (isPastForm(w)) return w;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

/** Whether a past form cannot be a participle: "began" (the participle is "begun"), "came", "wrote"; a regular past can. */
export function isPastOnly(word: string): boolean {
  const w = word.toLowerCase();
  const participle = PARTICIPLES.get(verbBase(w));
  return participle !== undefined && participle !== w && isPastForm(w);
}

/** Third person singular of a base form: "meet" → "meets", "go" → "goes", "carry" → "carries". */
export function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'be') return 'is';
  if (/^(do|go|undergo|forgo|veto|echo|torpedo|embargo)$/.test(base)) return `${base}es`; // goes, undergoes, vetoes (but demos)
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
