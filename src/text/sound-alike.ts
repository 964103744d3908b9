import { pinyin } from 'pinyin-pro';
import { dictionaryWords } from './segmenter.js';

/**
 * Homophone typos against a small vocabulary: an officer types the sound and takes the input
 * method's first candidate (审报 for 申报, 正明商标 for 证明商标). A run of Han characters sounding
 * (tones aside) like one of the words, written otherwise and being no word of general Chinese itself,
 * is read as that word. A single character sounds like too many others to be read so.
 */

const HAN_RUN = /^\p{Script=Han}{2,}$/u;

/** Each character's syllable without its tone (ü as v); a character of no syllable stands for itself. */
export const syllablesOf = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array' }).map((syllable) => syllable.replace(/ü/g, 'v'));
/** A word's syllables as one key. */
export const soundOf = (word: string): string => syllablesOf(word).join(' ');

/** A run the dictionary keeps whole is a word of its own (上标, 商报), no typo. */
const isWord = (run: string): boolean => dictionaryWords(run).length === 1;

/** Reads `text` with its runs sounding like one of `words` written as that word (the text itself when none does). */
export function soundAlikeReader(words: readonly string[]): (text: string) => string {
  const heard = [...new Set(words)]
    .filter((word) => HAN_RUN.test(word))
    .map((word) => ({ word, length: [...word].length, sound: soundOf(word) }))
    .sort((a, b) => b.length - a.length);
  return (text) => {
    const chars = [...text];
    const sounds = syllablesOf(text);
    if (sounds.length !== chars.length) return text;
    let out = '';
    for (let at = 0; at < chars.length; ) {
      const found = heard.find(({ word, length, sound }) => {
        const run = chars.slice(at, at + length).join('');
        return run !== word && HAN_RUN.test(run) && sounds.slice(at, at + length).join(' ') === sound && !isWord(run);
      });
      out += found ? found.word : chars[at];
      at += found ? found.length : 1;
    }
    return out;
  };
}
