import { taggedWords } from '../text/segmenter.js';
import { QUESTION_MARKERS } from './lexicon.js';

/**
 * How much each word of a question says about what it asks, apart from how rare the word is.
 * Officers wrap a question in their own circumstances ("刚进群，想问下…", "我写报告要引用") and in
 * words of grammar (这种, 刚, 往, 一起): a passage that lacks those has not missed the question.
 */

/** jieba's classes of words that carry grammar, not a matter: pronouns, adverbs, prepositions, conjunctions, particles, localizers, numerals and measures in words, interjections. */
const GRAMMAR_TAGS = /^(?:r|rr|rz|d|p|c|u[a-z]?|y|e|o|f|m|mq|q|zg|ad)$/;
/** Weight left to a word of grammar. */
export const GRAMMAR_SALIENCE = 0.4;
/** Weight left to a word of a clause that tells the asker's circumstances while another clause asks. */
export const CONTEXT_SALIENCE = 0.5;

/** A clause that asks: a question marker, or a tail or a choice of asking (能不能, 算不算, …不, 咋). */
const ASKS = new RegExp(`${QUESTION_MARKERS.source}|咋|(\\p{Script=Han})不\\1|[么嘛不没]$`, 'u');
const CLAUSE_BREAK = /(?<=[?？!！。;；,，:：、~～])|\s+/u;
const DIGITS = /^[0-9.]+$/;

const grammarMemo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/** True when every dictionary word of `surface` is a word of grammar (a number written in digits never is). */
function isGrammar(surface: string): boolean {
  let value = grammarMemo.get(surface);
  if (value === undefined) {
    if (grammarMemo.size >= MEMO_LIMIT) grammarMemo.clear();
    const tagged = DIGITS.test(surface) ? [] : taggedWords(surface);
    value = tagged.length > 0 && tagged.every(({ tag }) => GRAMMAR_TAGS.test(tag));
    grammarMemo.set(surface, value);
  }
  return value;
}

/** Per clause of `text`, its end offset and whether it asks. */
function clausesOf(text: string): { end: number; asks: boolean }[] {
  const clauses: { end: number; asks: boolean }[] = [];
  let at = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const start = text.indexOf(clause, at);
    at = start + clause.length;
    if (clause.trim()) clauses.push({ end: at, asks: ASKS.test(clause.replace(/[?？!！。;；,，:：、~～]+$/u, '') ) || /[?？]/.test(clause) });
  }
  return clauses;
}

/**
 * The salience of each of `surfaces` (the question's content words as written, in order) in
 * `text`: 1, less for a word of grammar, less for a word of a clause that does not ask when
 * another one does. A word not found as written (a date term) keeps 1.
 */
export function wordSalience(text: string, surfaces: readonly string[]): number[] {
  const clauses = clausesOf(text);
  const contextual = clauses.some((c) => c.asks) && clauses.some((c) => !c.asks);
  let cursor = 0;
  return surfaces.map((surface) => {
    const at = text.indexOf(surface, cursor);
    if (at < 0) return 1;
    cursor = at + surface.length;
    const clause = clauses.find((c) => at < c.end);
    const context = contextual && clause !== undefined && !clause.asks ? CONTEXT_SALIENCE : 1;
    return (isGrammar(surface) ? GRAMMAR_SALIENCE : 1) * context;
  });
}
