import { describe, expect, it } from 'vitest';
import { crossValidate, FEATURES, fitCalibration, type Sample } from '../../src/qa/calibration.js';

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
