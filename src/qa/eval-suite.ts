import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { outcomeOf, type EvalCase, type EvalTarget } from './eval.js';
import { paraphrases, type VariantKind } from './paraphrase.js';

/**
 * The eval's splits: every `qa-*.jsonl` under the eval folder is tuning data, except
 * `qa-validation-*.jsonl` (written by people who never saw the code; nothing is fitted on them).
 */

export interface SuiteFiles {
  tuning: string[];
  validation: string[];
}

export function suiteFiles(dir: string): SuiteFiles {
  const files = readdirSync(dir)
    .filter((f) => /^qa-.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  const isValidation = (f: string): boolean => /\/qa-validation-[^/]*$/.test(f);
  return { tuning: files.filter((f) => !isValidation(f)), validation: files.filter(isValidation) };
}

/** The paraphrase stress test: variants of every answerable question must get its decision. */
export interface ParaphraseReport {
  variants: number;
  /** Share of variants declined or answered as their original was. */
  sameDecision: number;
  /** Share of variants of hit@1 originals that are hit@1 too. */
  keepsHit: number;
  byKind: Record<VariantKind, { variants: number; same: number }>;
  misses: { original: string; variant: string; kind: VariantKind; declined: boolean }[];
}

export async function paraphraseReport(target: EvalTarget, cases: EvalCase[]): Promise<ParaphraseReport> {
  const answerable = cases.filter((c) => c.kind === 'answer');
  const byKind = Object.fromEntries(['synonym', 'ending', 'order', 'width'].map((k) => [k, { variants: 0, same: 0 }])) as ParaphraseReport['byKind'];
  const misses: ParaphraseReport['misses'] = [];
  let variants = 0;
  let same = 0;
  let hitVariants = 0;
  let keptHits = 0;
  for (const c of answerable) {
    const original = outcomeOf(c, await target(c.q));
    for (const variant of paraphrases(c.q)) {
      const outcome = outcomeOf(c, await target(variant.q));
      variants++;
      byKind[variant.kind].variants++;
      if (outcome.declined === original.declined) {
        same++;
        byKind[variant.kind].same++;
      } else misses.push({ original: c.q, variant: variant.q, kind: variant.kind, declined: outcome.declined });
      if (original.hit1) {
        hitVariants++;
        if (outcome.hit1) keptHits++;
      }
    }
  }
  return { variants, sameDecision: variants ? same / variants : 1, keepsHit: hitVariants ? keptHits / hitVariants : 1, byKind, misses };
}
