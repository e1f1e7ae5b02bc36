/**
 * A trained averaged perceptron, read-only: the weights of each feature for each class, as shipped
 * in event-model.ts. Scoring is a sum of weights, so the same input always gives the same class,
 * in Node and in browsers alike.
 */
export interface PerceptronModel {
  /** Class names; index 0 is the "no event" class. */
  classes: string[];
  /** Feature → sparse weights as `[classIndex, weight, classIndex, weight, …]`. */
  weights: Record<string, number[]>;
}

/** A model ready to score: its weights in a Map, which looks up 50,000 string keys several times faster than an object. */
export interface Scorer {
  classes: string[];
  weights: ReadonlyMap<string, readonly number[]>;
}

export function scorer(model: PerceptronModel): Scorer {
  return { classes: model.classes, weights: new Map(Object.entries(model.weights)) };
}

/** Adds the weights of some features to a score per class (a new one when none is given). */
export function addScores(model: Scorer, features: readonly string[], scores = new Float64Array(model.classes.length)): Float64Array {
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) scores[w[k]] += w[k + 1];
  }
  return scores;
}

/** The class with the highest score (the first on a tie). */
export function best(scores: Float64Array): number {
  let top = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[top]) top = c;
  return top;
}

/** Scores one token's features: the best class. */
export function classify(model: Scorer, features: readonly string[]): number {
  return best(addScores(model, features));
}
