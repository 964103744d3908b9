import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossValidatedReport, noticeAloneDir, tuningSet, type KnowledgeSource } from '../../src/qa/eval-calibration.js';
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

describe('tuningSet', () => {
  it('joins one round\'s files asked of the 2023 notice and of the corpus into one set', () => {
    expect(tuningSet('test/fixtures/eval/qa-tuning-v6-2023.jsonl')).toBe('qa-tuning-v6');
    expect(tuningSet('test/fixtures/eval/qa-tuning-v6-corpus.jsonl')).toBe('qa-tuning-v6');
    expect(tuningSet('test/fixtures/eval/qa-tuning-v5-2023.jsonl')).not.toBe(tuningSet('test/fixtures/eval/qa-tuning-v6-2023.jsonl'));
    expect(tuningSet('test/fixtures/eval/qa-dev.jsonl')).toBe('qa-dev');
  });
});

describe('crossValidatedReport', () => {
  const files = ['qa-dev', 'qa-holdout', 'qa-probe', 'qa-uncovered'].map((name) => `test/fixtures/eval/${name}.jsonl`);
  const source = async (): Promise<KnowledgeSource> => ({ respond: (await noticeQa()).respond, docs: new Set([NOTICE_2023]) });

  it('decides every question of each set once, by a calibration fitted on the other sets', async () => {
    const split = files.map((file) => ({ file, cases: readEvalCases(file) }));
    const reports = await crossValidatedReport([await source()], split);
    expect(reports.map((r) => r.file)).toEqual(files);
    for (const [i, report] of reports.entries()) {
      expect(report.answerable + report.declinable).toBe(split[i]!.cases.length);
      // Sets the first calibrations were fitted on: fitted on the others, each is still mostly answered and declined right.
      expect(report.answeredRight / report.answerable).toBeGreaterThanOrEqual(0.8);
      expect(report.declinedRight / report.declinable).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('gives nothing when the split holds one set only', async () => {
    const file = files[0]!;
    expect(await crossValidatedReport([await source()], [{ file, cases: readEvalCases(file) }])).toEqual([]);
  });

  it('gives nothing when the split is too small to fit on', async () => {
    const split = files.map((file) => ({ file, cases: readEvalCases(file).slice(0, 3) }));
    expect(await crossValidatedReport([await source()], split)).toEqual([]);
  });
});
