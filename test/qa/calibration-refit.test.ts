import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerProbability, calibration, FEATURES, prepareRefit, type DecisionInput } from '../../src/qa/calibration.js';

/** A copy of the shipped calibration.json with `features` replaced, in a temp folder. */
function storedWith(features: string[]): URL {
  const shipped = JSON.parse(readFileSync(new URL('../../src/qa/calibration.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const file = join(mkdtempSync(join(tmpdir(), 'gi-calibration-')), 'calibration.json');
  writeFileSync(file, JSON.stringify({ ...shipped, features, weights: features.map(() => 1) }));
  return pathToFileURL(file);
}

const input: DecisionInput = {
  coverage: {
    share: 0.9, anyWord: true, keyShare: 0.9, missesStrictCue: false, salutation: false, unknownShare: 0, missingKeys: [], heldKeys: ['名录'],
    missedCues: [], numbersOnly: false, sentenceShare: 0.9, missedFocus: [], missedCueShare: 0, namedSetMiss: false, itemCountMiss: false,
  },
  domain: true, docFit: 1, margin: 0.5, topRanked: true,
};

// Its own file: prepareRefit sets the module's calibration for the rest of the process.
describe('prepareRefit', () => {
  it('keeps a calibration that matches the features', () => {
    prepareRefit(storedWith([...FEATURES]));
    expect(calibration().weights.some((w) => w !== 0)).toBe(true);
  });

  it('stands a blank model in for a stale one, so `eval --fit` can ask the questions it fits on', () => {
    prepareRefit(storedWith(['share', 'retiredFeature']));
    expect(calibration().features).toEqual([...FEATURES]);
    expect(calibration().weights.every((w) => w === 0)).toBe(true);
    expect(answerProbability(input)).toBe(0.5);
  });
});
