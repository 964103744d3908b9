import { t } from '../texts.js';
import { deadlineNote } from './dates.js';
import { citationOf, fitted, MAX_ANSWER, SEVERAL_TITLE, sourceLabel } from './extractive.js';
import { quoteOf, type Cited, type NoticeFacts } from './particular-facts.js';
import { TITLE_ISSUER, type Particular } from './particular-words.js';
import type { Answer } from './types.js';

/** The replies to a question about a notice's particular: from its 文件信息, for several notices, or from a citing sentence. */

/** A decline quotes this much of the facts chunk or of the citing sentence at most. */
const MAX_QUOTE = 120;

export interface Asking {
  question: string;
  particular: Particular;
  yearOf: (doc: string) => number | undefined;
  today: string;
}

const noted = (asking: Asking, doc: string, quote: string): string => deadlineNote(quote, asking.yearOf(doc), asking.today, false);
const what = (particular: Particular): string => t(`qa.particular.what.${particular}`);
const clipped = (text: string): string => (text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text);
const answered = (question: string, answer: string, citations: Answer['citations'], declined = false): Answer => ({ question, answer, declined, citations, via: 'extractive' });

export function oneNotice(asking: Asking, notice: NoticeFacts): Answer {
  const { question, particular } = asking;
  const chunk = notice.meta ?? notice.first;
  const quote = quoteOf(notice, particular);
  if (quote !== undefined) {
    const key = particular === 'title' ? 'qa.particular.title' : 'qa.answer';
    const answer = fitted(chunk, (source) => `${t(key, { source, quote }).trimEnd()}${noted(asking, notice.doc, quote)}`);
    return answered(question, answer, [citationOf(chunk, quote)]);
  }
  if (!notice.meta) return answered(question, fitted(chunk, (source) => t('qa.particular.unstated_bare', { source, what: what(particular) })), [], true);
  const facts = clipped(notice.meta.text);
  const answer = fitted(notice.meta, (source) => t('qa.particular.unstated', { source, what: what(particular), quote: facts }));
  return answered(question, answer, [citationOf(notice.meta, facts)], true);
}

export function severalNotices(asking: Asking, notices: NoticeFacts[]): Answer {
  const { question, particular } = asking;
  const citations: Answer['citations'] = [];
  const lines = notices.map((notice, i) => {
    const chunk = notice.meta ?? notice.first;
    const source = sourceLabel(chunk, SEVERAL_TITLE);
    const quote = quoteOf(notice, particular);
    if (quote === undefined) return t('qa.particular.several_unstated', { n: i + 1, source, what: what(particular) });
    citations.push(citationOf(chunk, quote));
    return t('qa.several_item', { n: i + 1, source, quote, note: noted(asking, notice.doc, quote) });
  });
  const answer = [t('qa.particular.several', { count: notices.length }), ...lines].join('\n').slice(0, MAX_ANSWER);
  return answered(question, answer, citations, citations.length === 0);
}

export function citedDocument(asking: Asking, cited: Cited): Answer {
  const { question, particular } = asking;
  const quote = clipped(cited.sentence.trim());
  const stated = particular === 'docNumber' || particular === 'title' || (particular === 'issuer' && TITLE_ISSUER.test(cited.title));
  const answer = stated
    ? fitted(cited.chunk, (source) => `${t('qa.answer', { source, quote }).trimEnd()}${noted(asking, cited.chunk.doc, quote)}`)
    : fitted(cited.chunk, (source) => t('qa.particular.cited_unstated', { source, what: what(particular), quote }));
  return answered(question, answer, [citationOf(cited.chunk, quote)], !stated);
}

