import { Bm25Index, queryTerms } from './bm25.js';
import type { Chunk } from './chunk.js';
import { createCoverage, FOCUS_CUES, type Coverage } from './coverage.js';
import { ASKS_BATCH, CUE_TERMS, NUMBERED_PART, type CueKind } from './lexicon.js';
import { batchesOf, chunkShapes, otherBatch } from './shapes.js';
import { holds, namedCounts } from './named-counts.js';
import { analyze, analyzeQuery, formsOf, normalizeText, type QueryAnalysis } from './tokenize.js';
import { partHeadings, timeHeadingWords, wholeSentenceTexts } from './unit-context.js';

export type { Coverage } from './coverage.js';

/**
 * The lexical index: BM25 over sentence words and sentence character bigrams, fused with a
 * BM25 over whole chunks (the sentence's context and heading). Question-type cues are
 * pseudo-terms that match sentences of the right shape (dates, numbers, enumerations).
 */

/** Options of one search. */
export interface SearchOptions {
  /** Chunk id → 0..1, e.g. from dense retrieval: added to the fused score of every sentence of those chunks. */
  boosts?: ReadonlyMap<string, number>;
  /** Doc id → weight multiplying its sentences' scores (which notice the question is about); 1 when absent. */
  docWeights?: ReadonlyMap<string, number>;
  /**
   * Words that told which notice the question is about (its title's words): they picked the
   * notice, so in ranking its sentences they weigh MUTED_WEIGHT.
   */
  muted?: ReadonlySet<string>;
}

/** The weight of a muted word (and of its bigrams) in the sentence ranking. */
const MUTED_WEIGHT = 0.3;

/** One ranked sentence. */
export interface SentenceHit {
  unit: number;
  chunk: Chunk;
  chunkIndex: number;
  sentenceIndex: number;
  score: number;
}

export interface SearchResult {
  query: QueryAnalysis;
  /** Best sentences, best first. */
  sentences: SentenceHit[];
  /** Best chunks (by their best sentence), best first. */
  chunks: { chunk: Chunk; chunkIndex: number; score: number }[];
}

export interface SearchIndex {
  readonly chunks: readonly Chunk[];
  /** Ranks sentences for a question. */
  search(question: string, limit?: number, options?: SearchOptions): SearchResult;
  /** Share of the question's content (IDF-weighted) that a chunk contains; cues count when the sentence has their shape. */
  coverage(query: QueryAnalysis, hit: SentenceHit): Coverage;
  /**
   * A sentence unit's shape terms (`chunkShapes` of its chunk) and its normalized text, kept from
   * indexing. Units are numbered in chunk order, then sentence order (`SentenceHit.unit`).
   */
  shapes(unit: number): readonly string[];
  text(unit: number): string;
  /** Whether a sentence names an act (its words, synonyms folded), or its part's heading names the act's time (二、填报时间). */
  namesTimedAct(unit: number, act: string): boolean;
}

/** A sentence of the shape the question asks for (a date for 什么时候) scores up to this much more. */
const CUE_BOOST = 0.5;

/**
 * A sentence of none of the shapes the question's focus asks for (a phone number for 打哪个电话, a
 * date for 什么时候) scores this share: it may name the matter, but it does not state the fact asked.
 */
const FOCUS_MISS_FACTOR = 0.65;

/** A sentence about another batch than the one asked (首批 for 第二批) scores this share: it is about another list. */
const OTHER_BATCH_FACTOR = 0.6;

/**
 * A count the question names ("54个示范区", "那160件") that a sentence's chunk does not hold scores
 * this share: the passage is about another set than the one asked about.
 */
const OTHER_COUNT_FACTOR = 0.6;

/** … and a sentence that itself holds them scores this much more. */
const OWN_COUNT_BOOST = 0.3;

/** A salutation line names addressees only; for any other question it scores this share. */
const SALUTATION_FACTOR = 0.3;

/** An attachment list names documents, not facts; unless the question is about attachments it scores this share. */
const ATTACHMENT_FACTOR = 0.3;

/**
 * A question asking when something starts and when it ends (几号开始填 到哪天截止, 起止时间, 几号到几号)
 * asks a period: a sentence giving one (1月15日至3月31日) scores this much more, any other this share
 * (a single date, 1月15日前, states one end of something, not the period asked).
 */
const PERIOD_BOOST = 0.3;
const PERIOD_MISS = 0.8;
/** How a question asks a period: both its ends (起止, 从哪天到哪天, 几号开始…填到几号, 几号到几号); a start alone (哪天开始) asks one date. */
export const ASKS_PERIOD = /起止|起讫|开始.{0,12}(?:截止|结束|到|至)|[从自]\s?(?:什么时候|啥时候|何时|哪一?天|几号|几月).{0,6}(?:到|至)|(?:几|多少|哪一?)[号天日]\s?(?:到|至)\s?(?:几|多少|哪一?)[号天日]/;
/** A period: a date (a day or a month), then 至/到/—, then another date. */
export const PERIOD = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?起?\s?(?:至|到|—|–|-|~|～)\s?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?/;

/**
 * A sentence of the shape asked (a date) naming the act whose time is asked (填报 of 什么时候填报),
 * itself or by its part's heading naming the act's time (二、填报时间), scores this much more; one
 * naming it nowhere this share: its date is another act's (请于1月15日前将联系人信息发送至…).
 */
const TIMED_ACT_BOOST = 0.5;
const TIMED_ACT_MISS = 0.6;

/** A sentence of the part the question names by its number ("第三部分") scores this much more. */
const PART_BOOST = 0.5;

/** A sentence naming a batch, when the question asks which batch, scores this much more. */
const BATCH_BOOST = 0.3;

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** The opening of the numbered part a question names ("第三部分" → "三、"; "第5条" → "五、"), if any. */
export function askedPart(normalized: string): string | undefined {
  const ordinal = NUMBERED_PART.exec(normalized)?.[1];
  if (ordinal === undefined) return undefined;
  const numeral = /^\d+$/.test(ordinal) ? NUMERALS[Number(ordinal)] : ordinal;
  return numeral ? `${numeral}、` : undefined;
}

/**
 * A list ending in the asked head noun ("…等方面" for 哪几个方面), or under a part's heading naming it
 * (一、填报范围和内容 for 要填哪些内容), scores this much more.
 */
const LIST_HEAD_BOOST = 0.5;

/**
 * A sentence naming the noun a "which one" question asks for (系统 of 哪个系统) scores this much more,
 * one without it this share: it does not name the one asked for.
 */
const ASKED_HEAD_BOOST = 0.3;
const ASKED_HEAD_MISS = 0.65;
/** A sentence naming what a question asking a list sets aside ("除了专项计划，还鼓励参与哪些工作") scores this share. */
const SET_ASIDE_FACTOR = 0.6;
/** A document asked for (哪个规定, 哪个文件) is named by its title in 《》. */
const DOCUMENT_NOUN = /^(?:文件|规定|办法|通知|方案|公告|意见|文号)$/;

/**
 * A bound multiplies the factors in another order than the score does, so their last bits may
 * differ: it is raised by this much, and never passes over a unit whose score could tie.
 */
const ROUNDING_SLACK = 1 + 1e-9;

/** Fusion weights: sentence words, sentence bigrams, chunk context, and the optional dense boost. */
const WEIGHTS = { words: 0.45, grams: 0.35, context: 0.2, dense: 0.3 };

/** The section of a notice's attachment list. */
export const ATTACHMENT_SECTION = /^附\s*件/u;

const CUE_KINDS = Object.keys(CUE_TERMS) as CueKind[];
const cueBit = (term: string): number => 1 << CUE_KINDS.findIndex((kind) => CUE_TERMS[kind] === term);
/** The focus cues as shape bits. */
/**
 * The shapes the ranking requires of a sentence when asked: the focus cues, and a duty (省局要干什么:
 * a sentence whose subject 要… or a request 请…) or a year (哪年): a sentence without it may name the
 * matter but does not state the fact asked.
 */
const FOCUS_BITS = [...FOCUS_CUES, 'duty' as const, 'year' as const].reduce((bits, kind) => bits | cueBit(CUE_TERMS[kind]), 0);
const popcount = (bits: number): number => {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
};

/**
 * Inserts a unit into a best-first list of `length` entries capped at `limit` (after those of an
 * equal score: the earlier candidate stays first); returns the new length.
 */
function insertSorted(units: Int32Array, scores: Float64Array, length: number, limit: number, unit: number, score: number): number {
  let i = length < limit ? length : limit - 1;
  while (i > 0 && scores[i - 1]! < score) {
    units[i] = units[i - 1]!;
    scores[i] = scores[i - 1]!;
    i--;
  }
  units[i] = unit;
  scores[i] = score;
  return length < limit ? length + 1 : length;
}

/** What ranking the candidates of one search reads besides the index. */
interface Ranking {
  /** Per chunk, its context score, times `contextScale` added to each of its sentences' fused scores. */
  contextScores: Float64Array;
  contextScale: number;
  /** Per document position, its notice weight (none: 1). */
  weightOfDoc: Float64Array | undefined;
  /** The shape bits the question's cues ask for, the boost per cue held, and the shapes its focus requires. */
  queryBits: number;
  cueScale: number;
  focusBits: number;
  /** The most the factors after these raise a score. */
  ceiling: number;
  /** Those factors (they read the sentence's text): the score after them. */
  trailing: (unit: number, partial: number) => number;
}

export function createSearchIndex(chunks: readonly Chunk[]): SearchIndex {
  const unitChunk: number[] = [];
  const unitSentence: number[] = [];
  const unitWords: string[][] = [];
  const unitGrams: string[][] = [];
  const unitShapes: string[][] = [];
  const unitTexts: string[] = [];
  const unitBatches: string[][] = [];
  const contextWords: string[][] = [];
  const contextGrams: string[][] = [];
  const chunkFirstUnit: number[] = [];
  const chunkById = new Map<string, number>();
  /** Per chunk, its document's first chunk and chunk count (a document's chunks are contiguous). */
  const docStart = new Int32Array(chunks.length);
  const docSize = new Int32Array(chunks.length);
  /** Per chunk, the position of its document in `docIds`. */
  const docIndex = new Int32Array(chunks.length);
  const docIds: string[] = [];
  for (let i = 0; i < chunks.length; ) {
    let end = i;
    while (end < chunks.length && chunks[end]!.doc === chunks[i]!.doc) end++;
    for (let j = i; j < end; j++) {
      docStart[j] = i;
      docSize[j] = end - i;
      docIndex[j] = docIds.length;
    }
    docIds.push(chunks[i]!.doc);
    i = end;
  }
  chunks.forEach((chunk, chunkIndex) => {
    chunkFirstUnit.push(unitChunk.length);
    chunkById.set(chunk.id, chunkIndex);
    // Title and programme in every chunk's context, the facts chunk (文号, 成文日期) included.
    const heading = analyze(`${chunk.section} ${chunk.title} ${chunk.docNumber ?? ''} ${chunk.topic}`);
    const words = [...heading.words];
    const grams = [...heading.grams];
    const pieceShapes = chunkShapes(chunk.sentences);
    chunk.sentences.forEach((sentence, sentenceIndex) => {
      const analysis = analyze(sentence);
      const shapes = pieceShapes[sentenceIndex]!;
      unitChunk.push(chunkIndex);
      unitSentence.push(sentenceIndex);
      unitWords.push([...analysis.words, ...shapes]);
      unitGrams.push(analysis.grams);
      unitShapes.push(shapes);
      unitTexts.push(normalizeText(sentence));
      unitBatches.push(batchesOf(unitTexts.at(-1)!));
      words.push(...analysis.words);
      grams.push(...analysis.grams);
    });
    contextWords.push(words);
    contextGrams.push(grams);
  });
  chunkFirstUnit.push(unitChunk.length);
  const wordIndex = new Bm25Index(unitWords);
  const gramIndex = new Bm25Index(unitGrams);
  const contextIndex = new Bm25Index(contextWords);
  const contextGramIndex = new Bm25Index(contextGrams);

  const hitOf = (unit: number, score: number): SentenceHit => ({
    unit,
    chunk: chunks[unitChunk[unit]!]!,
    chunkIndex: unitChunk[unit]!,
    sentenceIndex: unitSentence[unit]!,
    score,
  });

  /** Whether a sentence is in the numbered part opening with `part` ("三、"): its section's heading or its own paragraph. */
  const inPart = (unit: number, part: string): boolean =>
    chunks[unitChunk[unit]!]!.section.split(' › ').some((heading) => heading.startsWith(part)) || unitTexts[unit]!.startsWith(part);

  const timeHeadings = timeHeadingWords(chunks);
  const chunkTexts = chunks.map((chunk) => normalizeText(chunk.text));
  const partHeadingTexts = partHeadings(chunks);
  const sentenceTexts = wholeSentenceTexts(unitChunk, unitTexts);
  /** Written in any of its forms (报 of 报送, as jieba may glue it: 汇总后报): segmentation does not hide it. */
  const namesTimedAct = (unit: number, act: string): boolean =>
    formsOf(act).some((form) => sentenceTexts[unit]!.includes(form)) || timeHeadings[unitChunk[unit]!]!.has(act);
  const fusedScores = new Float64Array(unitChunk.length);
  const attachment = chunks.map((chunk) => ATTACHMENT_SECTION.test(chunk.section));
  const candidates = new Int32Array(unitChunk.length);
  let bestUnits = new Int32Array(10);
  let bestScores = new Float64Array(10);
  const shapeBits = Uint32Array.from(unitShapes, (shapes) => shapes.reduce((bits, term) => bits | cueBit(term), 0));

  /** The notice weights as an array by document position (the same weights object recurs for the same scope). */
  const weightArrays = new WeakMap<ReadonlyMap<string, number>, Float64Array>();
  const docWeightArray = (weights: ReadonlyMap<string, number>): Float64Array => {
    let array = weightArrays.get(weights);
    if (!array) weightArrays.set(weights, (array = Float64Array.from(docIds, (doc) => weights.get(doc) ?? 1)));
    return array;
  };

  /**
   * Keeps the best `keep` of the first `count` candidates (their fused scores zeroed for the next
   * search) in bestUnits/bestScores; returns how many it kept. Its own function: a search whose
   * setup leaves optimized code (a value of another kind than the searches before) still ranks
   * its thousands of candidates in optimized code.
   */
  function rank(count: number, keep: number, { contextScores, contextScale, weightOfDoc, queryBits, cueScale, focusBits, ceiling, trailing }: Ranking): number {
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const unit = candidates[i]!;
      let score = fusedScores[unit]! + contextScores[unitChunk[unit]!]! * contextScale;
      fusedScores[unit] = 0;
      // The factors read from arrays alone (the notice's weight, the shapes), written out here: a
      // function returning the score may box it, for each of thousands of candidates.
      const bits = shapeBits[unit]!;
      if (weightOfDoc) score *= weightOfDoc[docIndex[unitChunk[unit]!]!]!;
      if (queryBits) score *= 1 + cueScale * popcount(bits & queryBits);
      if (focusBits && !(bits & focusBits)) score *= FOCUS_MISS_FACTOR;
      if (kept === keep && score * ceiling <= bestScores[keep - 1]!) continue;
      const final = trailing(unit, score);
      if (kept === keep && final <= bestScores[keep - 1]!) continue;
      kept = insertSorted(bestUnits, bestScores, kept, keep, unit, final);
    }
    return kept;
  }

  function search(question: string, limit = 10, options: SearchOptions = {}): SearchResult {
    const { boosts, docWeights, muted } = options;
    const weightOfDoc = docWeights ? docWeightArray(docWeights) : undefined;
    const query = analyzeQuery(question);
    const isMuted = (term: string): boolean => !!muted && [...muted].some((word) => word.includes(term));
    const weighted = (terms: string[]): [string, number][] =>
      queryTerms(terms).map(([term, weight]) => [term, muted && isMuted(term) ? weight * MUTED_WEIGHT : weight]);
    // fusedScores is all zeros between searches; a unit joins the candidates on its first score.
    let count = 0;
    const add = (unit: number, value: number): void => {
      if (fusedScores[unit] === 0) candidates[count++] = unit;
      fusedScores[unit] = fusedScores[unit]! + value;
    };
    for (const [index, terms, weight] of [
      [wordIndex, query.words, WEIGHTS.words],
      [gramIndex, query.grams, WEIGHTS.grams],
    ] as const) {
      const { ids, scores, max } = index.search(weighted(terms));
      if (max === 0) continue;
      const scale = weight / max;
      // `add`, written out: a call per unit may box its score, thousands of times a search.
      for (let i = 0; i < ids.length; i++) {
        const unit = ids[i]!;
        if (fusedScores[unit] === 0) candidates[count++] = unit;
        fusedScores[unit] = fusedScores[unit]! + scores[unit]! * scale;
      }
    }
    for (const [id, boost] of boosts ?? []) {
      const chunkIndex = chunkById.get(id);
      if (chunkIndex === undefined || boost <= 0) continue;
      for (let unit = chunkFirstUnit[chunkIndex]!; unit < chunkFirstUnit[chunkIndex + 1]!; unit++) add(unit, WEIGHTS.dense * boost);
    }
    const context = contextIndex.search(queryTerms(query.words.filter((w) => !w.startsWith('\u0001'))));
    const contextScale = context.max > 0 ? WEIGHTS.context / context.max : 0;
    const queryBits = query.cues.reduce((bits, kind) => bits | cueBit(CUE_TERMS[kind]), 0);
    const cueScale = query.cues.length ? CUE_BOOST / query.cues.length : 0;
    const addresseeBit = cueBit(CUE_TERMS.addressee);
    const asksAddressee = (queryBits & addresseeBit) !== 0;
    const listEnd = query.listHead ? `等${query.listHead}` : undefined;
    const head = query.askedHead;
    const headIsDocument = head !== undefined && DOCUMENT_NOUN.test(head);
    const counts = namedCounts(query.normalized);
    const asksAttachment = query.words.includes('附件');
    const askedBatches = batchesOf(query.normalized);
    const part = askedPart(query.normalized);
    const asksBatch = ASKS_BATCH.test(query.normalized);
    const asksPeriod = ASKS_PERIOD.test(query.normalized);
    const act = query.timedAct;
    const setAside = query.setAside;
    // Attachments are counted by listing them ("几个附件"): no shape tells their sentence.
    const focusBits = asksAttachment ? 0 : queryBits & FOCUS_BITS;
    const keep = Math.max(limit, 10);
    if (bestUnits.length < keep) [bestUnits, bestScores] = [new Int32Array(keep), new Float64Array(keep)];
    // No factor after those read from arrays alone raises a score by more than this: a unit that cannot reach the kept list is passed over.
    const ceiling = (listEnd !== undefined ? 1 + LIST_HEAD_BOOST : 1) * (head !== undefined ? 1 + ASKED_HEAD_BOOST : 1) * (counts !== undefined ? 1 + OWN_COUNT_BOOST : 1) * (part !== undefined ? 1 + PART_BOOST : 1) * (asksBatch ? 1 + BATCH_BOOST : 1) * (asksPeriod ? 1 + PERIOD_BOOST : 1) * (act !== undefined ? 1 + TIMED_ACT_BOOST : 1) * ROUNDING_SLACK;
    /** The factors that read the sentence's text, after those read from arrays alone. */
    const trailing = (unit: number, partial: number): number => {
      let score = partial;
      const chunkIndex = unitChunk[unit]!;
      if (counts !== undefined) {
        if (!counts.every((count) => holds(chunkTexts[chunkIndex]!, count))) score *= OTHER_COUNT_FACTOR;
        else if (counts.some((count) => holds(unitTexts[unit]!, count))) score *= 1 + OWN_COUNT_BOOST;
      }
      if (askedBatches.length > 0 && otherBatch(askedBatches, unitBatches[unit]!)) score *= OTHER_BATCH_FACTOR;
      if (!asksAddressee && shapeBits[unit]! & addresseeBit) score *= SALUTATION_FACTOR;
      if (listEnd !== undefined && (unitTexts[unit]!.includes(listEnd) || partHeadingTexts[chunkIndex]!.includes(query.listHead!))) score *= 1 + LIST_HEAD_BOOST;
      if (head !== undefined) score *= unitTexts[unit]!.includes(head) || (headIsDocument && unitTexts[unit]!.includes('《')) ? 1 + ASKED_HEAD_BOOST : ASKED_HEAD_MISS;
      if (part !== undefined && inPart(unit, part)) score *= 1 + PART_BOOST;
      if (asksBatch && unitBatches[unit]!.length > 0) score *= 1 + BATCH_BOOST;
      if (!asksAttachment && attachment[chunkIndex]) score *= ATTACHMENT_FACTOR;
      if (setAside !== undefined && unitTexts[unit]!.includes(setAside)) score *= SET_ASIDE_FACTOR;
      if (asksPeriod) score *= PERIOD.test(unitTexts[unit]!) ? 1 + PERIOD_BOOST : PERIOD_MISS;
      if (act !== undefined) {
        if (!namesTimedAct(unit, act)) score *= TIMED_ACT_MISS;
        else if (shapeBits[unit]! & focusBits) score *= 1 + TIMED_ACT_BOOST;
      }
      return score;
    };
    const kept = rank(count, keep, { contextScores: context.scores, contextScale, weightOfDoc, queryBits, cueScale, focusBits, ceiling, trailing });
    const sentences = Array.from({ length: kept }, (_, i) => hitOf(bestUnits[i]!, bestScores[i]!));

    const chunkBest = new Map<number, number>();
    for (const hit of sentences) {
      if (!chunkBest.has(hit.chunkIndex)) chunkBest.set(hit.chunkIndex, hit.score);
    }
    return {
      query,
      sentences: sentences.slice(0, limit),
      chunks: [...chunkBest].map(([chunkIndex, score]) => ({ chunk: chunks[chunkIndex]!, chunkIndex, score })),
    };
  }

  const coverage = createCoverage({ chunks, contextIndex, contextGramIndex, docStart, docSize, unitWords, unitTexts, unitShapes });
  return { chunks, search, coverage, shapes: (unit) => unitShapes[unit]!, text: (unit) => unitTexts[unit]!, namesTimedAct };
}
