import { extractiveAnswer } from './extractive.js';
import type { Knowledge } from './respond.js';
import { askedPart, type SearchResult } from './search-index.js';
import type { Answer } from './types.js';

/**
 * "第五部分是讲什么的": a question naming a numbered part of a notice (and nothing else) asks what
 * the part is about. Its heading and first sentence answer it, from the notice the question fits
 * best; when several notices fit equally the question is left to the ranking.
 */

/** Asking what something is about: 讲什么, 说的啥, 主要内容, 关于什么. */
const ABOUT = /(?:讲|说|写)(?:的是|了|的)?(?:什么|啥)|(?:什么|啥|哪些)内容|主要内容|关于什么|是(?:什么|啥)/u;

/**
 * The first chunk under the heading opening with a part's number ("五、开展成效统计监测") in the
 * notice the question fits best, as its index; undefined when several fit equally or none has the part.
 */
export function partChunk(knowledge: Knowledge, opening: string, docWeights: ReadonlyMap<string, number> | undefined): number | undefined {
  const weight = (doc: string): number => docWeights?.get(doc) ?? 1;
  const parts = new Map<string, number>();
  knowledge.index.chunks.forEach((chunk, i) => {
    if (chunk.section.startsWith(opening) && !parts.has(chunk.doc)) parts.set(chunk.doc, i);
  });
  const top = Math.max(0, ...[...parts.keys()].map(weight));
  const fitting = [...parts].filter(([doc]) => weight(doc) === top);
  return fitting.length === 1 ? fitting[0]![1] : undefined;
}

export function partAnswer(knowledge: Knowledge, question: string, result: SearchResult, docWeights: ReadonlyMap<string, number> | undefined): Answer | undefined {
  const { query } = result;
  const opening = askedPart(query.normalized);
  if (!opening || query.contentWords.length > 0 || !ABOUT.test(query.normalized)) return undefined;
  const chunkIndex = partChunk(knowledge, opening, docWeights);
  if (chunkIndex === undefined) return undefined;
  const chunk = knowledge.index.chunks[chunkIndex]!;
  return extractiveAnswer(question, { unit: -1, chunk, chunkIndex, sentenceIndex: 0, score: 1 }, { ...result, sentences: [] });
}
