/**
 * Trains the event model that decides which words name events: an averaged perceptron over the
 * EVENT annotations of the TempEval-3 training corpus (TimeBank + AQUAINT, hand-checked, read from
 * ../shared/timeml/tbaq or TIMEML_DIR, never copied here), development part only, plus the silver
 * corpus beside it (../shared/timeml/silver: automatic annotations of 2,452 newswire articles). The
 * held-out part (every fifth gold document, the split bench/timex uses) is only scored. Writes
 * packages/event-data/src/extract/eventiveness/event-model.ts. Takes about a minute and a half.
 *
 *   npm run train:events                       train, score, write the model
 *   npm run train:events -- --check            train and score, write nothing
 *   VALIDATE=1 npm run train:events -- --check train on four fifths of the development part and
 *                                              score on the rest: how MIN_COUNT was chosen
 *   SILVER=0 npm run train:events              the gold corpus alone
 *
 * Deterministic: the same corpus gives the same model, byte for byte.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTimeml, type TimemlEvent } from '../packages/event-data/src/timeml/index.js';
import { tokenize } from '../packages/event-data/src/extract/language/tokens.js';
import { tokenFeatures } from '../packages/event-data/src/extract/eventiveness/features.js';
import { classify, scorer, type PerceptronModel } from '../packages/event-data/src/extract/eventiveness/perceptron.js';
import { corpusDir, splitPaths } from '../bench/timex/corpus.js';
import { mulberry32 } from '../bench/component/generate.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'packages/event-data/src/extract/eventiveness/event-model.ts');
const CLASSES = ['O', 'OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'];
const EPOCHS = 10;
/** Averaged weights smaller than this change almost no decision and are left out, which keeps the model small. */
const MIN_WEIGHT = Number(process.env.MIN_WEIGHT ?? 0.5);
/** Features seen fewer times than this in training are not learned. */
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 4);
const check = process.argv.includes('--check');

interface Example {
  features: string[];
  gold: number;
}

function examples(text: string, events: readonly TimemlEvent[]): Example[] {
  const tokens = tokenize(text);
  const out: Example[] = [];
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (e < events.length && events[e].end <= t.start) e++;
    const event = events[e];
    const gold = event && event.start <= t.start && t.start < event.end && t.start === Math.max(event.start, tokens.find((k) => k.end > event.start)!.start) ? Math.max(0, CLASSES.indexOf(event.class)) : 0;
    out.push({ features: tokenFeatures(tokens, i), gold });
  }
  return out;
}

function read(paths: string[], dir: string): Example[][] {
  return paths.map((path) => {
    const doc = parseTimeml(readFileSync(join(dir, path), 'utf8'));
    return examples(doc.text, doc.events);
  });
}

function train(docs: Example[][]): PerceptronModel {
  const C = CLASSES.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let step = 0;
  const get = (m: Map<string, Float64Array>, f: string) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(C)));
    return v;
  };
  const update = (f: string, c: number, delta: number) => {
    const wf = get(w, f);
    const tf = get(total, f);
    const sf = get(stamp, f);
    tf[c] += (step - sf[c]) * wf[c];
    sf[c] = step;
    wf[c] += delta;
  };
  const all = docs.flat();
  // A feature seen once is a fact about one sentence, not about English: it is left out.
  const seen = new Map<string, number>();
  for (const ex of all) for (const f of ex.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const ex of all) ex.features = ex.features.filter((f) => seen.get(f)! >= MIN_COUNT);
  const order = all.map((_, i) => i);
  // a seeded order (mulberry32), so the model never varies
  const rand = mulberry32(20261207);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const k of order) {
      step++;
      const ex = all[k];
      const scores = new Float64Array(C);
      for (const f of ex.features) {
        const wf = w.get(f);
        if (wf) for (let c = 0; c < C; c++) scores[c] += wf[c];
      }
      let guess = 0;
      for (let c = 1; c < C; c++) if (scores[c] > scores[guess]) guess = c;
      if (guess === ex.gold) continue;
      errors++;
      for (const f of ex.features) {
        update(f, ex.gold, 1);
        update(f, guess, -1);
      }
    }
    console.log(`  epoch ${epoch + 1}: ${errors} errors over ${all.length} tokens`);
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const wf = w.get(f)!;
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    const sparse: number[] = [];
    for (let c = 0; c < C; c++) {
      const avg = (tf[c] + (step - sf[c]) * wf[c]) / step;
      const rounded = Math.round(avg * 10) / 10;
      if (Math.abs(rounded) >= MIN_WEIGHT) sparse.push(c, rounded);
    }
    if (sparse.length) weights[f] = sparse;
  }
  return { classes: CLASSES, weights };
}

function score(trained: PerceptronModel, docs: Example[][]): { p: number; r: number; f1: number; classAccuracy: number; gold: number; found: number } {
  let tp = 0;
  let found = 0;
  let gold = 0;
  let classRight = 0;
  const model = scorer(trained);
  for (const ex of docs.flat()) {
    const cls = classify(model, ex.features);
    if (ex.gold) gold++;
    if (cls) found++;
    if (cls && ex.gold) {
      tp++;
      if (cls === ex.gold) classRight++;
    }
  }
  const p = tp / found;
  const r = tp / gold;
  return { p, r, f1: (2 * p * r) / (p + r), classAccuracy: classRight / tp, gold, found };
}

const dir = corpusDir();
const paths = ['TimeBank', 'AQUAINT'].flatMap((sub) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.tml')).map((f) => `${sub}/${f}`));
const split = splitPaths(paths);
console.log(`train:events: ${split.development.length} development documents (training), ${split.heldOut.length} held out (scored only)`);
const validate = process.env.VALIDATE === '1';
const trainPaths = validate ? split.development.filter((_, i) => i % 5 !== 4) : split.development;
const dev = read(trainPaths, dir);
// The silver corpus (2,452 newswire documents annotated by the TempEval-3 organisers' systems) is added to
// the training data: noisy, but 4x more text. SILVER=N takes its first N documents, SILVER=0 none.
const silverCount = Number(process.env.SILVER ?? Infinity);
if (silverCount > 0) {
  const silverDir = resolve(dir, '../silver');
  if (!existsSync(silverDir)) throw new Error(`silver corpus not found at ${silverDir} (set SILVER=0 to train on the gold corpus alone)`);
  const files = readdirSync(silverDir).filter((f) => f.endsWith('.tml')).sort().slice(0, silverCount);
  for (const f of files) {
    try {
      const doc = parseTimeml(readFileSync(join(silverDir, f), 'utf8'));
      dev.push(examples(doc.text, doc.events));
    } catch {
      // a silver file that does not parse is skipped
    }
  }
  console.log(`  + ${files.length} silver documents`);
}
const held = read(validate ? split.development.filter((_, i) => i % 5 === 4) : split.heldOut, dir);
const model = train(dev);
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, docs] of [['development', dev], [validate ? 'validation' : 'held-out', held]] as const) {
  const s = score(model, docs);
  console.log(`  ${name}: P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)} (gold ${s.gold}, found ${s.found}); class accuracy ${pct(s.classAccuracy)}`);
}
const json = JSON.stringify(model);
// A module rather than a .json file, so that Node, bundlers and browsers all load it the same way; V8
// reads a JSON.parse of a string faster than the same object written as a literal.
const module = `// Generated by scripts/train-event-model.ts from the TempEval-3 training corpus (development part). Do not edit.\nimport type { PerceptronModel } from './perceptron.js';\n\nexport const EVENT_MODEL: PerceptronModel = JSON.parse(${JSON.stringify(json)});\n`;
console.log(`  model: ${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(0)} KB`);
if (!check) {
  writeFileSync(OUT, module);
  console.log(`wrote ${OUT}`);
}
