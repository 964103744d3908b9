import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { latestSubmitted } from '../../src/store/nominations.js';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * Scores openings and closings written by someone who never saw the code
 * (`test/fixtures/nomination-starts/`) through the real dialog over a real SQLite file: an
 * opening must open the form (with the product it names) or open nothing; a closing must lead a
 * fully filled form to a submitted record (提交-like or 确认-like), or never submit it.
 */

const openingSchema = z.object({ id: z.union([z.string(), z.number()]), messages: z.array(z.string()).min(1), start: z.boolean(), product: z.string().optional() });
const closingSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), kind: z.enum(['submit', 'confirm', 'other']) });
export type Opening = z.infer<typeof openingSchema>;
export type Closing = z.infer<typeof closingSchema>;

const FIXTURES = 'test/fixtures/nomination-starts';

const readLines = <T>(file: string, schema: z.ZodType<T>): T[] =>
  readFileSync(`${FIXTURES}/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => schema.parse(JSON.parse(line)));

/** The number in an id ("o_017" → 17): odd ids are the tuning split, even ids the validation split. */
const idNumber = (id: string | number): number => Number(/(\d+)\D*$/u.exec(String(id))?.[1] ?? Number.NaN);
export type Split = 'odd' | 'even';
const inSplit = (split: Split) => (item: { id: string | number }) => idNumber(item.id) % 2 === (split === 'odd' ? 1 : 0);

/** The blind rounds that wrote openings and closings: v7's files carry no suffix. */
export type Round = 'v7' | 'v8';
const fileOf = (kind: 'openings' | 'closings', round: Round): string => (round === 'v7' ? `${kind}.jsonl` : `${kind}-${round}.jsonl`);

export const readOpenings = (split: Split, round: Round = 'v7'): Opening[] =>
  readLines(fileOf('openings', round), openingSchema).filter(inSplit(split));
export const readClosings = (split: Split, round: Round = 'v7'): Closing[] =>
  readLines(fileOf('closings', round), closingSchema).filter(inSplit(split));

export interface SplitScore {
  right: number;
  total: number;
  /** Ids (and what happened) of the items scored wrong. */
  wrong: { id: string | number; got: string }[];
}

/** Each opening from a user of its own: does a draft exist afterwards, named as expected? */
export async function scoreOpenings(items: Opening[]): Promise<SplitScore> {
  const env = await dialogEnv();
  const score: SplitScore = { right: 0, total: items.length, wrong: [] };
  try {
    for (const [i, item] of items.entries()) {
      const user = `open-${i}`;
      for (const message of item.messages) await env.chat.as(user).says(message);
      const drafts = env.drafts(user);
      const name = drafts[0]?.fields.gi_name?.value;
      const ok = item.start ? drafts.length === 1 && (item.product === undefined || name === item.product) : drafts.length === 0;
      if (ok) score.right += 1;
      else score.wrong.push({ id: item.id, got: drafts.length === 0 ? 'no form' : `form${name === undefined ? '' : ` (${String(name)})`}` });
    }
  } finally {
    env.close();
  }
  return score;
}

async function filledForm(env: DialogEnv, user: string): Promise<void> {
  await env.chat.as(user).says('/申报');
  await env.fillWithExamples(user);
}

const submitted = (env: DialogEnv, user: string): boolean => latestSubmitted(env.chat.db, 'console', user) !== undefined;

/**
 * Each closing on a filled form of its own: a 提交-like text then 确认, or 提交 then a 确认-like
 * text, must submit; an 'other' text, said either way, must not.
 */
export async function scoreClosings(items: Closing[]): Promise<SplitScore> {
  const env = await dialogEnv();
  const score: SplitScore = { right: 0, total: items.length, wrong: [] };
  try {
    for (const [i, item] of items.entries()) {
      const ways = item.kind === 'submit' ? [[item.text, '确认']] : item.kind === 'confirm' ? [['提交', item.text]] : [[item.text, '确认'], ['提交', item.text]];
      const results: boolean[] = [];
      for (const [w, way] of ways.entries()) {
        const user = `close-${i}-${w}`;
        await filledForm(env, user);
        for (const message of way as string[]) await env.chat.as(user).says(message);
        results.push(submitted(env, user));
      }
      const ok = item.kind === 'other' ? results.every((r) => !r) : results.every(Boolean);
      if (ok) score.right += 1;
      else score.wrong.push({ id: item.id, got: item.kind === 'other' ? 'submitted' : 'not submitted' });
    }
  } finally {
    env.close();
  }
  return score;
}
