import type { Chunk } from './chunk.js';
import { normalizeText } from './tokenize.js';

/**
 * A question quoting a part's heading whole ("发挥示范带动作用 具体要求是啥", "填报方式是啥") is about the
 * notice whose part that is: another notice's sentence that happens to share the words (…发挥引领和
 * 辐射带动作用) answers some other matter.
 */

/** A heading shorter than this (after its numbering) is too common a phrase to name a part. */
const MIN_HEADING = 4;

/** The weight of the other notices when the question quotes one notice's heading. */
const OTHER_NOTICE = 0.35;

/** A part's numbering: 一、, (一), 1. */
const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])\s*/;

/** The headings of each notice's parts, numbering dropped (section paths are joined by " › "). */
export function headingsByDoc(chunks: readonly Chunk[]): Map<string, Set<string>> {
  const headings = new Map<string, Set<string>>();
  for (const chunk of chunks) {
    for (const part of chunk.section.split(' › ')) {
      if (!NUMBERING.test(part)) continue;
      const heading = normalizeText(part.replace(NUMBERING, ''));
      if (heading.length < MIN_HEADING) continue;
      if (!headings.has(chunk.doc)) headings.set(chunk.doc, new Set());
      headings.get(chunk.doc)!.add(heading);
    }
  }
  return headings;
}

/**
 * The document weights with the notices whose headings the question does not quote weighed down,
 * when it quotes the headings of some notices but not of all; else the weights unchanged.
 */
export function quotedHeadingWeights(normalized: string, headings: ReadonlyMap<string, ReadonlySet<string>>, docs: readonly string[], weights: ReadonlyMap<string, number> | undefined): ReadonlyMap<string, number> | undefined {
  const quoting = new Set([...headings].filter(([, own]) => [...own].some((heading) => normalized.includes(heading))).map(([doc]) => doc));
  if (quoting.size === 0 || quoting.size === docs.length) return weights;
  const weighed = docs.map((doc) => [doc, (weights?.get(doc) ?? 1) * (quoting.has(doc) ? 1 : OTHER_NOTICE)] as const);
  // the best fitting notice weighs 1, as every scope's does
  const best = Math.max(...weighed.map(([, weight]) => weight));
  return new Map(weighed.map(([doc, weight]) => [doc, weight / best]));
}
