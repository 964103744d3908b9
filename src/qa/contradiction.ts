import type { Chunk } from './chunk.js';
import type { SentenceHit } from './search-index.js';
import type { DocumentProfile, QuestionScope } from './scope.js';
import { ASKS_BATCH } from './lexicon.js';
import { batchesOf } from './shapes.js';
import { normalizeText } from './tokenize.js';

/**
 * Whether the passage chosen contradicts a year the question names: "2020年运用促进工程定了多少个
 * 项目" is not answered by the 2019 notice's count, nor "2024年度监管报告" by the 2023 one's. The
 * question asks about a notice the knowledge does not hold, so the answer says what is missing.
 */

/**
 * "2024年度", "2024年的专用标志年报": a year qualifying the matter (a report's year), which a passage
 * must name as such.
 */
const YEAR_OF = /(?<!\d)(20\d{2})\s*年(?:度|的?[^,，。;；?？\d]{0,8}?(?:年报|年度报告))/g;

const chunkTexts = new WeakMap<object, string>();
const textOf = (hit: SentenceHit): string => {
  let text = chunkTexts.get(hit.chunk);
  if (text === undefined) chunkTexts.set(hit.chunk, (text = normalizeText(`${hit.chunk.title} ${hit.chunk.section} ${hit.chunk.text}`)));
  return text;
};

const MATTER_YEAR = /(?<!\d)(20\d{2})\s*年度/g;

/** The years the notice's matter is of ("2023年度报告"), read from all its chunks once. */
const matterYears = new WeakMap<readonly Chunk[], Map<string, Set<string>>>();
function matterYearsOf(chunks: readonly Chunk[], doc: string): ReadonlySet<string> {
  let byDoc = matterYears.get(chunks);
  if (!byDoc) {
    byDoc = new Map();
    for (const chunk of chunks) {
      const years = byDoc.get(chunk.doc) ?? new Set<string>();
      for (const m of normalizeText(`${chunk.title} ${chunk.section} ${chunk.text}`).matchAll(MATTER_YEAR)) years.add(m[1]!);
      byDoc.set(chunk.doc, years);
    }
    matterYears.set(chunks, byDoc);
  }
  return byDoc.get(doc) ?? new Set();
}

/** The year the question names that neither the passage's notice nor its chunk is of, if any. */
export function contradictedYear(question: string, scope: QuestionScope, profiles: readonly DocumentProfile[], hit: SentenceHit, chunks: readonly Chunk[]): number | undefined {
  const text = textOf(hit);
  const profile = profiles.find((p) => p.doc === hit.chunk.doc);
  // "2024年度…" against a notice on another 年度 (2023年度报告): the matter's year differs.
  const matter = matterYearsOf(chunks, hit.chunk.doc);
  for (const match of normalizeText(question).matchAll(YEAR_OF)) {
    const year = match[1]!;
    if (matter.size > 0 && !matter.has(year)) return Number(year);
  }
  for (const year of scope.years) {
    if (profile?.years.includes(year) || new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) continue;
    return year;
  }
  return undefined;
}

/**
 * The number of a notice the question names (第476号公告, 2023年1234号文) that no notice of the
 * knowledge bears, when the notices are numbered and the passage's chunk does not state it either:
 * the question asks about a notice the knowledge does not hold, whatever another notice says.
 */
export function unheldSerial(scope: QuestionScope, profiles: readonly DocumentProfile[], hit: SentenceHit): number | undefined {
  if (!scope.serial || !profiles.some((p) => p.serial)) return undefined;
  const { year, number } = scope.serial;
  if (profiles.some((p) => p.serial?.number === number && (!year || !p.serial.year || p.serial.year === year))) return undefined;
  return new RegExp(`(?<!\\d)${number}(?!\\d)`).test(textOf(hit)) ? undefined : number;
}

/** The batches each notice names anywhere (its title, headings and text), read once. */
const noticeBatches = new WeakMap<readonly Chunk[], Map<string, Set<string>>>();
function batchesOfNotice(chunks: readonly Chunk[], doc: string): ReadonlySet<string> {
  let byDoc = noticeBatches.get(chunks);
  if (!byDoc) {
    byDoc = new Map();
    for (const chunk of chunks) {
      const batches = byDoc.get(chunk.doc) ?? new Set<string>();
      for (const batch of batchesOf(normalizeText(`${chunk.title} ${chunk.section} ${chunk.text}`))) batches.add(batch);
      byDoc.set(chunk.doc, batches);
    }
    noticeBatches.set(chunks, byDoc);
  }
  return byDoc.get(doc) ?? new Set();
}

/** An ordinal batch as a question names it (第二批, 第3批). */
const NAMED_BATCH = /第[一二三四五六七八九十\d]{1,3}批|[首头]批/g;

/**
 * The batch the question names (千企百城第二批, 保护工程第二批项目) when the passage's notice names
 * batches and none of them is it: the notice is about another batch (its 首批), so the question asks
 * about one the knowledge does not hold. The batch asked (哪一批) is read by the ranking.
 */
export function unheldBatch(question: string, hit: SentenceHit, chunks: readonly Chunk[]): string | undefined {
  const normalized = normalizeText(question);
  const named = normalized.match(NAMED_BATCH);
  // Which batch asked ("是第几批？第二还是第三批"): a batch named is a guess at the answer.
  if (!named || ASKS_BATCH.test(normalized)) return undefined;
  const held = batchesOfNotice(chunks, hit.chunk.doc);
  if (held.size === 0 || batchesOf(normalized).some((batch) => held.has(batch))) return undefined;
  return named[0];
}
