import { soundOf, syllablesOf } from '../text/sound-alike.js';
import type { Chunk } from './chunk.js';
import { EXPANSION } from './expansion.js';
import { backgroundIdf, isKnownWord } from './background-idf.js';
import { ABBREVIATIONS, STOPWORDS, SYNONYM_GROUPS } from './lexicon.js';
import { analyze, cutWords, normalizeText, readingOf } from './tokenize.js';

/**
 * Homophone typos: an officer types the sound and takes the input method's first candidate, which
 * is often another word of that sound (明录 for 名录, 油箱 for 邮箱, 统记 for 统计). A question word the
 * notices never use, sounding (tones aside) like a word they use, is read as that word (the most
 * used one of that sound).
 *
 * A typo of another sound (载止 for 截止, 申根 for 申报: a neighbouring key, a character of like shape)
 * is no word of general Chinese either: such a word, one character off a word of the notices or of
 * the lexicon, is read as that word when it is the only one, or the one the notices use far the most.
 *
 * Pinyin left where the input method gave up (指导zhan, nianbao要交吗) is read as the notices' word
 * of that sound: a whole word, or the part of one that the characters beside it complete.
 */

/** Reads a question's homophone typos as the notices' words (the text itself when it has none). */
export interface HomophoneReader {
  (text: string): string;
  /**
   * The question's typos of another sound read as the notices' words (载止 → 截止): a fallback for
   * a question declined as typed, since a word of no sound alike is less surely a typo. Only the
   * question's key words `keys` (as written) are looked at: a run jieba glued of function
   * characters (些啥) is no word the asker meant.
   */
  misspelt(text: string, keys: ReadonlySet<string>): string;
}

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

/** A word of the notices must be used this many times as often as the next one of its spelling to be the one meant. */
const DOMINANT = 2;
/** General-language IDF from which a word is hardly ever written (jieba's table: 时侯 10.6, 几十 8.8, 一半 6.1; unlisted 10). */
const RARE_IDF = 10;
/** General-language IDF under which a word is written all the time (负责人 6.0, 一半 6.1): the asker's own word, no typo. */
const COMMON_IDF = 7;
/** A longer run is a name of its own (马德里), or several words jieba could not part. */
const MAX_MISSPELT = 3;


/** Lower-case Latin letters standing alone between characters (not an address's, a file's or a number's: pgi@cnipa.gov.cn). */
const PINYIN_RUN = /(?<![A-Za-z0-9@._/:-])[a-z]{2,24}(?![A-Za-z0-9@._/-])/g;
/** Characters beside a run that may complete the word it spells, and how many a run may spell. */
const BESIDE = 2;
const MAX_SPELT = 4;
const HAN_RUN = /^\p{Script=Han}+$/u;
const HAN_TAIL = /\p{Script=Han}{2}$/u;
const HAN_HEAD = /^\p{Script=Han}{2}/u;

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
  // The lexicon's words of a question's asking (时候, 截止) are meant too, after every word the notices use.
  for (const word of [...STOPWORDS, ...LEXICON]) {
    if (!WORD.test(word)) continue;
    const sound = soundOf(word);
    const same = bySound.get(sound) ?? [];
    if (!same.some((candidate) => candidate.word === word)) bySound.set(sound, [...same, { word, count: 0 }]);
  }
  const spellings = [...bySound.values()].flat();
  /**
   * Whether the notices write the character at `at` of `word` in that place of a word as long (the
   * 强 of 强县 beside 强市): then the word is made as theirs are, not mistyped.
   */
  const usedInPlace = (word: string, at: number): boolean =>
    spellings.some((candidate) => candidate.count > 0 && candidate.word.length === word.length && candidate.word[at] === word[at]);
  const unknown = (word: string): boolean => WORD.test(word) && !KNOWN.has(word) && !corpus.includes(word);
  /**
   * The word meant by one of no sound alike: the only one a character off, or the one used far the
   * most. Not for a run jieba glued of a neighbour's character (哪/天发, 14/号文, 要盖): the
   * characters kept say something (not only 要), and neither end makes a lexicon word with its
   * neighbour (哪天) or follows a number.
   */
  const misspelt = (word: string, before: string, after: string): string | undefined => {
    if (!unknown(word) || word.length > MAX_MISSPELT || isKnownWord(word)) return undefined;
    if (/\d$/.test(normalizeText(before)) || KNOWN.has(before.slice(-1) + word[0]) || KNOWN.has(word.at(-1)! + after.slice(0, 1))) return undefined;
    const near = spellings.filter(
      (candidate) =>
        candidate.word.length === word.length &&
        oneCharacterOff(word, candidate.word) &&
        [...word].some((char, i) => char === candidate.word[i] && !STOPWORDS.has(char)) &&
        !usedInPlace(word, [...word].findIndex((char, i) => char !== candidate.word[i])),
    );
    // words read alike (申请 and 申报 are one word to the search) are one candidate
    const readings = new Map<string, { word: string; count: number }>();
    for (const candidate of near) {
      const key = readingOf(candidate.word).join(' ') || candidate.word;
      if ((readings.get(key)?.count ?? -1) < candidate.count) readings.set(key, candidate);
    }
    const [first, second] = [...readings.values()].sort((a, b) => b.count - a.count);
    if (!first) return undefined;
    return !second || (first.count > 0 && first.count >= DOMINANT * second.count) ? first.word : undefined;
  };
  // A word of general Chinese (几十, 一半) is the asker's own, but one hardly ever written (时侯, a typo itself) may mean an asking word.
  const homophone = (word: string): string | undefined =>
    unknown(word)
      ? bySound.get(soundOf(word))?.find((candidate) => (candidate.count > 0 || backgroundIdf(word) >= RARE_IDF) && oneCharacterOff(word, candidate.word))?.word
      : undefined;
  /** jieba glues a one-character verb to an unknown run ("盖公张"): the run without it is looked at too. */
  const corrected = (word: string): string | undefined => {
    const normalized = normalizeText(word);
    // (a word written all the time, 负责人, is no typo, nor is a part of it: 责人 is no 责任)
    if (!unknown(normalized) || backgroundIdf(normalized) < COMMON_IDF) return undefined;
    const whole = homophone(normalized);
    if (whole || normalized.length < 3) return whole;
    const tail = homophone(normalized.slice(1));
    if (tail) return normalized[0] + tail;
    const head = homophone(normalized.slice(0, -1));
    return head && head + normalized.at(-1);
  };
  // the notices' characters' sounds, one per UTF-16 unit as the text is indexed (read once, when pinyin is first typed)
  let corpusSyllables: string[] | undefined;
  const corpusSounds = (): string[] => {
    corpusSyllables ??= syllablesOf(corpus);
    if (corpusSyllables.length !== corpus.length) corpusSyllables = [...corpus].flatMap((char) => (char.length === 1 ? syllablesOf(char) : [char, '']));
    return corpusSyllables;
  };
  /** The words of each sound written without the spaces between its syllables, as pinyin is typed (jiezhi). */
  let byTyped: Map<string, { word: string; count: number }[]> | undefined;
  const typedSound = (run: string): { word: string; count: number }[] => {
    byTyped ??= [...bySound].reduce((map, [sound, words]) => map.set(sound.replace(/ /gu, ''), [...(map.get(sound.replace(/ /gu, '')) ?? []), ...words]), new Map<string, { word: string; count: number }[]>());
    return byTyped.get(run) ?? [];
  };
  /**
   * The characters a pinyin run spells: those the notices write after the two characters before
   * it (or before the two after it) that sound so, the most often written; else the most used
   * word of that sound, of the notices or the lexicon (jiezhi: 截止).
   */
  const spelt = (run: string, before: string, after: string): string | undefined => {
    const written = new Map<string, number>();
    const sounds = corpusSounds();
    const count = (from: number, to: number): void => {
      const chars = corpus.slice(from, to);
      if (HAN_RUN.test(chars) && sounds.slice(from, to).join('') === run) written.set(chars, (written.get(chars) ?? 0) + 1);
    };
    const lead = HAN_TAIL.exec(before)?.[0];
    const trail = HAN_HEAD.exec(after)?.[0];
    for (let length = 1; length <= MAX_SPELT; length++) {
      for (let at = lead ? corpus.indexOf(lead) : -1; at >= 0; at = corpus.indexOf(lead!, at + 1)) count(at + lead!.length, at + lead!.length + length);
      for (let at = trail ? corpus.indexOf(trail) : -1; at >= 0; at = corpus.indexOf(trail!, at + 1)) count(Math.max(0, at - length), at);
    }
    const [most] = [...written].sort((a, b) => b[1] - a[1]);
    if (most) return most[0];
    return [...typedSound(run)].sort((a, b) => b.count - a.count)[0]?.word;
  };
  const withPinyinRead = (text: string): string =>
    text.replace(PINYIN_RUN, (run, at: number) => spelt(run, text.slice(Math.max(0, at - BESIDE), at), text.slice(at + run.length, at + run.length + BESIDE)) ?? run);
  /** A typo jieba parted into two characters of their own ("填/抱"): the pair read as one word. */
  const lone = (word: string | undefined): boolean => word !== undefined && /^\p{Script=Han}$/u.test(word) && !STOPWORDS.has(word);
  const read = (text: string): string => {
    const words = cutWords(withPinyinRead(text));
    const out: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const pair = lone(words[i]) && lone(words[i + 1]) ? corrected(`${words[i]}${words[i + 1]}`) : undefined;
      if (pair) {
        out.push(pair);
        i += 1;
      } else out.push(corrected(words[i]!) ?? words[i]!);
    }
    return out.join('');
  };
  read.misspelt = (text: string, keys: ReadonlySet<string>): string => {
    const words = cutWords(text);
    return words.map((word, i) => (keys.has(word) && misspelt(normalizeText(word), words[i - 1] ?? '', words[i + 1] ?? '')) || word).join('');
  };
  return read;
}
