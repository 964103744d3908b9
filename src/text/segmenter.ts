import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A new segmenter on jieba's default dictionary, for a caller that loads words of its own into it. */
export const newSegmenter = (): Jieba => Jieba.withDict(dict);

let plain: Jieba | undefined;

/** The words of `text` by the default dictionary alone; one instance serves every such reader. */
export const dictionaryWords = (text: string): string[] => (plain ??= newSegmenter()).cut(text, false);

/** The words of `text` with their part-of-speech tags (ns: a place, v: a verb …), by the default dictionary. */
export const taggedWords = (text: string): Array<{ word: string; tag: string }> => (plain ??= newSegmenter()).tag(text, false);
