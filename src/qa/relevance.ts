import type { Coverage, SearchIndex, SearchResult, SentenceHit } from './index.js';
import { DOMAIN_TERMS, QUESTION_MARKERS } from './lexicon.js';

/**
 * Whether the knowledge answers a question: the share of the question's content terms
 * (IDF-weighted, unknown words weighing most) that the best passage covers, plus a small bonus
 * for domain vocabulary — capped when the passage shares only the topic (地理标志, 名录 …) and not
 * the question's key terms. Calibrated on the dev and probe sets, not on particular questions.
 */

/** Answer when the relevance reaches this. */
export const ANSWER_THRESHOLD = 0.5;
/** The strict gate for unaddressed group messages. */
export const SURE_THRESHOLD = 0.85;
const DOMAIN_BONUS = 0.15;
/** Below this covered share of its key terms, a passage only shares the topic with the question. */
const KEY_MIN = 0.35;
/** The score of a passage that lacks the shape a strict cue asks for (below ANSWER_THRESHOLD). */
const STRICT_MISS_SCORE = 0.3;
/** How many top sentences are considered for coverage. */
const CANDIDATES = 3;

export interface Relevance {
  /** How well the best passage answers the question (the extractive answerer's gate). */
  score: number;
  /**
   * How close the question is to the knowledge by topic alone, before the key-term gate: an
   * LLM reading the passages can still judge questions the extractive answerer must decline.
   */
  topical: number;
  /** The sentence to answer from (the best-covered of the top few). */
  best?: SentenceHit;
  /** True when the text has no content at all (收到, 哈哈, emoji). */
  chatter: boolean;
  domain: boolean;
}

/**
 * The coverage score, capped when the passage shares only the topic with the question: its
 * key terms (the non-generic words, see `Coverage.keyShare`) are mostly missing, or it lacks
 * the shape a strict cue asks for (a deadline).
 */
function gated(coverage: Coverage, bonus = 0): number {
  let score = coverage.share + bonus;
  if (coverage.keyShare !== undefined && coverage.keyShare < KEY_MIN) score = Math.min(score, coverage.keyShare);
  if (coverage.missesStrictCue) score = Math.min(score, STRICT_MISS_SCORE);
  return score;
}

export const hasDomainTerm = (normalized: string): boolean => DOMAIN_TERMS.some((term) => normalized.includes(term));

export function judgeRelevance(index: SearchIndex, result: SearchResult): Relevance {
  const { query } = result;
  const domain = hasDomainTerm(query.normalized);
  if (query.contentWords.length === 0 && !domain) return { score: 0, topical: 0, chatter: true, domain };
  let best: SentenceHit | undefined;
  let bestCoverage = -1;
  for (const hit of result.sentences.slice(0, CANDIDATES)) {
    // Prefer the top-ranked sentence unless a lower one covers clearly more of the question.
    const covered = index.coverage(query, hit);
    // A salutation lists addressees; it answers only whom the notice is for.
    if (best && covered.salutation) continue;
    const coverage = covered.share - (best ? 0.1 : 0);
    if (coverage > bestCoverage) {
      best = hit;
      bestCoverage = coverage;
    }
  }
  const question = QUESTION_MARKERS.test(query.normalized);
  if (!best) {
    const score = domain ? DOMAIN_BONUS : 0;
    return { score, topical: score, chatter: !domain && !question, domain };
  }
  const coverage = index.coverage(query, best);
  // A question-type cue alone ("今天几号了") is not a question about the notices; whom "this
  // document" is addressed to is (its salutation answers it).
  const asksAddressee = query.cues.includes('addressee');
  if (!coverage.anyWord && !domain && !asksAddressee) {
    return { score: 0, topical: 0, best, chatter: !question, domain };
  }
  const bonus = domain ? DOMAIN_BONUS : 0;
  return { score: Math.min(1, gated(coverage, bonus)), topical: Math.min(1, coverage.share + bonus), best, chatter: false, domain };
}

/** The strict gate: a question, with domain vocabulary, that the knowledge covers well. */
export function isSurelyRelevant(index: SearchIndex, text: string): boolean {
  if (text.length > 500) return false;
  const result = index.search(text, CANDIDATES);
  if (!QUESTION_MARKERS.test(result.query.normalized)) return false;
  const relevance = judgeRelevance(index, result);
  return relevance.domain && relevance.score >= SURE_THRESHOLD;
}
