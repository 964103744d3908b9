import { describe, expect, it } from 'vitest';
import { readClosings, readOpenings, scoreClosings, scoreOpenings, type Round, type Split } from './start-eval.js';

/**
 * Openings and closings written blind (test/fixtures/nomination-starts/), through the real dialog
 * over a real SQLite file: odd ids were read and tuned on, even ids never read, only scored (see
 * start-eval.ts). Floors per split: the share of openings that open the form with the product
 * named (or open nothing), and of closings that submit (or never do).
 */

/**
 * Measured when the floors were set. v7: odd 127/130 and 60/60, even 103/130 and 50/60 (before its
 * round: 78/130, 30/60; 70/130, 27/60). v8, blind on arrival: odd 77/100 and 38/50, even 76/100 and 46/50;
 * after its odd ids were read and tuned on: odd 91/100 and 50/50 (floors raised), even, only scored,
 * 80/100 and 46/50 (v7 even 105/130 and 51/60). After the generated openings and closings
 * (start-generated, closing-generated): odd unchanged; even 81/100 and 47/50, v7 even 107/130 and 51/60.
 */
const FLOORS: Record<Round, Record<Split, { openings: number; closings: number }>> = {
  v7: { odd: { openings: 0.95, closings: 1 }, even: { openings: 0.8, closings: 0.83 } },
  v8: { odd: { openings: 0.91, closings: 1 }, even: { openings: 0.76, closings: 0.92 } },
};

const CASES = (['v7', 'v8'] as const).flatMap((round) => (['odd', 'even'] as const).map((split) => [round, split] as const));

describe.each(CASES)('blind openings and closings, %s, %s ids', (round, split) => {
  it(`opens the form on the openings that ask for it, with the product (floor ${FLOORS[round][split].openings * 100}%)`, async () => {
    const score = await scoreOpenings(readOpenings(split, round));
    expect(score.right / score.total, JSON.stringify(score.wrong)).toBeGreaterThanOrEqual(FLOORS[round][split].openings);
  }, 60_000);

  it(`submits a filled form on the closings that say so, never on the others (floor ${FLOORS[round][split].closings * 100}%)`, async () => {
    const score = await scoreClosings(readClosings(split, round));
    expect(score.right / score.total, JSON.stringify(score.wrong)).toBeGreaterThanOrEqual(FLOORS[round][split].closings);
  }, 120_000);
});
