import { idf } from '@node-rs/jieba/dict.js';

/**
 * How informative a word is in general Chinese, from jieba's bundled IDF table. The relevance
 * gate weighs a question's words by it, so filler ("以后", "直接") counts little and rare words
 * the notices never mention ("充电器", "年费") count a lot.
 */

/** Weight of a word missing from the table (rarer than almost anything listed). */
const MISSING = 10;
const CAP = 12;

/**
 * The table as jieba ships it (270,000 lines of "word idf", UTF-8), indexed in place: an
 * open-addressing hash over the words' byte ranges in jieba's own buffer, so neither a string
 * per word nor a copy of the text exists. A `Map` of the same table costs about 60 MB of heap
 * in every thread that answers; this costs about 6.
 */
interface Table {
  bytes: Buffer;
  starts: Uint32Array;
  ends: Uint32Array;
  values: Float64Array;
  /** Slot -> line number + 1 (0: empty); the size is a power of two. */
  slots: Uint32Array;
}

let table: Table | undefined;

/** FNV-1a over `bytes[start, end)`. */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

function load(): Table {
  const bytes = Buffer.from(idf.buffer, idf.byteOffset, idf.byteLength);
  let lines = 1;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
  const starts = new Uint32Array(lines);
  const ends = new Uint32Array(lines);
  const values = new Float64Array(lines);
  let size = 1;
  while (size < lines * 2) size <<= 1;
  const slots = new Uint32Array(size);
  let count = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline < 0 ? bytes.length : newline;
    const space = bytes.indexOf(SPACE, start);
    if (space > start && space < end) {
      starts[count] = start;
      ends[count] = space;
      values[count] = Number(bytes.toString('latin1', space + 1, end));
      let slot = hash(bytes, start, space) & (size - 1);
      while (slots[slot]) slot = (slot + 1) & (size - 1);
      slots[slot] = ++count;
    }
    start = end + 1;
  }
  return { bytes, starts, ends, values, slots };
}

/** The line of `word`, or -1. */
function find(t: Table, word: string): number {
  const key = Buffer.from(word, 'utf8');
  const mask = t.slots.length - 1;
  for (let slot = hash(key, 0, key.length) & mask; t.slots[slot]; slot = (slot + 1) & mask) {
    const line = (t.slots[slot] as number) - 1;
    const start = t.starts[line] as number;
    const end = t.ends[line] as number;
    if (end - start === key.length && t.bytes.compare(key, 0, key.length, start, end) === 0) return line;
  }
  return -1;
}

/** Reads the table now (it takes a moment), so the first question does not wait for it. */
export function loadBackgroundIdf(): void {
  table ??= load();
}

/** The general-language IDF of a word; digits and single letters weigh little. */
export function backgroundIdf(word: string): number {
  if (/^[0-9.]+$/.test(word)) return 3;
  table ??= load();
  const line = find(table, word);
  return Math.min(CAP, line < 0 ? MISSING : (table.values[line] as number));
}

/** True when the word is in the general vocabulary; jieba's guesses for unknown runs ("库是") are not. */
export function isKnownWord(word: string): boolean {
  table ??= load();
  return find(table, word) >= 0;
}
