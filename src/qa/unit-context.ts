import type { Chunk } from './chunk.js';
import { analyze, normalizeText } from './tokenize.js';

/**
 * What the ranking reads around a sentence unit besides its own words: the whole sentence a clause
 * piece belongs to, and the headings of its part (二、填报时间, 一、填报范围和内容).
 */

/** A numbered part's heading (一、填报范围和内容). */
const PART_OPENING = /^\s*[一二三四五六七八九十]{1,3}、/u;
/** The end of a sentence (a clause of a long one ends otherwise). */
const SENTENCE_END = /[。；;！!？?][”’」』)）]?\s*$/u;
/** A heading naming a time (填报时间, 申报期限). */
const TIME_HEADING = /时间|日期|期限|时限/u;

const headingsOf = (chunk: Chunk): string[] => chunk.section.split(' › ');

/** Per chunk, the words of its headings that name a time (二、填报时间): the act they date. */
export const timeHeadingWords = (chunks: readonly Chunk[]): Set<string>[] =>
  chunks.map((chunk) => new Set(headingsOf(chunk).filter((heading) => TIME_HEADING.test(heading)).flatMap((heading) => analyze(heading).words)));

/** Per chunk, its numbered parts' headings (一、填报范围和内容; not 正文 or 附件), normalized. */
export const partHeadings = (chunks: readonly Chunk[]): string[] =>
  chunks.map((chunk) => normalizeText(headingsOf(chunk).filter((heading) => PART_OPENING.test(heading)).join(' ')));

/**
 * Per unit, the text of its whole sentence: a long sentence is quoted clause by clause, and what a
 * clause states may be completed in the next (…应于每年12月31日前总结…, / 由…汇总后报国家知识产权局。).
 * `unitChunk` and `unitTexts` are per unit, in chunk order.
 */
export function wholeSentenceTexts(unitChunk: readonly number[], unitTexts: readonly string[]): string[] {
  const texts: string[] = [];
  for (let unit = 0; unit < unitChunk.length; ) {
    let end = unit;
    while (end + 1 < unitChunk.length && unitChunk[end + 1] === unitChunk[unit] && !SENTENCE_END.test(unitTexts[end]!)) end++;
    const text = unitTexts.slice(unit, end + 1).join('');
    for (; unit <= end; unit++) texts.push(text);
  }
  return texts;
}
