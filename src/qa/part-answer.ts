import { declinedAnswer, extractiveAnswer } from './extractive.js';
import { NUMBERED_PART } from './lexicon.js';
import type { Knowledge } from './respond.js';
import { askedPart, type SearchResult } from './search-index.js';
import { analyze } from './tokenize.js';
import type { Answer } from './types.js';

/**
 * "第五部分是讲什么的": a question naming a numbered part of a notice (and nothing else but the
 * notice) asks what the part is about. Its heading and first sentence answer it, from the notice the
 * question fits best; when several notices fit equally the question is left to the ranking, and
 * when the notice asked has no such part it is declined.
 */

/** Asking what something is about: 讲什么, 说的啥, 主要内容, 关于什么. */
const ABOUT = /(?:讲|说|写)(?:的是|了|的)?(?:什么|啥)|(?:什么|啥|哪些)内容|主要内容|关于什么|是(?:什么|啥)/u;

/** Words before the part that end in a notice noun ("重点联系那个通知的", "767号文", "…指导通知，") name the notice, which the weights read. */
const NAMES_NOTICE = /(?:通知|文件|公告|方案|文)(?:的|里|中|里面|里头)?[\s,，:：]*$/u;

/**
 * The opening of the numbered part a question asks of ("第五条" → "五、") when its words after the
 * part all pass `asking` and those before it, if any, name a notice; undefined otherwise.
 */
export function partAsked(normalized: string, asking: (word: string) => boolean): string | undefined {
  const named = NUMBERED_PART.exec(normalized);
  const opening = askedPart(normalized);
  if (!named || !opening || !analyze(normalized.slice(named.index + named[0].length)).contentWords.every(asking)) return undefined;
  const before = normalized.slice(0, named.index);
  return analyze(before).contentWords.length === 0 || NAMES_NOTICE.test(before) ? opening : undefined;
}

/**
 * The first chunk under the heading opening with a part's number ("五、开展成效统计监测") in the
 * notice the question fits best, as its index; undefined when several fit equally, 'absent' when
 * the notices it fits best have no such part.
 */
export function partChunk(knowledge: Knowledge, opening: string, docWeights: ReadonlyMap<string, number> | undefined): number | 'absent' | undefined {
  const weight = (doc: string): number => docWeights?.get(doc) ?? 1;
  const parts = new Map<string, number>();
  knowledge.index.chunks.forEach((chunk, i) => {
    if (chunk.section.startsWith(opening) && !parts.has(chunk.doc)) parts.set(chunk.doc, i);
  });
  const top = Math.max(0, ...[...parts.keys()].map(weight));
  if (top < Math.max(...knowledge.index.chunks.map((chunk) => weight(chunk.doc)))) return 'absent';
  const fitting = [...parts].filter(([doc]) => weight(doc) === top);
  return fitting.length === 1 ? fitting[0]![1] : undefined;
}

export function partAnswer(knowledge: Knowledge, question: string, result: SearchResult, docWeights: ReadonlyMap<string, number> | undefined): Answer | undefined {
  const { normalized } = result.query;
  const opening = ABOUT.test(normalized) ? partAsked(normalized, () => false) : undefined;
  if (!opening) return undefined;
  const chunkIndex = partChunk(knowledge, opening, docWeights);
  if (chunkIndex === 'absent') return declinedAnswer(question);
  if (chunkIndex === undefined) return undefined;
  const chunk = knowledge.index.chunks[chunkIndex]!;
  return extractiveAnswer(question, { unit: -1, chunk, chunkIndex, sentenceIndex: 0, score: 1 }, { ...result, sentences: [] });
}
