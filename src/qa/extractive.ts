import { t } from '../texts.js';
import { endsSentence, hasOwnTitle, type Chunk } from './chunk.js';
import type { SearchResult, SentenceHit } from './search-index.js';
import type { Answer, Citation, Passage } from './types.js';

/**
 * The default answerer: quotes the best 1–3 sentences of the best chunk (at most 200
 * characters) in a short reply that names the document and section.
 */

export const MAX_QUOTE = 200;
export const MAX_ANSWER = 300;

/** A sentence this short rarely stands alone; quote its neighbour too. */
const SHORT_SENTENCE = 40;
/** Another sentence of the same chunk joins the quote when it scores this close to the best. */
const CLOSE_SCORE = 0.85;
/** A sentence speaking of what the one before names (核准上述企业…, 对前述单位…), and the noun it names it by. */
const REFERS_BACK = /(?:上述|前述)(\p{Script=Han}{2})/u;

/** Citation section: "doc number · heading" when the document has a number. */
export function citationSection(chunk: Pick<Chunk, 'docNumber' | 'section'>): string {
  return chunk.docNumber ? `${chunk.docNumber} · ${chunk.section}` : chunk.section;
}

/**
 * Picks the sentences to quote, in document order: the best one always, then sentences of the
 * same chunk that score close to it, the sentence a best one referring back (上述企业) speaks of,
 * then the following sentence when the quote is very short.
 */
function quoteSentences(best: SentenceHit, result: SearchResult, max: number): number[] {
  const { chunk } = best;
  const chosen = [best.sentenceIndex];
  let total = chunk.sentences[best.sentenceIndex]!.length;
  const add = (i: number): void => {
    const length = chunk.sentences[i]!.length;
    if (chosen.length >= 3 || chosen.includes(i) || total + length > max) return;
    chosen.push(i);
    total += length;
  };
  for (const hit of result.sentences) {
    if (hit.chunkIndex === best.chunkIndex && hit.score >= best.score * CLOSE_SCORE) add(hit.sentenceIndex);
  }
  // … it is quoted with the clause of the sentence before that names them (…等24个产品的48家企业,), when the quote holds it
  const noun = REFERS_BACK.exec(chunk.sentences[best.sentenceIndex]!)?.[1];
  for (let i = best.sentenceIndex - 1; noun && i >= 0 && (i === best.sentenceIndex - 1 || !endsSentence(chunk.sentences[i]!)); i--) {
    if (!chunk.sentences[i]!.includes(noun)) continue;
    add(i);
    break;
  }
  // A short clause piece needs the clause before it; a short whole sentence, the one after.
  const previous = best.sentenceIndex - 1;
  if (total < SHORT_SENTENCE && previous >= 0 && !endsSentence(chunk.sentences[previous]!)) add(previous);
  for (let next = best.sentenceIndex + 1; total < SHORT_SENTENCE && next < chunk.sentences.length; next++) add(next);
  // A clause piece is quoted with the start of its sentence when the whole fits: "经…申报、…推荐、…复核并公示,确定…"
  let start = best.sentenceIndex;
  while (start > 0 && !endsSentence(chunk.sentences[start - 1]!)) start--;
  const opening = chunk.sentences.slice(start, best.sentenceIndex);
  if (opening.length > 0 && opening.length + chosen.length <= 3 && opening.every((_, i) => !chosen.includes(start + i)) && total + opening.join('').length <= max) {
    opening.forEach((_, i) => add(start + i));
  }
  return chosen.sort((a, b) => a - b);
}

/** Joins the quoted sentences of a chunk, marking a gap between non-adjacent ones. */
function joinQuote(sentences: readonly string[], chosen: readonly number[], max: number): string {
  const text = chosen.map((i, at) => `${at > 0 && chosen[at - 1] !== i - 1 ? '……' : ''}${sentences[i]!.trim()}`).join('');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "《title》（number）「section」" with the title cut to `titleBudget` characters. */
export function sourceLabel(chunk: Chunk, titleBudget: number): string {
  const title = chunk.title.length > titleBudget ? `${chunk.title.slice(0, Math.max(8, titleBudget - 1))}…` : chunk.title;
  // An untitled copy stands under its number: named once, not as a title too.
  if (chunk.docNumber && !hasOwnTitle(chunk)) return t('qa.source_number_only', { number: chunk.docNumber, section: chunk.section });
  return chunk.docNumber
    ? t('qa.source_with_number', { title, number: chunk.docNumber, section: chunk.section })
    : t('qa.source_without_number', { title, section: chunk.section });
}

/** Renders `template(source)` within MAX_ANSWER by shortening the title in the source label. */
export function fitted(chunk: Chunk, template: (source: string) => string): string {
  let text = template(sourceLabel(chunk, 60));
  if (text.length > MAX_ANSWER) text = template(sourceLabel(chunk, Math.max(8, chunk.title.length - (text.length - MAX_ANSWER) - 1)));
  return text.slice(0, MAX_ANSWER);
}

export const citationOf = (chunk: Chunk, quote: string): Citation => ({ doc: chunk.doc, title: chunk.title, section: citationSection(chunk), quote });

/** The quote an answer from `best` gives: its best sentences, at most `max` characters. */
export function quoteFor(best: SentenceHit, result: SearchResult, max = MAX_QUOTE): string {
  return joinQuote(best.chunk.sentences, quoteSentences(best, result, max), max);
}

/**
 * The extractive answer from a search result whose best sentence was judged relevant; `note`
 * follows the quote (a deadline that has passed, the days left).
 */
export function extractiveAnswer(question: string, best: SentenceHit, result: SearchResult, note = ''): Answer {
  const quote = quoteFor(best, result);
  const answer = fitted(best.chunk, (source) => `${t('qa.answer', { source, quote })}${note}`);
  return { question, answer, declined: false, citations: [citationOf(best.chunk, quote)], via: 'extractive' };
}

/** One notice's part of an answer from several notices. */
export interface AnswerPart {
  best: SentenceHit;
  result: SearchResult;
  /** What follows its quote (a deadline that has passed). */
  note: (quote: string) => string;
}

/** The sentence a hit is, as the notice writes it. */
export const sentenceOf = (hit: SentenceHit): string => (hit.chunk.sentences[hit.sentenceIndex] ?? '').trim();

/** A decline quotes only the related sentence, this long at most. */
const MISSING_QUOTE = 120;

/** Title budget of each source label in an answer from several notices. */
export const SEVERAL_TITLE = 24;

/** An answer from several notices that fit the question equally: each quoted and cited, within MAX_ANSWER. */
export function severalAnswer(question: string, parts: AnswerPart[]): Answer {
  const header = t('qa.several', { count: parts.length });
  const labels = parts.map((part) => sourceLabel(part.best.chunk, SEVERAL_TITLE));
  const notes = parts.map((part) => part.note(quoteFor(part.best, part.result)));
  const frame = parts.reduce((sum, _, i) => sum + t('qa.several_item', { n: i + 1, source: labels[i]!, quote: '', note: notes[i]! }).length + 1, header.length);
  const budget = Math.max(20, Math.floor((MAX_ANSWER - frame) / parts.length));
  const quotes = parts.map((part) => quoteFor(part.best, part.result, budget));
  const lines = parts.map((_, i) => t('qa.several_item', { n: i + 1, source: labels[i]!, quote: quotes[i]!, note: notes[i]! }));
  const answer = [header, ...lines].join('\n').slice(0, MAX_ANSWER);
  return { question, answer, declined: false, citations: parts.map((part, i) => citationOf(part.best.chunk, quotes[i]!)), via: 'extractive' };
}

/**
 * A decline that says what the notice does not state (`what`), quoting the related clause so the
 * officer still sees what is there.
 */
export function missingAnswer(question: string, best: SentenceHit, result: SearchResult, what: string): Answer {
  const sentence = sentenceOf(best);
  const quote = sentence.length > MISSING_QUOTE ? `${sentence.slice(0, MISSING_QUOTE - 1)}…` : sentence;
  const answer = fitted(best.chunk, (source) => t('qa.missing', { source, what, quote }));
  return { question, answer, declined: true, citations: [citationOf(best.chunk, quote)], via: 'extractive' };
}

/** A declined answer with the reply saying what the bot can help with. */
export function declinedAnswer(question: string, key: 'qa.declined' | 'qa.chatter' | 'qa.empty' = 'qa.declined'): Answer {
  return { question, answer: t(key), declined: true, citations: [], via: 'extractive' };
}

/** The top chunks as passages for the LLM answerer and for hit@3. */
export function toPassages(result: SearchResult, limit: number): Passage[] {
  return result.chunks.slice(0, limit).map(({ chunk, score }) => chunkPassage(chunk, score));
}

export function chunkPassage(chunk: Chunk, score: number): Passage {
  const { id, doc, title, docNumber, section, text } = chunk;
  return { id, doc, title, docNumber, section, text, score };
}
