import { pinyin } from 'pinyin-pro';
import type { Chunk } from './chunk.js';
import { EXPANSION } from './expansion.js';
import { ABBREVIATIONS, STOPWORDS, SYNONYM_GROUPS } from './lexicon.js';
import { analyze, cutWords, normalizeText, readingOf } from './tokenize.js';

/**
 * Homophone typos: an officer types the sound and takes the input method's first candidate, which
 * is often another word of that sound (明录 for 名录, 油箱 for 邮箱, 统记 for 统计). A question word the
 * notices never use, sounding (tones aside) like a word they use, is read as that word (the most
 * used one of that sound).
 */

/** Reads a question's homophone typos as the notices' words (the text itself when it has none). */
export type HomophoneReader = (text: string) => string;

/** A single character sounds like too many others to be read as one of them. */
const WORD = /^\p{Script=Han}{2,}$/u;

/** The words the lexicon's abbreviations rewrite (地标, 省局): the question side reads them as the notices' words. */
const ABBREVIATED = ABBREVIATIONS.flatMap(([pattern]) => pattern.source.split('|')).filter((word) => WORD.test(word));

const LEXICON = [...SYNONYM_GROUPS.flat(), ...EXPANSION.synonyms.flat(), ...ABBREVIATED];

/** Officers' words the lexicon already reads: never taken for a typo. */
const KNOWN = new Set([...LEXICON, ...STOPWORDS, ...EXPANSION.fillers]);

/**
 * A typo keeps all the characters meant but one (明录, 统记); a word of the same sound sharing none
 * (符合 for 复核, 格式 for 各市) is another word, used in its own sense. A function character jieba
 * glued on (the 个 of "5个省") is the question's own, not a typo of the notices' 各省.
 */
function oneCharacterOff(typed: string, meant: string): boolean {
  const off = [...typed].filter((char, i) => char !== meant[i]);
  return off.length === 1 && !STOPWORDS.has(off[0]!);
}

const soundOf = (word: string): string => pinyin(word, { toneType: 'none', type: 'array' }).join(' ');

/** Builds the reader over the indexed chunks: their words, and how often each is used. */
export function createHomophoneReader(chunks: readonly Chunk[]): HomophoneReader {
  const corpus = chunks.map((chunk) => normalizeText(`${chunk.title}\n${chunk.section}\n${chunk.text}`)).join('\n');
  const uses = new Map<string, number>();
  const written = new Set<string>();
  for (const chunk of chunks) {
    for (const sentence of chunk.sentences) {
      const { contentWords, surfaces } = analyze(sentence);
      for (const word of contentWords) uses.set(word, (uses.get(word) ?? 0) + 1);
      for (const word of surfaces) written.add(word);
    }
  }
  // Per sound, the words the notices use (by their reading: 邮箱 is read as their 电子邮件), most used first.
  // One use is enough: a notice indexed alone names its 公章 once.
  const bySound = new Map<string, { word: string; count: number }[]>();
  for (const word of new Set([...written, ...LEXICON])) {
    if (!WORD.test(word)) continue;
    const reading = readingOf(word);
    const count = reading.length === 0 ? 0 : Math.min(...reading.map((part) => uses.get(part) ?? 0));
    if (count === 0) continue;
    const sound = soundOf(word);
    bySound.set(sound, [...(bySound.get(sound) ?? []), { word, count }].sort((a, b) => b.count - a.count));
  }
  const unknown = (word: string): boolean => WORD.test(word) && !KNOWN.has(word) && !corpus.includes(word);
  const homophone = (word: string): string | undefined =>
    unknown(word) ? bySound.get(soundOf(word))?.find((candidate) => oneCharacterOff(word, candidate.word))?.word : undefined;
  /** jieba glues a one-character verb to an unknown run ("盖公张"): the run without it is looked at too. */
  const corrected = (word: string): string | undefined => {
    const normalized = normalizeText(word);
    if (!unknown(normalized)) return undefined;
    const whole = homophone(normalized);
    if (whole || normalized.length < 3) return whole;
    const tail = homophone(normalized.slice(1));
    if (tail) return normalized[0] + tail;
    const head = homophone(normalized.slice(0, -1));
    return head && head + normalized.at(-1);
  };
  return (text) => cutWords(text).map((word) => corrected(word) ?? word).join('');
}
