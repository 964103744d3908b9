import type { Coverage } from './coverage.js';
import type { SearchResult, SentenceHit } from './search-index.js';

/**
 * Coverage is read per chunk, so the sentences of one chunk cover a question alike; the one the
 * ranking put first may hold only the notice's topic words (核准改革试点) while a sentence after it
 * holds the asker's matter itself (广东省 in the list of provinces). That sentence answers: it holds
 * every key word the chunk holds, and more of them than the chosen one does itself.
 */
export function namingSibling(
  best: SentenceHit,
  coverage: Coverage,
  result: SearchResult,
  coverageOf: (hit: SentenceHit) => Coverage,
  /** Whether a sentence is of the asked shapes as much as `best` (a date, a duty, an office). */
  asShaped: (hit: SentenceHit) => boolean,
): { hit: SentenceHit; coverage: Coverage } | undefined {
  const held = coverage.heldKeys;
  if (held.length === 0 || (coverage.sentenceKeys ?? []).length === held.length) return undefined;
  for (const hit of result.sentences) {
    if (hit === best || hit.chunkIndex !== best.chunkIndex) continue;
    const other = coverageOf(hit);
    // of the asked shapes, or giving a strictly asked kind the chosen one lacks (a place named, not an office addressed)
    const shaped = asShaped(hit) ? other.missedCues.length <= coverage.missedCues.length : other.missedCues.length < coverage.missedCues.length;
    if (shaped && held.every((word) => other.sentenceKeys?.includes(word))) return { hit, coverage: other };
  }
  return undefined;
}
