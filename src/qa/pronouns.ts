import { taggedWords } from '../text/segmenter.js';

/**
 * Pronouns by jieba's part-of-speech tags (它们, 各个, 别的, 本身, 两样): they point at what the
 * question is about and name no matter of their own, so a passage lacking one lacks nothing.
 * Adverbs and prepositions were tried too and let questions through that the notices do not
 * answer (最终公布了多少): they stay key words.
 */

/** jieba's pronoun tags: r, rr (personal), rz (demonstrative), rg. */
const PRONOUN_TAG = /^r[rzg]?$/;

const seen = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/** True when `word` is one dictionary word tagged as a pronoun. */
export function isPronoun(word: string): boolean {
  let value = seen.get(word);
  if (value === undefined) {
    const tagged = taggedWords(word);
    value = tagged.length === 1 && tagged[0]!.word === word && PRONOUN_TAG.test(tagged[0]!.tag);
    if (seen.size >= MEMO_LIMIT) seen.clear();
    seen.set(word, value);
  }
  return value;
}
