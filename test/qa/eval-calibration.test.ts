import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossValidatedReport, noticeAloneDir, type KnowledgeSource } from '../../src/qa/eval-calibration.js';
import { readEvalCases } from '../../src/qa/eval.js';
import { NOTICE_2023, noticeQa } from './helpers/shipped.js';

describe('noticeAloneDir', () => {
  it('holds the named notice of the knowledge folder and nothing else', () => {
    expect(readdirSync(noticeAloneDir('knowledge', NOTICE_2023))).toEqual([`${NOTICE_2023}.md`]);
  });

  it('names the notice it cannot find', () => {
    expect(() => noticeAloneDir('knowledge', 'no-such-notice')).toThrow(/no-such-notice/);
  });
});

describe('crossValidatedReport', () => {
  const file = 'test/fixtures/eval/qa-dev.jsonl';
  const source = async (): Promise<KnowledgeSource> => ({ respond: (await noticeQa()).respond, docs: new Set([NOTICE_2023]) });

  it('decides every question of the split once, by calibrations fitted on the other folds', async () => {
    const cases = readEvalCases(file);
    const [report] = await crossValidatedReport([await source()], [{ file, cases }], 5);
    expect(report!.answerable + report!.declinable).toBe(cases.length);
    // The set the first calibration was fitted on: unseen folds still answer and decline most of it.
    expect(report!.answeredRight / report!.answerable).toBeGreaterThanOrEqual(0.8);
    expect(report!.declinedRight / report!.declinable).toBeGreaterThanOrEqual(0.8);
  });

  it('gives nothing when the split is too small to fit on', async () => {
    const cases = readEvalCases(file).slice(0, 5);
    expect(await crossValidatedReport([await source()], [{ file, cases }], 5)).toEqual([]);
  });
});
