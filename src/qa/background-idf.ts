import { idf } from '@node-rs/jieba/dict.js';

/**
 * How informative a word is in general Chinese, from jieba's bundled IDF table. The relevance
 * gate weighs a question's words by it, so filler ("以后", "直接") counts little and rare words
 * the notices never mention ("充电器", "年费") count a lot.
 */

/** Weight of a word missing from the table (rarer than almost anything listed). */
const MISSING = 10;
const CAP = 12;

let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) map.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return map;
}

/** Reads the table now (it takes a moment), so the first question does not wait for it. */
export function loadBackgroundIdf(): void {
  table ??= load();
}

/** The general-language IDF of a word; digits and single letters weigh little. */
export function backgroundIdf(word: string): number {
  if (/^[0-9.]+$/.test(word)) return 3;
  table ??= load();
  return Math.min(CAP, table.get(word) ?? MISSING);
}

/** True when the word is in the general vocabulary; jieba's guesses for unknown runs ("库是") are not. */
export function isKnownWord(word: string): boolean {
  table ??= load();
  return table.has(word);
}
