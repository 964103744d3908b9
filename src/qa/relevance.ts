import { answerProbability, calibration, type DecisionInput } from './calibration.js';
import type { Coverage, SearchIndex, SearchResult, SentenceHit } from './search-index.js';
import { ARITHMETIC, CUE_TERMS, DOMAIN_TERMS, QUESTION_MARKERS } from './lexicon.js';
import type { QueryAnalysis } from './tokenize.js';
import { namingSibling } from './sibling-sentence.js';

/**
 * Whether the knowledge answers a question: the best of the top few sentences (by how much of
 * the question it covers) and the calibrated probability that it answers (calibration.ts).
 */

/** How many top sentences are considered for coverage. */
const CANDIDATES = 3;
/**
 * …and how far down the top notice's own sentences are, when the top sentence misses a key word of
 * the question that one of them holds ("示范区筹建的工作原则": the title names 示范区筹建 for
 * every sentence, the one naming 工作原则 ranks lower).
 */
const KEY_REACH = 10;
/** Domain vocabulary lifts the topical closeness the LLM floor reads. */
const DOMAIN_BONUS = 0.15;
/** A lower-ranked sentence is chosen over the top one only when it covers this much more. */
const RANK_MARGIN = 0.1;
/**
 * Coverage is read per chunk (a clause's context counts); among sentences of one chunk, the one
 * that itself holds more of the question counts this much more per share held.
 */
const SENTENCE_WEIGHT = 0.3;
/** A sentence of the shape the question asks for (a date, a count, a phone number) counts this much more in the choice. */
const FOCUS_BONUS = 0.1;

export interface Relevance {
  /** The probability that the best passage answers the question (0 for chatter). */
  score: number;
  /** The covered share of the question, before any key-term reading: the LLM's floor. */
  topical: number;
  /** The sentence to answer from (the best-covered of the top few). */
  best?: SentenceHit;
  coverage?: Coverage;
  /** What the decision saw; the eval fits the calibration on it. */
  input?: DecisionInput;
  /** True when the text has no content at all (收到, 哈哈, emoji). */
  chatter: boolean;
  domain: boolean;
}

/**
 * How many of the shapes the question asks for a sentence has: its cues' shapes, the noun a
 * "which one" question asks for, and the act whose time it asks (read from the shapes and text the
 * index keeps of the sentence).
 */
function askedShapesHeld(index: SearchIndex, query: QueryAnalysis, hit: SentenceHit): number {
  const shapes = index.shapes(hit.unit);
  const held = query.cues.filter((kind) => shapes.includes(CUE_TERMS[kind])).length;
  const head = query.askedHead && index.text(hit.unit).includes(query.askedHead) ? 1 : 0;
  return held + head + (query.timedAct && index.namesTimedAct(hit.unit, query.timedAct) ? 1 : 0);
}

export const hasDomainTerm = (normalized: string): boolean => DOMAIN_TERMS.some((term) => normalized.includes(term));

/** How far the first-ranked sentence scores above the second, as a share of its score. */
export function rankingMargin(result: SearchResult): number {
  const [first, second] = result.sentences;
  return first && first.score > 0 ? (first.score - (second?.score ?? 0)) / first.score : 0;
}

/** The answer threshold of the stored calibration. */
export const answerThreshold = (): number => calibration().threshold;

/** True when the relevance says: answer. */
/** A line of a notice's 附件 part: an attachment's title. */
const isAttachmentTitle = (hit: SentenceHit): boolean => /(?:^|›\s*)附件$/u.test(hit.chunk.section.trim());

export const answers = (relevance: Relevance): boolean => !!relevance.best && relevance.score >= answerThreshold();

/**
 * Picks the best sentence and scores it. `model: false` skips the probability (the eval's
 * fitting reads `input` before a calibration exists).
 */
export function judgeRelevance(
  index: SearchIndex,
  result: SearchResult,
  docWeights?: ReadonlyMap<string, number>,
  model: boolean = true,
): Relevance {
  const { query } = result;
  const domain = hasDomainTerm(query.normalized);
  const asksAddressee = query.cues.includes('addressee');
  if (query.contentWords.length === 0 && !domain && !asksAddressee) return { score: 0, topical: 0, chatter: true, domain };
  let best: SentenceHit | undefined;
  let bestCoverage = -1;
  const top = result.sentences[0];
  const weightOf = (hit: SentenceHit): number => docWeights?.get(hit.chunk.doc) ?? 1;
  const topShapes = top ? askedShapesHeld(index, query, top) : 0;
  // (a sentence's coverage is read more than once below: the choice, the reach, the sibling)
  const coverages = new Map<SentenceHit, Coverage>();
  const coverageOf = (hit: SentenceHit): Coverage => {
    const known = coverages.get(hit);
    if (known) return known;
    const covered = index.coverage(query, hit);
    coverages.set(hit, covered);
    return covered;
  };
  for (const hit of [...result.sentences.slice(0, CANDIDATES), ...holdingMissedKeys(result, coverageOf)]) {
    // Coverage never moves the answer to a notice the question fits less than the top sentence's,
    // nor to a sentence of fewer of the asked shapes (the system asked for, a duty, a date).
    if (top && hit !== top && ((hit.chunk.doc !== top.chunk.doc && weightOf(hit) < weightOf(top)) || askedShapesHeld(index, query, hit) < topShapes)) continue;
    const covered = coverageOf(hit);
    // A salutation lists addressees; it answers only whom the notice is for.
    if (best && covered.salutation) continue;
    // (an attachment's file name is a title, all keys and no statement: how much of it the question
    // covers says nothing of how well it answers, "59家核准使用…企业名单" against the sentence stating it)
    const own = isAttachmentTitle(hit) ? 0 : covered.sentenceShare;
    const coverage = covered.share + SENTENCE_WEIGHT * own + FOCUS_BONUS * (1 - covered.missedCueShare) - (best ? RANK_MARGIN : 0);
    if (coverage > bestCoverage) {
      best = hit;
      bestCoverage = coverage;
    }
  }
  const question = QUESTION_MARKERS.test(query.normalized);
  if (!best) return { score: 0, topical: 0, chatter: !domain && !question, domain };
  const chosen = coverageOf(best);
  // ranked as the chunk it is of: the sibling naming the matter stands where the chosen one stood
  const topRanked = best === result.sentences[0];
  const shapes = askedShapesHeld(index, query, best);
  const sibling = namingSibling(best, chosen, result, coverageOf, (hit) => askedShapesHeld(index, query, hit) >= shapes);
  if (sibling) best = sibling.hit;
  const coverage = sibling?.coverage ?? chosen;
  // A question-type cue alone ("今天几号了") or numbers alone ("160加25等于多少") shared with a
  // passage is not a question about the notices; whom "this document" is addressed to is (its
  // salutation answers it).
  if ((!coverage.anyWord || coverage.numbersOnly) && !domain && !asksAddressee) {
    return { score: 0, topical: 0, best, coverage, chatter: !question, domain };
  }
  // "48加59一共多少家": a sum the asker composes is no fact a notice states, whatever passage shares its numbers
  if (ARITHMETIC.test(query.normalized)) return { score: 0, topical: 0, best, coverage, chatter: false, domain };
  const input: DecisionInput = { coverage, domain, docFit: docWeights?.get(best.chunk.doc) ?? 1, margin: rankingMargin(result), topRanked };
  return { score: model ? answerProbability(input) : 0, topical: Math.min(1, coverage.share + (domain ? DOMAIN_BONUS : 0)), best, coverage, input, chatter: false, domain };
}

/** Sentences of the top one's notice, ranked below the few considered, that hold a key word the top one misses. */
function holdingMissedKeys(result: SearchResult, coverageOf: (hit: SentenceHit) => Coverage): SentenceHit[] {
  const top = result.sentences[0];
  const missed = top ? coverageOf(top).missingKeys : [];
  if (!top || missed.length === 0) return [];
  // (…and misses fewer: one trading a key word for another is no better)
  return result.sentences.slice(CANDIDATES, KEY_REACH).filter((hit) => {
    const covered = coverageOf(hit);
    return hit.chunk.doc === top.chunk.doc && covered.missingKeys.length < missed.length && missed.some((key) => covered.heldKeys.includes(key));
  });
}

/** The strict gate: a question, with domain vocabulary, that the knowledge surely answers. */
export function isSurelyRelevant(index: SearchIndex, text: string, docWeights?: ReadonlyMap<string, number>): boolean {
  if (text.length > 500) return false;
  const result = index.search(text, CANDIDATES, { docWeights });
  if (!QUESTION_MARKERS.test(result.query.normalized)) return false;
  const relevance = judgeRelevance(index, result, docWeights);
  return relevance.domain && !!relevance.best && relevance.score >= calibration().sure;
}
