import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer, Passage } from './types.js';

/**
 * Scoring the answerer on a JSONL question set: `kind: answer` must contain one of `any_of` in
 * an answer of at most 300 characters (hit@1) or in one of the top-3 passages (hit@3), and when
 * the case names its notice (`doc`, the file name without extension), cite that notice first;
 * `kind: decline` must be declined.
 */

export const evalCaseSchema = z.object({
  id: z.string(),
  q: z.string(),
  kind: z.enum(['answer', 'decline']),
  any_of: z.array(z.string()).default([]),
  /** The notice that answers (or that the question is about), as a knowledge file slug. */
  doc: z.string().optional(),
}).passthrough();

export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Reads a JSONL file; a malformed line is an error naming its line number. */
export function readEvalCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      try {
        return evalCaseSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${path}:${number}: not an eval case (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      }
    });
}

export interface EvalOutcome {
  id: string;
  q: string;
  kind: EvalCase['kind'];
  hit1: boolean;
  hit3: boolean;
  declined: boolean;
  answer: string;
  /** An answer (not declined) citing a notice other than the case's `doc`. */
  wrongDoc: boolean;
}

export interface EvalReport {
  total: number;
  answerable: number;
  declinable: number;
  hit1: number;
  hit3: number;
  declinePrecision: number;
  declineRecall: number;
  /** Answers citing a notice other than the one the case is about (cases with `doc` only). */
  wrongDoc: number;
  /** Cases that missed: answerable not hit@1, or decline cases answered. */
  misses: EvalOutcome[];
}

/** What the evaluator needs from an answerer: the answer and the top passages. */
export type EvalTarget = (question: string) => Promise<{ answer: Answer; passages: Passage[] }>;

const MAX_ANSWER = 300;
const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** A notice's id as eval cases name it (`doc`: its file name without extension). */
export const docSlug = (doc: string): string => doc.split('/').pop()!;

/** How one case came out for an answer and its top passages. */
export function outcomeOf(c: EvalCase, { answer, passages }: { answer: Answer; passages: Passage[] }): EvalOutcome {
  const containsAny = (text: string): boolean => c.any_of.some((needle) => text.includes(needle));
  const wrongDoc = !!c.doc && !answer.declined && answer.citations.some((citation) => docSlug(citation.doc) !== docSlug(c.doc!));
  const rightDoc = !c.doc || (answer.citations[0] !== undefined && docSlug(answer.citations[0].doc) === docSlug(c.doc));
  return {
    id: c.id,
    q: c.q,
    kind: c.kind,
    hit1: !answer.declined && rightDoc && answer.answer.length <= MAX_ANSWER && containsAny(answer.answer),
    hit3: passages.slice(0, 3).some((p) => containsAny(p.text)),
    declined: answer.declined,
    answer: answer.answer,
    wrongDoc,
  };
}

export async function evaluate(target: EvalTarget, cases: EvalCase[]): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const c of cases) outcomes.push(outcomeOf(c, await target(c.q)));
  const answerable = outcomes.filter((o) => o.kind === 'answer');
  const declinable = outcomes.filter((o) => o.kind === 'decline');
  const declined = outcomes.filter((o) => o.declined);
  return {
    total: outcomes.length,
    answerable: answerable.length,
    declinable: declinable.length,
    hit1: ratio(answerable.filter((o) => o.hit1).length, answerable.length),
    hit3: ratio(answerable.filter((o) => o.hit3).length, answerable.length),
    declinePrecision: ratio(declined.filter((o) => o.kind === 'decline').length, declined.length),
    declineRecall: ratio(declinable.filter((o) => o.declined).length, declinable.length),
    wrongDoc: outcomes.filter((o) => o.wrongDoc).length,
    misses: outcomes.filter((o) => (o.kind === 'answer' ? !o.hit1 : !o.declined)),
  };
}
