import type { Jieba } from '@node-rs/jieba';
import { newSegmenter } from '../../text/segmenter.js';
import { SCORE_WORDS, START_WORDS } from './start-words.js';

/**
 * The default dictionary with the words of a start request added, so that "申报书", "填报" and
 * "报上去" are cut whole: the scored reading cuts clauses with it, and the grammar asks it where a
 * product's name may begin ("申报|南丰蜜桔", never "申报|书内容…").
 */

let cutter: Jieba | undefined;
function segmenter(): Jieba {
  if (!cutter) {
    cutter = newSegmenter();
    const words = new Set([...Object.values(START_WORDS), ...Object.values(SCORE_WORDS)].flat());
    const lines = [...words].filter((w) => [...w].length > 1 && /^\p{Script=Han}+$/u.test(w)).map((w) => `${w} 50000 v`);
    cutter.loadDict(Buffer.from(lines.join('\n')));
  }
  return cutter;
}

/** The words of `text` with their part-of-speech tags (ns: a place, v: a verb …). */
export const startCut = (text: string): Array<{ word: string; tag: string }> => segmenter().tag(text, false);

/** True when the cut of `text` has a word boundary at `index`. */
export function cutsAt(text: string, index: number): boolean {
  let at = 0;
  for (const { word } of startCut(text)) {
    if (at >= index) return at === index;
    at += word.length;
  }
  return at === index;
}
