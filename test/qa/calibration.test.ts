import { describe, expect, it } from 'vitest';
import { crossValidate, FEATURES, featureVector, fitCalibration, type DecisionInput, type Sample } from '../../src/qa/calibration.js';
import type { Coverage } from '../../src/qa/coverage.js';

/** Samples whose first feature separates the classes; the rest are zero. */
const sample = (share: number, y: 0 | 1): Sample => ({ x: FEATURES.map((_, i) => (i === 0 ? share : 0)), y });

describe('fitCalibration', () => {
  it('answers above a threshold between the classes and sets the group gate at or above it', () => {
    const samples = [...Array.from({ length: 40 }, (_, i) => sample(0.6 + i / 100, 1)), ...Array.from({ length: 40 }, (_, i) => sample(i / 100, 0))];
    const fitted = fitCalibration(samples);
    const p = (share: number): number => 1 / (1 + Math.exp(-(fitted.weights[0]! * share + fitted.bias)));
    expect(p(0.9)).toBeGreaterThan(fitted.threshold);
    expect(p(0.1)).toBeLessThan(fitted.threshold);
    expect(fitted.sure).toBeGreaterThanOrEqual(fitted.threshold);
  });

  it('keeps a usable group gate when the highest-scored sample is mislabelled', () => {
    const samples = [
      ...Array.from({ length: 40 }, (_, i) => sample(0.6 + i / 100, 1)),
      ...Array.from({ length: 40 }, (_, i) => sample(i / 100, 0)),
      sample(1.2, 0),
    ];
    expect(fitCalibration(samples).sure).toBeLessThan(1);
  });
});

describe('crossValidate', () => {
  const separable = [...Array.from({ length: 40 }, (_, i) => sample(0.6 + i / 100, 1)), ...Array.from({ length: 40 }, (_, i) => sample(i / 100, 0))];

  it('decides each fold by a model fitted on the other folds', () => {
    // Fold 4 holds high-share samples labelled 0: only a model fitted without them answers them.
    const contrary = Array.from({ length: 10 }, (_, i) => sample(0.9 + i / 100, 0));
    const samples = [...separable, ...contrary];
    const folds = samples.map((_, i) => (i < separable.length ? i % 4 : 4));
    const decisions = crossValidate(samples, folds);
    expect(decisions.slice(separable.length).every(Boolean)).toBe(true);
    expect(decisions.slice(0, separable.length).filter((answer, i) => answer === (separable[i]!.y === 1)).length).toBeGreaterThanOrEqual(76);
  });

  it('gives one decision per sample', () => {
    expect(crossValidate(separable, separable.map((_, i) => i % 5))).toHaveLength(separable.length);
  });
});

describe('featureVector', () => {
  const coverage: Coverage = {
    share: 0.5, anyWord: true, keyShare: 0.4, missesStrictCue: false, salutation: false, unknownShare: 0.2, missingKeys: ['年费'], heldKeys: ['名录'],
    missedCues: [], numbersOnly: false, sentenceShare: 0.3, missedFocus: [], missedCueShare: 0, namedSetMiss: false, itemCountMiss: false,
  };
  const input = (domain: boolean): DecisionInput => ({ coverage, domain, docFit: 1, margin: 0.2, topRanked: true });
  const at = (name: string): number => FEATURES.indexOf(name as (typeof FEATURES)[number]);

  it('repeats every feature but domain for questions in the domain, and leaves the copies at zero for the others', () => {
    const inside = featureVector(input(true));
    const outside = featureVector(input(false));
    expect(inside).toHaveLength(FEATURES.length);
    expect(inside[at('keyShareInDomain')]).toBe(inside[at('keyShare')]);
    expect(inside[at('unknownShareInDomain')]).toBe(0.2);
    expect(FEATURES).not.toContain('domainInDomain');
    for (const [i, name] of FEATURES.entries()) if (name.endsWith('InDomain')) expect(outside[i]).toBe(0);
  });

  it('lets the fit weigh a feature one way inside the domain and the other way outside it', () => {
    // Inside the domain a high key share answers; outside it the same share does not (and the reverse).
    const make = (domain: boolean, keyShare: number, y: 0 | 1): Sample => ({ x: featureVector({ ...input(domain), coverage: { ...coverage, keyShare } }), y });
    const samples = Array.from({ length: 20 }, (_, i) => [make(true, 0.8 + i / 100, 1), make(true, i / 100, 0), make(false, 0.8 + i / 100, 0), make(false, i / 100, 1)]).flat();
    const fitted = fitCalibration(samples);
    const p = (s: Sample): number => 1 / (1 + Math.exp(-s.x.reduce((sum, v, i) => sum + v * fitted.weights[i]!, fitted.bias)));
    expect(p(make(true, 0.9, 1))).toBeGreaterThan(fitted.threshold);
    expect(p(make(false, 0.9, 0))).toBeLessThan(fitted.threshold);
    expect(p(make(true, 0.05, 0))).toBeLessThan(fitted.threshold);
    expect(p(make(false, 0.05, 1))).toBeGreaterThan(fitted.threshold);
  });
});
