import { t } from '../texts.js';
import { citationOf, declinedAnswer, fitted } from './extractive.js';
import { partAsked, partChunk } from './part-answer.js';
import type { Knowledge } from './respond.js';
import type { SearchResult } from './search-index.js';
import type { Answer } from './types.js';

/**
 * "第一条标题是什么", "第五条叫什么", "年报那个通知第二条叫啥": a question naming a numbered part of a
 * notice and asking only its title is answered with the part's heading, as the notice's chunks keep
 * it, and cites it.
 */

/** Asking a name: 标题, 题目, 叫什么. */
const ASKS_TITLE = /标题|题目|名称|名字|叫(?:做|作)?(?:什么|啥)/u;

/** The words by which such a question names the title asked: no matter a part must hold. */
const TITLE_WORDS = new Set(['标题', '小标题', '题目', '名称', '名字']);

export function partTitleAnswer(knowledge: Knowledge, question: string, result: SearchResult, docWeights: ReadonlyMap<string, number> | undefined): Answer | undefined {
  const { normalized } = result.query;
  const opening = ASKS_TITLE.test(normalized) ? partAsked(normalized, (word) => TITLE_WORDS.has(word)) : undefined;
  if (!opening) return undefined;
  const chunkIndex = partChunk(knowledge, opening, docWeights);
  if (chunkIndex === 'absent') return declinedAnswer(question);
  if (chunkIndex === undefined) return undefined;
  const chunk = knowledge.index.chunks[chunkIndex]!;
  const heading = chunk.section.split(' › ').find((part) => part.startsWith(opening))!;
  const answer = fitted(chunk, (source) => t('qa.part_title', { source, heading }));
  return { question, answer, declined: false, citations: [citationOf(chunk, heading)], via: 'extractive' };
}
