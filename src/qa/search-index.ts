import { backgroundIdf, isKnownWord } from './background-idf.js';
import { Bm25Index, queryTerms } from './bm25.js';
import type { Chunk } from './chunk.js';
import { CUE_TERMS, GENERIC_TERMS, STRICT_CUES, type CueKind } from './lexicon.js';
import { batchesOf, missesListHead, otherBatch, shapesOf } from './shapes.js';
import { analyze, analyzeQuery, normalizeText, wordGrams, wordParts, type QueryAnalysis } from './tokenize.js';

/**
 * The lexical index: BM25 over sentence words and sentence character bigrams, fused with a
 * BM25 over whole chunks (the sentence's context and heading). Question-type cues are
 * pseudo-terms that match sentences of the right shape (dates, numbers, enumerations).
 */

/** How much of a question a chunk covers. */
export interface Coverage {
  /** Covered share of the question's weight (content words by general IDF, plus cues). */
  share: number;
  /** True when at least one real content word (not only a question-type cue) is covered. */
  anyWord: boolean;
  /**
   * Covered share of the question's key terms: content words that are not generic vocabulary of
   * the knowledge (地理标志, 名录, 申报 …). Undefined when the question has no key terms.
   */
  keyShare?: number;
  /** True when the question asks for what only one sentence shape answers (a deadline) and the sentence lacks it. */
  missesStrictCue: boolean;
  /** True when the sentence is a salutation (its addressees) and the question does not ask whom the notice addresses. */
  salutation: boolean;
  /** Share of the key weight that falls on words the knowledge never uses (it names something not covered). */
  unknownShare: number;
  /** The key words (as written) the chunk lacks entirely, and those it holds whole: what a decline says is missing. */
  missingKeys: string[];
  heldKeys: string[];
  /** The strict cues (a deadline, money …) the sentence lacks the shape of. */
  missedCues: CueKind[];
  /** True when the only words of the question the chunk holds are numbers ("1105加285等于多少"). */
  numbersOnly: boolean;
  /** Covered share of the question's weight held by the sentence itself (words and cue shapes), not only by its chunk. */
  sentenceShare: number;
  /** The focus cues (the kind of fact asked: a date, a count, an office) the sentence lacks the shape of. */
  missedFocus: CueKind[];
  /** Share of the question's focus cues (the kind of fact it asks for) the sentence lacks the shape of. */
  missedCueShare: number;
  /** True when the question asks to name the members of a set (哪几家企业) and the sentence does not list them. */
  namedSetMiss: boolean;
}

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
}

/**
 * The cues that name the kind of fact asked (a date, a count, an office, a destination): a
 * sentence without that shape rarely answers. An enumeration or a purpose may be phrased many ways.
 */
const FOCUS_CUES: ReadonlySet<CueKind> = new Set(['date', 'number', 'who', 'where', 'deadline', 'contact', 'money', 'lookup']);

/** Weight of a question-type cue in coverage, next to words' general IDF (3–12). */
const CUE_WEIGHT = 6;

/** The least weight (share of its general IDF) a term found in every chunk keeps in coverage. */
const UBIQUITOUS_FLOOR = 0.5;

/** A question-type cue weighs this share of its weight among key terms: the ask matters less than its object. */
const KEY_CUE_SHARE = 0.5;

/** A key word the knowledge never uses weighs this much more: it names something the notices do not cover. */
const UNKNOWN_BOOST = 2;

/** General-language IDF from which a word is rare (jieba's table: 最后 4.7, 负责 5.8, 收 6.7; 缴纳 7.8, 认证 8.5). */
const RARE_IDF = 7;

/** A key word the knowledge uses, but not in the passage, weighs this much more. */
const ELSEWHERE_BOOST = 1.5;

/**
 * A word found in at least this share of its own notice's chunks is that notice's generic
 * vocabulary (its topic). Counted per notice, so adding notices never changes a word's meaning.
 */
const GENERIC_CHUNK_SHARE = 0.5;
/** A notice needs this many chunks for a word's share of them to say it is the notice's topic. */
const TOPIC_MIN_CHUNKS = 4;

/** A sentence of the shape the question asks for (a date for 什么时候) scores up to this much more. */
const CUE_BOOST = 0.5;

/**
 * A sentence of none of the shapes the question's focus asks for (a phone number for 打哪个电话, a
 * date for 什么时候) scores this share: it may name the matter, but it does not state the fact asked.
 */
const FOCUS_MISS_FACTOR = 0.8;

/** A sentence about another batch than the one asked (首批 for 第二批) scores this share: it is about another list. */
const OTHER_BATCH_FACTOR = 0.6;

/** A salutation line names addressees only; for any other question it scores this share. */
const SALUTATION_FACTOR = 0.3;

/** An attachment list names documents, not facts; unless the question is about attachments it scores this share. */
const ATTACHMENT_FACTOR = 0.3;

/** A list ending in the asked head noun ("…等方面" for 哪几个方面) scores this much more. */
const LIST_HEAD_BOOST = 0.5;

/** Fusion weights: sentence words, sentence bigrams, chunk context, and the optional dense boost. */
const WEIGHTS = { words: 0.45, grams: 0.35, context: 0.2, dense: 0.3 };

/** The first position in a sorted array whose value is at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function contains(sorted: Int32Array | undefined, id: number): boolean {
  if (!sorted) return false;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid]!;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const ATTACHMENT_SECTION = /^附\s*件/;

const CUE_KINDS = Object.keys(CUE_TERMS) as CueKind[];
const cueBit = (term: string): number => 1 << CUE_KINDS.findIndex((kind) => CUE_TERMS[kind] === term);
/** The focus cues as shape bits. */
const FOCUS_BITS = [...FOCUS_CUES].reduce((bits, kind) => bits | cueBit(CUE_TERMS[kind]), 0);
const popcount = (bits: number): number => {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
};

/** Inserts into a best-first list capped at `limit` entries. */
function insertSorted(best: [number, number][], entry: [number, number], limit: number): void {
  let i = best.length < limit ? best.length : limit - 1;
  best[i] = entry;
  while (i > 0 && best[i - 1]![1] < entry[1]) {
    best[i] = best[i - 1]!;
    best[i - 1] = entry;
    i--;
  }
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
    chunk.sentences.forEach((sentence, sentenceIndex) => {
      const analysis = analyze(sentence);
      const shapes = shapesOf(sentence);
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

  const fusedScores = new Float64Array(unitChunk.length);
  const attachment = chunks.map((chunk) => ATTACHMENT_SECTION.test(chunk.section));
  const candidates = new Int32Array(unitChunk.length);
  const shapeBits = Uint16Array.from(unitShapes, (shapes) => shapes.reduce((bits, term) => bits | cueBit(term), 0));

  /** The notice weights as an array by document position (the same weights object recurs for the same scope). */
  const weightArrays = new WeakMap<ReadonlyMap<string, number>, Float64Array>();
  const docWeightArray = (weights: ReadonlyMap<string, number>): Float64Array => {
    let array = weightArrays.get(weights);
    if (!array) weightArrays.set(weights, (array = Float64Array.from(docIds, (doc) => weights.get(doc) ?? 1)));
    return array;
  };

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
      for (let i = 0; i < ids.length; i++) add(ids[i]!, scores[ids[i]!]! * scale);
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
    const asksAttachment = query.words.includes('附件');
    const askedBatches = batchesOf(query.normalized);
    // Attachments are counted by listing them ("几个附件"): no shape tells their sentence.
    const focusBits = asksAttachment ? 0 : queryBits & FOCUS_BITS;
    const best: [number, number][] = [];
    const keep = Math.max(limit, 10);
    // No factor below raises a score by more than this: a unit that cannot reach the kept list is passed over.
    const ceiling = (1 + cueScale * popcount(queryBits)) * (listEnd ? 1 + LIST_HEAD_BOOST : 1);
    for (let i = 0; i < count; i++) {
      const unit = candidates[i]!;
      let score = fusedScores[unit]! + context.scores[unitChunk[unit]!]! * contextScale;
      fusedScores[unit] = 0;
      if (best.length === keep && score * ceiling <= best[keep - 1]![1]) continue;
      if (weightOfDoc) score *= weightOfDoc[docIndex[unitChunk[unit]!]!]!;
      if (queryBits) score *= 1 + cueScale * popcount(shapeBits[unit]! & queryBits);
      if (focusBits && !(shapeBits[unit]! & focusBits)) score *= FOCUS_MISS_FACTOR;
      if (otherBatch(askedBatches, unitBatches[unit]!)) score *= OTHER_BATCH_FACTOR;
      if (!asksAddressee && shapeBits[unit]! & addresseeBit) score *= SALUTATION_FACTOR;
      if (listEnd && unitTexts[unit]!.includes(listEnd)) score *= 1 + LIST_HEAD_BOOST;
      if (!asksAttachment && attachment[unitChunk[unit]!]) score *= ATTACHMENT_FACTOR;
      if (best.length === keep && score <= best[keep - 1]![1]) continue;
      insertSorted(best, [unit, score], keep);
    }
    const sentences = best.map(([unit, score]) => hitOf(unit, score));

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

  /**
   * Share of the chunks of the notice of `chunkIndex` that contain a term; 0 in a notice too short
   * to have a topic apart from its matter (a one-paragraph supplement).
   */
  const docShare = (term: string, chunkIndex: number): number => {
    const ids = contextIndex.unitsWith(term);
    const size = docSize[chunkIndex]!;
    if (!ids || size < TOPIC_MIN_CHUNKS) return 0;
    const start = docStart[chunkIndex]!;
    return (lowerBound(ids, start + size) - lowerBound(ids, start)) / size;
  };

  /**
   * How much finding a term in a chunk says: a word in nearly every chunk of its notice
   * (名录 in the 名录 notice) proves little, so it weighs down to UBIQUITOUS_FLOOR.
   */
  const specificity = (term: string, chunkIndex: number): number =>
    UBIQUITOUS_FLOOR + (1 - UBIQUITOUS_FLOOR) * (1 - docShare(term, chunkIndex));

  /**
   * Generic vocabulary: the domain's own words and any word in most chunks of the notice.
   * Sharing only these with a question shows the topic, not that the notice answers it.
   */
  const isGeneric = (term: string, chunkIndex: number): boolean =>
    GENERIC_TERMS.has(term) || docShare(term, chunkIndex) >= GENERIC_CHUNK_SHARE;

  const inChunk = (term: string, chunkIndex: number): boolean => contains(contextIndex.unitsWith(term), chunkIndex);

  const chunkTexts = chunks.map((chunk) => normalizeText(`${chunk.section} ${chunk.text}`));
  /** A single character is no index word ("表" of 分配表); it is looked for in the text. */
  const partInChunk = (part: string, chunkIndex: number): boolean =>
    part.length === 1 ? chunkTexts[chunkIndex]!.includes(part) : inChunk(part, chunkIndex);

  /**
   * How much of a key term a chunk holds: 1 for the word itself, else the share of its
   * dictionary parts it holds; undefined when the word is only filler parts ("不能自己").
   */
  const keyPresence = (surface: string, chunkIndex: number): number | undefined => {
    const parts = wordParts(surface);
    if (parts.length === 0) return undefined;
    let total = 0;
    let found = 0;
    for (const part of parts) {
      const weight = backgroundIdf(part);
      total += weight;
      if (partInChunk(part, chunkIndex)) found += weight;
    }
    return found / total;
  };

  /** True when neither the word nor any of its dictionary parts occurs anywhere in the knowledge. */
  const knownChars = new Set(chunkTexts.join(''));
  const known = (part: string): boolean => (part.length === 1 ? knownChars.has(part) : !!contextIndex.unitsWith(part));
  const unknownToKnowledge = (term: string, surface: string): boolean =>
    !contextIndex.unitsWith(term) && wordParts(surface).every((part) => !known(part));

  /** One content word's part in coverage: its weight, the weight covered, and its key weight and presence. */
  interface TermCoverage {
    weight: number;
    covered: number;
    numeric: boolean;
    /** True when the sentence itself (not only its chunk) holds the word. */
    inSentence?: boolean;
    /** Undefined for generic words and filler-only words: they are no key terms. */
    key?: { weight: number; presence: number; unknown: boolean; surface: string };
  }

  const termCoverage = (term: string, surface: string, chunkIndex: number): TermCoverage => {
    const weight = backgroundIdf(surface) * specificity(term, chunkIndex);
    const found = inChunk(term, chunkIndex);
    const presence = found ? 1 : keyPresence(surface, chunkIndex);
    let covered = found ? weight : 0;
    if (!found) {
      const grams = wordGrams(surface);
      const present = grams.filter((gram) => contains(contextGramIndex.unitsWith(gram), chunkIndex)).length;
      const byGrams = grams.length > 1 ? (weight * present) / grams.length / 2 : 0;
      // jieba's guess for a run it does not know ("库是") is a segmentation artefact: its parts count.
      const byParts = isKnownWord(surface) ? 0 : weight * (presence ?? 0);
      covered = Math.max(byGrams, byParts);
    }
    const numeric = /^[0-9.]+$/.test(term);
    if (isGeneric(term, chunkIndex) || presence === undefined) return { weight, covered, numeric };
    // A word the knowledge never uses names something it does not cover: it weighs more.
    // A word the knowledge uses elsewhere ("专项计划") shows the passage is about something else.
    const unknown = presence === 0 && unknownToKnowledge(term, surface);
    // An everyday word the notices never use ("最后", "不好") is more likely phrasing than a matter they lack.
    const missing = presence === 0 ? (unknown && backgroundIdf(surface) >= RARE_IDF ? UNKNOWN_BOOST : ELSEWHERE_BOOST) : 1;
    const keyWeight = weight * missing;
    return { weight, covered, numeric, key: { weight: keyWeight, presence, unknown, surface } };
  };

  function coverage(query: QueryAnalysis, hit: SentenceHit): Coverage {
    let total = 0;
    let covered = 0;
    let keyTotal = 0;
    let keyCovered = 0;
    let unknownWeight = 0;
    const missingKeys: string[] = [];
    const heldKeys: string[] = [];
    let wordsCovered = false;
    let sentenceCovered = 0;
    const add = (term: TermCoverage): void => {
      total += term.weight;
      covered += term.covered;
      if (term.inSentence) sentenceCovered += term.weight;
      if (term.covered > 0 && !term.numeric) wordsCovered = true;
      if (!term.key) return;
      keyTotal += term.key.weight;
      keyCovered += term.key.weight * term.key.presence;
      if (term.key.unknown) unknownWeight += term.key.weight;
      if (term.key.presence === 1) heldKeys.push(term.key.surface);
      else if (term.key.presence === 0) missingKeys.push(term.key.surface);
    };
    const seen = new Set<string>();
    const choice: TermCoverage[] = [];
    query.contentWords.forEach((term, i) => {
      if (seen.has(term)) return;
      seen.add(term);
      const surface = query.surfaces[i] ?? term;
      const result = { ...termCoverage(term, surface, hit.chunkIndex), inSentence: unitWords[hit.unit]!.includes(term) || unitTexts[hit.unit]!.includes(surface) };
      if (query.alternatives.includes(term)) choice.push(result);
      else add(result);
    });
    if (choice.length > 0) {
      // "A还是B" is one slot: the best-covered alternative stands for it.
      const best = choice.reduce((a, b) => (b.covered / b.weight > a.covered / a.weight ? b : a));
      let key: TermCoverage['key'];
      for (const c of choice) if (c.key && (!key || c.key.presence > key.presence)) key = c.key;
      add({ weight: best.weight, covered: best.covered, numeric: best.numeric, inSentence: choice.some((c) => c.inSentence), ...(key ? { key } : {}) });
    }
    const anyWord = covered > 0;
    const shapes = unitShapes[hit.unit]!;
    const missedCues: CueKind[] = [];
    const missedFocus: CueKind[] = [];
    let focus = 0;
    let cueCovered = 0;
    for (const kind of query.cues) {
      if (FOCUS_CUES.has(kind)) {
        focus++;
        if (!shapes.includes(CUE_TERMS[kind])) missedFocus.push(kind);
      }
      if (STRICT_CUES.has(kind) && !shapes.includes(CUE_TERMS[kind])) missedCues.push(kind);
      const weight = CUE_WEIGHT;
      const found = shapes.includes(CUE_TERMS[kind]) ? weight : 0;
      total += weight;
      covered += found;
      cueCovered += found;
      // What the question asks for (a date, a number) is part of its key content too.
      keyTotal += weight * KEY_CUE_SHARE;
      keyCovered += found * KEY_CUE_SHARE;
    }
    return {
      share: total === 0 ? 0 : covered / total,
      anyWord,
      keyShare: keyTotal === 0 ? undefined : keyCovered / keyTotal,
      missesStrictCue: missedCues.length > 0,
      salutation: !query.cues.includes('addressee') && shapes.includes(CUE_TERMS.addressee),
      unknownShare: keyTotal === 0 ? 0 : unknownWeight / keyTotal,
      missingKeys,
      heldKeys,
      missedCues,
      numbersOnly: anyWord && !wordsCovered,
      sentenceShare: total === 0 ? 0 : (sentenceCovered + cueCovered) / total,
      missedFocus,
      missedCueShare: focus === 0 ? 0 : missedFocus.length / focus,
      namedSetMiss: !!query.namedSet && missesListHead(unitTexts[hit.unit]!, query.namedSet, shapes.includes(CUE_TERMS.list)),
    };
  }

  return { chunks, search, coverage };
}
