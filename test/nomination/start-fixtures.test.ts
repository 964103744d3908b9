import { describe, expect, it } from 'vitest';
import { readClosings, readOpenings, scoreClosings, scoreOpenings, type Split } from './start-eval.js';

/**
 * Openings and closings written blind (test/fixtures/nomination-starts/), through the real dialog
 * over a real SQLite file: odd ids were read and tuned on, even ids never read, only scored (see
 * start-eval.ts). Floors per split: the share of openings that open the form with the product
 * named (or open nothing), and of closings that submit (or never do).
 */

/** Measured when the floors were set: odd 127/130 and 60/60, even 103/130 and 50/60 (before the round: 78/130, 30/60; 70/130, 27/60). */
const FLOORS: Record<Split, { openings: number; closings: number }> = {
  odd: { openings: 0.95, closings: 1 },
  even: { openings: 0.75, closings: 0.8 },
};

describe.each(['odd', 'even'] as const)('blind openings and closings, %s ids', (split) => {
  it(`opens the form on the openings that ask for it, with the product (floor ${FLOORS[split].openings * 100}%)`, async () => {
    const score = await scoreOpenings(readOpenings(split));
    expect(score.right / score.total, JSON.stringify(score.wrong)).toBeGreaterThanOrEqual(FLOORS[split].openings);
  }, 60_000);

  it(`submits a filled form on the closings that say so, never on the others (floor ${FLOORS[split].closings * 100}%)`, async () => {
    const score = await scoreClosings(readClosings(split));
    expect(score.right / score.total, JSON.stringify(score.wrong)).toBeGreaterThanOrEqual(FLOORS[split].closings);
  }, 120_000);
});
