import { sentenceOf } from './extractive.js';
import { CUE_TERMS } from './lexicon.js';
import type { SearchIndex, SearchResult, SentenceHit } from './search-index.js';

/**
 * A deadline asked where the notice sets two for its matter (年报: the contact list by 1月15日, the
 * filling until 3月31日): the second, ranked close to the first, is given too, so the officer sees
 * both rather than the one the ranking happened to put first.
 */

/** The second deadline must score this share of the top sentence at least. */
const CLOSE = 0.85;
/** … and be among this many of the best sentences. */
const CLOSE_RANKS = 3;

export function secondDeadline(index: SearchIndex, result: SearchResult, best: SentenceHit, quoted: string): SentenceHit | undefined {
  const shape = CUE_TERMS.deadline;
  if (!result.query.cues.includes('deadline') || !index.shapes(best.unit).includes(shape)) return undefined;
  const top = result.sentences[0]?.score ?? best.score;
  return result.sentences
    .slice(0, CLOSE_RANKS)
    .find(
      (hit) =>
        hit.unit !== best.unit &&
        hit.chunk.doc === best.chunk.doc &&
        hit.score >= top * CLOSE &&
        index.shapes(hit.unit).includes(shape) &&
        !quoted.includes(sentenceOf(hit)),
    );
}
