/**
 * The official measure of SemEval-2015 Task 4, as the trial corpus README describes it: each
 * timeline becomes a graph of BEFORE and SIMULTANEOUS relations, scored against the gold graph with
 * TempEval-3's temporal awareness (UzZaman & Allen): precision = the share of the system's relations
 * that the closure of the gold graph implies, recall = the share of the gold's relations that the
 * closure of the system graph implies, relation counts pooled over the timelines.
 *
 * The graph of a timeline, in the README's words: every distinct date is a time point, every
 * mention an event simultaneous with its date, and consecutive events are BEFORE when the position
 * grows, else SIMULTANEOUS. Here, concretely:
 * - lines with position 0 are left out;
 * - the mentions are taken in file order; two consecutive mentions of one line (one event reported
 *   several times) are SIMULTANEOUS, and the last mention of a line and the first of the next are
 *   BEFORE when the position grows, else SIMULTANEOUS;
 * - a date is a time point when it gives a year (`2008`, `2008-03-XX`); `XXXX-XX-XX` is not one:
 *   taken as one, it would make every undated event of a timeline simultaneous with every other,
 *   against the BEFORE relations the gold gives them;
 * - nodes are the strings: a mention only matches the same `DOCID-SENTENCE-WORD`, a date the same string.
 */
import { parseTimelineDate } from './calendar-date.js';
import type { Timeline } from './timeline-format.js';

export type RelationKind = 'BEFORE' | 'SIMULTANEOUS';

/** A relation between two nodes (`event:DOCID-SENTENCE-WORD` or `time:DATE`); SIMULTANEOUS in a canonical order. */
export interface Relation {
  kind: RelationKind;
  from: string;
  to: string;
}

export const relationKey = (r: Relation) => `${r.kind} ${r.from} ${r.to}`;

/** A relation with its nodes in canonical order (SIMULTANEOUS is symmetric); undefined for a node with itself. */
function relation(kind: RelationKind, a: string, b: string): Relation | undefined {
  if (a === b) return undefined;
  return kind === 'SIMULTANEOUS' && b < a ? { kind, from: b, to: a } : { kind, from: a, to: b };
}

/** The distinct relations of a timeline's graph (see the file comment). */
export function timelineRelations(timeline: Timeline): Relation[] {
  const out = new Map<string, Relation>();
  const add = (r: Relation | undefined) => {
    if (r) out.set(relationKey(r), r);
  };
  let previous: { node: string; position: number } | undefined;
  for (const line of timeline.lines) {
    if (line.position <= 0) continue;
    const time = parseTimelineDate(line.date) ? `time:${line.date}` : undefined;
    line.mentions.forEach((mention, i) => {
      const node = `event:${mention.id}`;
      if (time) add(relation('SIMULTANEOUS', node, time));
      if (previous) add(relation(i > 0 || line.position === previous.position ? 'SIMULTANEOUS' : 'BEFORE', previous.node, node));
      previous = { node, position: line.position };
    });
  }
  return [...out.values()];
}

/** What a graph implies: its SIMULTANEOUS classes and which class comes BEFORE which, transitively. */
export interface Closure {
  implies(relation: Relation): boolean;
}

/**
 * The temporal closure of a graph of BEFORE and SIMULTANEOUS relations: SIMULTANEOUS is an
 * equivalence, BEFORE is transitive and carries over simultaneous nodes. An inconsistent graph
 * (a class before itself) implies both relations between its members, as a plain closure would.
 */
export function closure(relations: readonly Relation[]): Closure {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(node, root);
    return root;
  };
  for (const r of relations) if (r.kind === 'SIMULTANEOUS') parent.set(find(r.from), find(r.to));
  const after = new Map<string, Set<string>>();
  for (const r of relations) if (r.kind === 'BEFORE') after.set(find(r.from), (after.get(find(r.from)) ?? new Set()).add(find(r.to)));
  const nodes = new Set(relations.flatMap((r) => [r.from, r.to]));
  const reachable = new Map<string, Set<string>>();
  const reach = (root: string): Set<string> => {
    let seen = reachable.get(root);
    if (seen) return seen;
    seen = new Set();
    const stack = [...(after.get(root) ?? [])];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(after.get(next) ?? []));
    }
    reachable.set(root, seen);
    return seen;
  };
  return {
    implies: (r) => {
      if (!nodes.has(r.from) || !nodes.has(r.to)) return false;
      const a = find(r.from);
      const b = find(r.to);
      return r.kind === 'SIMULTANEOUS' ? a === b : reach(a).has(b);
    },
  };
}

/** Relation counts of one timeline or several (add them to pool). */
export interface AwarenessCounts {
  system: number;
  /** System relations the gold closure implies. */
  systemImplied: number;
  gold: number;
  /** Gold relations the system closure implies. */
  goldImplied: number;
}

/** Counts for one pair of timelines. */
export function awarenessCounts(gold: Timeline, system: Timeline): AwarenessCounts {
  const goldRelations = timelineRelations(gold);
  const systemRelations = timelineRelations(system);
  const goldClosure = closure(goldRelations);
  const systemClosure = closure(systemRelations);
  return {
    system: systemRelations.length,
    systemImplied: systemRelations.filter((r) => goldClosure.implies(r)).length,
    gold: goldRelations.length,
    goldImplied: goldRelations.filter((r) => systemClosure.implies(r)).length,
  };
}

export const addAwareness = (a: AwarenessCounts, b: AwarenessCounts): AwarenessCounts => ({
  system: a.system + b.system,
  systemImplied: a.systemImplied + b.systemImplied,
  gold: a.gold + b.gold,
  goldImplied: a.goldImplied + b.goldImplied,
});

/** Precision, recall and F1 of pooled counts; precision is 0 when the system gave no relation. */
export function awarenessScores(c: AwarenessCounts): { precision: number; recall: number; f1: number } {
  const precision = c.system === 0 ? 0 : c.systemImplied / c.system;
  const recall = c.gold === 0 ? 0 : c.goldImplied / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
