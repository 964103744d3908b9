import { citationOf, fitted, MAX_QUOTE } from './extractive.js';
import type { Chunk } from './chunk.js';
import { t } from '../texts.js';
import { ATTACHMENT_SECTION, type SearchResult } from './search-index.js';
import type { Answer } from './types.js';
import { NOTICE_WORDS } from './particular-words.js';

/**
 * "通知有几个附件", "附件都是啥": a question about a notice's attachments and nothing else is
 * answered by that notice's own attachment list, from the notice the question fits best. Another
 * notice's sentence pointing to its attachments ("见附件1—3") states another notice's count. When
 * several notices fit equally the question is left to the ranking.
 */

/** Asking what they are (附件是啥, 都是什么, 分别叫啥): the count and the list cues cover the rest. */
const ASKS_WHAT = /(?:是|有|叫)(?:什么|啥)|名字|名称/u;

/** Words of a question that ask the attachments' names (分别叫啥名字) or name the notice as such (号文, 通知). */
const ASKING_WORDS = new Set(['分别', '名字', '名称', '全称', '标题', '叫', ...NOTICE_WORDS]);

/** The attachments, and attaching them: "后面附了啥，几个附件". */
const ATTACHED = new Set(['附件', '附']);

/** The attachment list answering the question, or undefined when it asks more, or no one notice fits best. */
export function attachmentListAnswer(
  chunks: readonly Chunk[],
  question: string,
  result: SearchResult,
  docWeights: ReadonlyMap<string, number> | undefined,
  muted?: ReadonlySet<string>,
): Answer | undefined {
  const { query } = result;
  // Besides 附件, only the words that picked the notice (its number, its title's words) or ask the names.
  const asking = (word: string): boolean => ASKING_WORDS.has(word) || !!muted?.has(word) || /^\d+$/.test(word);
  const onlyAttachments = query.contentWords.includes('附件') && query.contentWords.every((word) => ATTACHED.has(word) || asking(word));
  const asks = query.cues.includes('number') || query.cues.includes('list') || ASKS_WHAT.test(query.normalized);
  if (!onlyAttachments || !asks) return undefined;
  const lists = new Map<string, Chunk[]>();
  for (const chunk of chunks) if (ATTACHMENT_SECTION.test(chunk.section)) lists.set(chunk.doc, [...(lists.get(chunk.doc) ?? []), chunk]);
  const weight = (doc: string): number => docWeights?.get(doc) ?? 1;
  const top = Math.max(0, ...[...lists.keys()].map(weight));
  const fitting = [...lists].filter(([doc]) => weight(doc) === top);
  if (fitting.length !== 1) return undefined;
  const own = fitting[0]![1];
  const items = own.flatMap((chunk) => chunk.sentences.map((sentence) => sentence.trim()));
  const joined = items.join('；');
  const quote = joined.length > MAX_QUOTE ? `${joined.slice(0, MAX_QUOTE - 1)}…` : joined;
  const answer = fitted(own[0]!, (source) => t('qa.answer', { source, quote }));
  return { question, answer, declined: false, citations: [citationOf(own[0]!, quote)], via: 'extractive' };
}
