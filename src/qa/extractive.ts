import { t } from '../bot/texts.js';
import { endsSentence, type Chunk } from './chunk.js';
import type { SearchResult, SentenceHit } from './index.js';
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

/** Citation section: "doc number · heading" when the document has a number. */
export function citationSection(chunk: Pick<Chunk, 'docNumber' | 'section'>): string {
  return chunk.docNumber ? `${chunk.docNumber} · ${chunk.section}` : chunk.section;
}

/**
 * Picks the sentences to quote, in document order: the best one always, then sentences of the
 * same chunk that score close to it, then the following sentence when the quote is very short.
 */
function quoteSentences(best: SentenceHit, result: SearchResult): string[] {
  const { chunk } = best;
  const chosen = [best.sentenceIndex];
  let total = chunk.sentences[best.sentenceIndex]!.length;
  const add = (i: number): void => {
    const length = chunk.sentences[i]!.length;
    if (chosen.length >= 3 || chosen.includes(i) || total + length > MAX_QUOTE) return;
    chosen.push(i);
    total += length;
  };
  for (const hit of result.sentences) {
    if (hit.chunkIndex === best.chunkIndex && hit.score >= best.score * CLOSE_SCORE) add(hit.sentenceIndex);
  }
  // A short clause piece needs the clause before it; a short whole sentence, the one after.
  const previous = best.sentenceIndex - 1;
  if (total < SHORT_SENTENCE && previous >= 0 && !endsSentence(chunk.sentences[previous]!)) add(previous);
  for (let next = best.sentenceIndex + 1; total < SHORT_SENTENCE && next < chunk.sentences.length; next++) add(next);
  return chosen.sort((a, b) => a - b).map((i) => chunk.sentences[i]!);
}

/** Joins quoted sentences, marking a gap between non-adjacent ones. */
function joinQuote(sentences: string[]): string {
  const text = sentences.map((s) => s.trim()).join('……');
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

function sourceLabel(chunk: Chunk, titleBudget: number): string {
  const title = chunk.title.length > titleBudget ? `${chunk.title.slice(0, Math.max(8, titleBudget - 1))}…` : chunk.title;
  return chunk.docNumber
    ? t('qa.source_with_number', { title, number: chunk.docNumber, section: chunk.section })
    : t('qa.source_without_number', { title, section: chunk.section });
}

/** The extractive answer from a search result whose best sentence was judged relevant. */
export function extractiveAnswer(question: string, best: SentenceHit, result: SearchResult): Answer {
  const sentences = quoteSentences(best, result);
  const quote = joinQuote(sentences.length > 0 ? sentences : [best.chunk.sentences[best.sentenceIndex]!]);
  let answer = t('qa.answer', { source: sourceLabel(best.chunk, 60), quote });
  if (answer.length > MAX_ANSWER) {
    const overflow = answer.length - MAX_ANSWER;
    answer = t('qa.answer', { source: sourceLabel(best.chunk, Math.max(8, best.chunk.title.length - overflow - 1)), quote });
  }
  const citation: Citation = { doc: best.chunk.doc, title: best.chunk.title, section: citationSection(best.chunk), quote };
  return { question, answer: answer.slice(0, MAX_ANSWER), declined: false, citations: [citation], via: 'extractive' };
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
