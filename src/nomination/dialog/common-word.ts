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

/** How often the general dictionary has seen `word` (0 when it lacks it): a place's name it tags by guess is rare. */
export function dictionaryFrequency(word: string): number {
  const lines = Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength);
  const at = lines.indexOf(`\n${word} `);
  if (at < 0) return 0;
  const line = lines.subarray(at + 1, lines.indexOf(0x0a, at + 1)).toString('utf8');
  return Number(line.split(' ')[1]) || 0;
}
