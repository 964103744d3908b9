import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Coverage } from './search-index.js';

/**
 * The one answer-or-decline decision: a logistic model over what the best passage covers of a
 * question, fitted on the tuning split (`gi-bot eval --fit`) and stored in calibration.json.
 * No rule here names a phrase; the features are shares of the question's weight.
 */

const COVERAGE_FEATURES = [
  'share',
  'keyShare',
  'hasKey',
  'gatedShare',
  'strictMiss',
  'unknownShare',
  'domain',
  'docFit',
  'topicOnly',
  'margin',
  'topRanked',
  'missedCueShare',
  'namedSetMiss',
  'sentenceShare',
] as const;

/**
 * Every feature but `domain` also counts once more for a question in the domain's vocabulary: what
 * the best passage lacks means one thing for a near-topic question (名录地标的定位) and another
 * for one about something else (公司年会), so the fit gives the two their own slopes.
 */
const IN_DOMAIN = COVERAGE_FEATURES.filter((name) => name !== 'domain');

export const FEATURES = [...COVERAGE_FEATURES, ...IN_DOMAIN.map((name) => `${name}InDomain`)] as const;

/** Below this share of its key terms a passage shares only the topic with a question (a feature, weighed by the fit). */
export const TOPIC_ONLY_KEY_SHARE = 0.35;

/** What the decision sees of a question and its best passage. */
export interface DecisionInput {
  coverage: Coverage;
  /** The question uses the domain's vocabulary (地理标志, 名录, 申报 …). */
  domain: boolean;
  /** The weight of the passage's notice for the question's scope (1 when nothing narrows it). */
  docFit: number;
  /** How far the ranking's first sentence scores above its second (share of the first's score). */
  margin: number;
  /** True when the passage is the ranking's first sentence. */
  topRanked: boolean;
}

export function featureVector(input: DecisionInput): number[] {
  const own = coverageFeatures(input);
  const inDomain = input.domain ? 1 : 0;
  return [...own, ...own.filter((_, i) => COVERAGE_FEATURES[i] !== 'domain').map((value) => value * inDomain)];
}

function coverageFeatures({ coverage, domain, docFit, margin, topRanked }: DecisionInput): number[] {
  const key = coverage.keyShare ?? 1;
  return [
    coverage.share,
    key,
    coverage.keyShare === undefined ? 0 : 1,
    Math.min(coverage.share, key),
    coverage.missesStrictCue ? 1 : 0,
    coverage.unknownShare,
    domain ? 1 : 0,
    docFit,
    coverage.keyShare !== undefined && coverage.keyShare < TOPIC_ONLY_KEY_SHARE ? 1 : 0,
    margin,
    topRanked ? 1 : 0,
    coverage.missedCueShare,
    coverage.namedSetMiss ? 1 : 0,
    coverage.sentenceShare,
  ];
}

const calibrationSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** Answer when the probability reaches this. */
  threshold: z.number().min(0).max(1),
  /** The group gate's bar: on the tuning split, questions scored this high were answerable from the passage (at SURE_PRECISION). */
  sure: z.number().min(0).max(1),
  /** The eval files and knowledge it was fitted on (KNOWLEDGE_DIR, and each of `alone`, a notice of it alone), and when. */
  fittedOn: z.object({ files: z.array(z.string()), knowledgeDir: z.string(), alone: z.array(z.string()).default([]), samples: z.number(), at: z.string() }),
});

export type Calibration = z.infer<typeof calibrationSchema>;

const FILE = new URL('./calibration.json', import.meta.url);

let loaded: Calibration | undefined;

const stored = (file: URL = FILE): Calibration => calibrationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const isStale = (value: Calibration): boolean => value.features.join() !== FEATURES.join();

/** The stored calibration; a file that does not match the features is a programming error. */
export function calibration(): Calibration {
  if (!loaded) {
    const parsed = stored();
    if (isStale(parsed)) throw new Error('src/qa/calibration.json is stale: run `npx gi-bot eval --fit`');
    loaded = parsed;
  }
  return loaded;
}

/**
 * Before a refit (`eval --fit`): when the stored calibration no longer matches the features, a
 * blank model (every weight 0) stands in until the fit stores the new one. The samples the fit
 * reads (each question's best passage and its features) do not depend on the model. `file` is the
 * stored calibration (tests pass a stale copy).
 */
export function prepareRefit(file: URL = FILE): void {
  const current = stored(file);
  if (!isStale(current)) return;
  loaded = { ...current, features: [...FEATURES], weights: FEATURES.map(() => 0), bias: 0, threshold: 0.5, sure: 1 };
}

export function saveCalibration(value: Calibration): void {
  writeFileSync(FILE, `${JSON.stringify(value, null, 2)}\n`);
  loaded = value;
}

/** The precision the group gate's bar is set for. */
const SURE_PRECISION = 0.95;
/** The group gate's bar is read over at least this many tuning questions. */
const SURE_MIN_SAMPLES = 20;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const probability = (model: Pick<Calibration, 'weights' | 'bias'>, x: number[]): number => sigmoid(x.reduce((sum, v, i) => sum + v * model.weights[i]!, model.bias));

/** The probability that the passage answers the question. */
export function answerProbability(input: DecisionInput, model: Pick<Calibration, 'weights' | 'bias'> = calibration()): number {
  return probability(model, featureVector(input));
}

/** One labelled example: the features of a tuning question's best passage, 1 when it should be answered from it. */
export interface Sample {
  x: number[];
  y: 0 | 1;
}

/**
 * The L2 penalty, chosen by leave-one-set-out cross-validation (each tuning set decided by a fit
 * on the others; see the README, "Declining"): among 0, 0.0001, 0.0005, 0.001 and 0.002 it gave the
 * most right decisions on the held-out sets while every floor of the first sets held.
 */
const L2 = 0.0005;
/** Newton steps: the loss is convex and smooth, so a few dozen reach its minimum. */
const NEWTON_STEPS = 50;

/** Solves `a x = b` (a small symmetric positive definite system) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const head = m[col]!;
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / head[col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * head[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/**
 * L2-regularised logistic regression (the bias unpenalised), fitted to its minimum by Newton's
 * method: cross-validation then compares settings (a feature, the penalty), not how far a fixed
 * number of descent steps got with each.
 */
function logistic(samples: Sample[], l2 = L2): { weights: number[]; bias: number } {
  const n = FEATURES.length;
  // theta[0] is the bias, theta[1..n] the weights.
  const theta = new Array<number>(n + 1).fill(0);
  // Both classes weigh the same in total, however many of each the tuning files hold.
  const positives = samples.filter((s) => s.y === 1).length;
  const classWeight = (y: number): number => samples.length / (2 * Math.max(1, y === 1 ? positives : samples.length - positives));
  const count = Math.max(1, samples.length);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = theta.map((value, i) => (i === 0 ? 0 : l2 * value));
    const hessian = theta.map((_, i) => theta.map((__, j) => (i === j && i > 0 ? l2 : 0)));
    for (const { x, y } of samples) {
      const row = [1, ...x];
      const p = sigmoid(row.reduce((sum, v, i) => sum + v * theta[i]!, 0));
      const w = classWeight(y) / count;
      for (let i = 0; i <= n; i++) {
        grad[i]! += w * (p - y) * row[i]!;
        for (let j = 0; j <= n; j++) hessian[i]![j]! += w * p * (1 - p) * row[i]! * row[j]!;
      }
    }
    // A tiny ridge keeps the system solvable with no penalty and a feature no sample sets.
    for (let i = 0; i <= n; i++) hessian[i]![i]! += 1e-9;
    const delta = solve(hessian, grad);
    for (let i = 0; i <= n; i++) theta[i]! -= delta[i]!;
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  return { bias: theta[0]!, weights: theta.slice(1) };
}

/**
 * Fits the model (classes weighted equally) and the threshold that maximises the share of right
 * decisions on the samples.
 */
export function fitCalibration(samples: Sample[]): Pick<Calibration, 'weights' | 'bias' | 'threshold' | 'sure'> {
  const model = logistic(samples);
  const scored = samples.map((s) => ({ p: probability(model, s.x), y: s.y }));
  const candidates = [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b);
  let best = { threshold: 0.5, accuracy: -1 };
  for (let i = 0; i < candidates.length; i++) {
    // Midway between neighbouring scores, so the threshold does not sit on a tuning example.
    const threshold = i === 0 ? candidates[0]! / 2 : (candidates[i - 1]! + candidates[i]!) / 2;
    const tp = scored.filter((s) => s.y === 1 && s.p >= threshold).length;
    const tn = scored.filter((s) => s.y === 0 && s.p < threshold).length;
    const accuracy = (tp + tn) / scored.length;
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  // The lowest bar above which (nearly) every tuning question was answerable from its passage;
  // a bar with only a few questions above it says nothing (one mislabelled case would set it to 1).
  let sure = 1;
  for (const p of [...candidates].reverse()) {
    const above = scored.filter((s) => s.p >= p);
    if (above.length >= SURE_MIN_SAMPLES && above.filter((s) => s.y === 1).length / above.length >= SURE_PRECISION) sure = p;
  }
  return { ...model, threshold: best.threshold, sure: Math.max(sure, best.threshold) };
}

/**
 * k-fold cross-validation of the decision: each sample is decided (true: answer) by a model and
 * threshold fitted on the other folds only, so the figure it gives is one for unseen questions.
 * `folds[i]` is sample i's fold (0 … k-1); one question's samples share a fold.
 */
export function crossValidate(samples: Sample[], folds: number[]): boolean[] {
  const decisions = new Array<boolean>(samples.length).fill(false);
  for (const fold of new Set(folds)) {
    const training = samples.filter((_, i) => folds[i] !== fold);
    if (training.length === 0) continue;
    const fitted = fitCalibration(training);
    samples.forEach((s, i) => {
      if (folds[i] === fold) decisions[i] = probability(fitted, s.x) >= fitted.threshold;
    });
  }
  return decisions;
}
