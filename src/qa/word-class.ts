import { taggedWords } from '../text/segmenter.js';

/**
 * Word classes by jieba's part-of-speech tags. A word naming a thing, a place, a time or a quantity
 * (nouns n…, t, s, m, q, foreign words) can be a matter the notices do not cover; a verb, adverb or
 * adjective the notices never use (允许, 最后, 体现) is more often the asker's phrasing of one they do.
 */

/** Tags of words that name something: nouns (n, nr, ns, nt, nz, ng …), times, places, numerals, measures, foreign words. */
const NAMING_TAG = /^(?:n|t|s|m|q|eng)/;

const seen = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/** True when any dictionary word of `word` is tagged as naming something. */
export function namesSomething(word: string): boolean {
  let value = seen.get(word);
  if (value === undefined) {
    value = taggedWords(word).some((tagged) => NAMING_TAG.test(tagged.tag));
    if (seen.size >= MEMO_LIMIT) seen.clear();
    seen.set(word, value);
  }
  return value;
}
