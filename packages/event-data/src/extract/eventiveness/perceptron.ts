/**
 * A trained averaged perceptron, read-only: the weights of each feature for each class, as shipped
 * in event-model.json. Scoring is a sum of weights, so the same input always gives the same class,
 * in Node and in browsers alike.
 */
export interface PerceptronModel {
  /** Class names; index 0 is the "no event" class. */
  classes: string[];
  /** Feature → sparse weights as `[classIndex, weight, classIndex, weight, …]`. */
  weights: Record<string, number[]>;
}

/** Scores one token's features: the best class and its margin over the runner-up. */
export function classify(model: PerceptronModel, features: readonly string[]): { cls: number; margin: number; scores: number[] } {
  const scores = new Array<number>(model.classes.length).fill(0);
  for (const f of features) {
    const w = Object.prototype.hasOwnProperty.call(model.weights, f) ? model.weights[f] : undefined;
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) scores[w[k]] += w[k + 1];
  }
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  let second = -Infinity;
  for (let c = 0; c < scores.length; c++) if (c !== best && scores[c] > second) second = scores[c];
  return { cls: best, margin: scores[best] - second, scores };
}
