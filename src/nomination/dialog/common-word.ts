import { dict } from '@node-rs/jieba/dict.js';
import { dictionaryWords as words } from '../../text/segmenter.js';

/**
 * True when `text` is one word of the general dictionary (成功, 系统, 材料): an everyday word, not a
 * product's name, which the dictionary splits (沁州黄 → 沁州 / 黄) or does not know.
 */
export function isCommonWord(text: string): boolean {
  const cut = words(text);
  return cut.length === 1 && cut[0] === text;
}

/** True when the dictionary's reading of `text` has a word boundary at `index` ("报|盘锦大米", not "报送|纸质件"). */
export function splitsAt(text: string, index: number): boolean {
  let at = 0;
  for (const word of words(text)) {
    if (at === index) return true;
    at += word.length;
  }
  return at === index;
}

/** The dictionary's text, one "word frequency tag" line per word (a view, not a copy). */
const DICTIONARY = Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength);
/**
 * Frequencies looked up so far: a lookup scans the dictionary's text (about a millisecond) and the
 * same words recur message after message; emptied when full, so no input can grow it without bound.
 */
const frequencies = new Map<string, number>();
const CACHED_MAX = 10_000;

/** How often the general dictionary has seen `word` (0 when it lacks it): a place's name it tags by guess is rare. */
export function dictionaryFrequency(word: string): number {
  const known = frequencies.get(word);
  if (known !== undefined) return known;
  const at = DICTIONARY.indexOf(`\n${word} `);
  const frequency = at < 0 ? 0 : Number(DICTIONARY.subarray(at + 1, DICTIONARY.indexOf(0x0a, at + 1)).toString('utf8').split(' ')[1]) || 0;
  if (frequencies.size >= CACHED_MAX) frequencies.clear();
  frequencies.set(word, frequency);
  return frequency;
}
