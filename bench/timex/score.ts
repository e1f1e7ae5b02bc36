/**
 * TempEval-3 scoring of temporal expressions (the "Temporal Expression Performance" part of the
 * official TE3 toolkit), on character offsets:
 * - strict match: a system expression with exactly the extent of a gold one;
 * - relaxed match: any overlap, each gold and each system expression matched at most once;
 * - precision/recall/F1 for both; type and value accuracy over the relaxed matches;
 * - attribute F1 (type F1, value F1) = relaxed F1 × attribute accuracy.
 * Counts are summed over documents (micro-averaged), as the toolkit does. The toolkit compares
 * token ids rather than characters; for extents that start and end on word boundaries the two agree.
 */

/** An annotated extent: offsets in the plain text, plus the TIMEX3 attributes that are scored. */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** Raw counts; add them over documents with {@link addCounts}. */
export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** The scores the TE3 toolkit prints, as fractions in [0, 1]. */
export interface Scores {
  strict: Prf;
  relaxed: Prf;
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

/** The one-to-one alignment of a document's gold and system expressions. */
export interface Alignment<G extends ScoredSpan, S extends ScoredSpan> {
  counts: Counts;
  /** Relaxed matches (strict ones included). */
  pairs: { gold: G; system: S; strict: boolean }[];
  /** Gold expressions no system expression overlaps (false negatives). */
  missed: G[];
  /** System expressions that overlap no gold expression (false positives). */
  spurious: S[];
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 });

export const addCounts = (a: Counts, b: Counts): Counts => ({
  gold: a.gold + b.gold,
  system: a.system + b.system,
  strict: a.strict + b.strict,
  relaxed: a.relaxed + b.relaxed,
  typeCorrect: a.typeCorrect + b.typeCorrect,
  valueCorrect: a.valueCorrect + b.valueCorrect,
});

const overlaps = (a: ScoredSpan, b: ScoredSpan) => a.start < b.end && b.start < a.end;
const byOffset = (a: ScoredSpan, b: ScoredSpan) => a.start - b.start || a.end - b.end;

/**
 * Aligns one document's system expressions with its gold ones. Identical extents are paired
 * first; the rest are paired greedily in text order, each gold expression taking the first
 * unpaired system expression that overlaps it. For non-overlapping spans on each side (what
 * TimeML annotation and the tagger produce) this greedy pairing is a maximum matching.
 */
export function alignDocument<G extends ScoredSpan, S extends ScoredSpan>(gold: readonly G[], system: readonly S[]): Alignment<G, S> {
  const goldSorted = [...gold].sort(byOffset);
  const systemSorted = [...system].sort(byOffset);
  const systemUsed = new Array<boolean>(systemSorted.length).fill(false);
  const goldPartner = new Array<number>(goldSorted.length).fill(-1);

  const exact = new Map<string, number[]>();
  systemSorted.forEach((s, j) => {
    const key = `${s.start}:${s.end}`;
    exact.set(key, [...(exact.get(key) ?? []), j]);
  });
  goldSorted.forEach((g, i) => {
    const j = exact.get(`${g.start}:${g.end}`)?.find((k) => !systemUsed[k]);
    if (j !== undefined) {
      systemUsed[j] = true;
      goldPartner[i] = j;
    }
  });
  let first = 0;
  goldSorted.forEach((g, i) => {
    if (goldPartner[i] !== -1) return;
    while (first < systemSorted.length && systemSorted[first].end <= g.start) first++;
    for (let j = first; j < systemSorted.length && systemSorted[j].start < g.end; j++) {
      if (!systemUsed[j] && overlaps(g, systemSorted[j])) {
        systemUsed[j] = true;
        goldPartner[i] = j;
        break;
      }
    }
  });

  const pairs: Alignment<G, S>['pairs'] = [];
  const missed: G[] = [];
  const counts = { ...emptyCounts(), gold: gold.length, system: system.length };
  goldSorted.forEach((g, i) => {
    const j = goldPartner[i];
    if (j === -1) {
      missed.push(g);
      return;
    }
    const s = systemSorted[j];
    const strict = s.start === g.start && s.end === g.end;
    pairs.push({ gold: g, system: s, strict });
    counts.relaxed++;
    if (strict) counts.strict++;
    if (s.type === g.type) counts.typeCorrect++;
    if (s.value === g.value) counts.valueCorrect++;
  });
  const spurious = systemSorted.filter((_, j) => !systemUsed[j]);
  return { counts, pairs, missed, spurious };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function prf(matched: number, counts: Counts): Prf {
  const precision = ratio(matched, counts.system);
  const recall = ratio(matched, counts.gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Turns summed counts into the TE3 scores. */
export function summarize(counts: Counts): Scores {
  const relaxed = prf(counts.relaxed, counts);
  const typeAccuracy = ratio(counts.typeCorrect, counts.relaxed);
  const valueAccuracy = ratio(counts.valueCorrect, counts.relaxed);
  return {
    strict: prf(counts.strict, counts),
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: relaxed.f1 * typeAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
  };
}
