import { backgroundIdf, isKnownWord } from './background-idf.js';
import type { Bm25Index } from './bm25.js';
import type { Chunk } from './chunk.js';
import { ASKS_ANY_CONTACT, ASKS_MAILBOX, ASKS_PERSON, ASKS_PHONE, CUE_TERMS, GIVES_PHONE, NAMES_PERSON, DOMAIN_TERMS, GENERIC_TERMS, SPEAKS_OF_MAIL, STRICT_CUES, type CueKind } from './lexicon.js';
import type { SentenceHit } from './search-index.js';
import { countOfWord, holds, namedCounts } from './named-counts.js';
import { missesListHead, namesOnlyExcepted } from './shapes.js';
import { countsOneItemOfList, missesAskedCount } from './asked-count.js';
import { missesAskedPlace } from './asked-place.js';
import { missesAskedDownload } from './asked-download.js';
import { missesAskedFrequency } from './asked-frequency.js';
import { isPronoun } from './pronouns.js';
import { namesSomething } from './word-class.js';
import { normalizeText, wordGrams, wordParts, type QueryAnalysis } from './tokenize.js';
import { EXPANSION } from './expansion.js';

/**
 * How much of a question a ranked sentence and its chunk cover: what the answer-or-decline
 * decision reads. Words weigh by general IDF, less when they are their notice's topic.
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
  /** The held key words the sentence itself holds, not only its chunk. */
  sentenceKeys?: string[];
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
  /** True when the count asked is of one item of a list the sentence counts only as a whole (its total is no answer). */
  itemCountMiss: boolean;
}

/**
 * The cues that name the kind of fact asked (a date, a count, an office, a destination): a
 * sentence without that shape rarely answers. An enumeration or a purpose may be phrased many ways.
 */
export const FOCUS_CUES: ReadonlySet<CueKind> = new Set(['date', 'number', 'who', 'where', 'deadline', 'contact', 'money', 'lookup', 'batch']);

/** Each side of a choice a notice settles, with the other sides (query-expansion.yaml `contrasts`). */
const CONTRASTS = new Map(EXPANSION.contrasts.flatMap((sides) => sides.map((side) => [side, sides.filter((other) => other !== side)] as const)));

/** A side asked for besides the other ("纸质版要不要另外邮寄"): naming the other does not settle whether it is needed too. */
const ASKS_BESIDES = /另外|额外|还要|还得|也要|也得|同时|再(?:寄|交|报|发|送)/u;

/** Whether `text` names another side of the choice the word (or its surface) is one side of. */
const settlesChoice = (term: string, surface: string, text: string): boolean =>
  (CONTRASTS.get(term) ?? CONTRASTS.get(surface) ?? []).some((other) => text.includes(other));

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

/**
 * Words of time searched but no key word a passage must hold: the 后 of "公布后…", "验收后…" tells
 * when the asker's matter stands, as 前 (a stopword) does before it; the 新 of "新开展", "新一批"
 * tells which of them is meant, as 最新 (a stopword) does, and the notices state the newer one
 * without the word.
 */
const TIME_PARTICLES: ReadonlySet<string> = new Set(['后', '新']);

/** A key word the knowledge uses, but not in the passage, weighs this much more. */
const ELSEWHERE_BOOST = 1.5;

/**
 * A word found in at least this share of its own notice's chunks is that notice's generic
 * vocabulary (its topic). Counted per notice, so adding notices never changes a word's meaning.
 */
const GENERIC_CHUNK_SHARE = 0.5;
/** A notice needs this many chunks for a word's share of them to say it is the notice's topic. */
const TOPIC_MIN_CHUNKS = 4;

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

/** What coverage reads of the built index. */
export interface CoverageIndex {
  chunks: readonly Chunk[];
  /** BM25 over whole chunks (heading, title and sentences): which chunks hold a word. */
  contextIndex: Bm25Index;
  contextGramIndex: Bm25Index;
  /** Per chunk, its document's first chunk and chunk count. */
  docStart: Int32Array;
  docSize: Int32Array;
  /** Per sentence unit: its words (with shape terms), normalized text and shape terms. */
  unitWords: readonly string[][];
  unitTexts: readonly string[];
  unitShapes: readonly string[][];
}

/** The coverage reader of an index: share of the question's content (IDF-weighted) a sentence's chunk holds. */
export function createCoverage({ chunks, contextIndex, contextGramIndex, docStart, docSize, unitWords, unitTexts, unitShapes }: CoverageIndex): (query: QueryAnalysis, hit: SentenceHit) => Coverage {
  // (a sentence the chunker parted at a comma is quoted on to its end: "…审核推荐、我局综合评定并公示," / "现确定兴安盟知识产权局等单位…")
  const quotedText = (hit: SentenceHit): string => {
    const text = unitTexts[hit.unit]!;
    return /[,，、]$/u.test(text.trim()) && hit.sentenceIndex + 1 < hit.chunk.sentences.length ? `${text}${unitTexts[hit.unit + 1] ?? ''}` : text;
  };
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
  /**
   * An untitled copy's opening, per chunk: a word of two characters or more written in it, whatever
   * the segmentation of the run it stands in (经验收自查 is cut 经验 / 收).
   */
  const leads = chunks.map((chunk) => (chunk.lead ? normalizeText(chunk.lead) : undefined));
  const inLead = (surface: string, chunkIndex: number): boolean => [...surface].length > 1 && !!leads[chunkIndex]?.includes(surface);
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

  /** `counted`: the word is a count ("三个") the chunk holds, as a number or by listing that many items. */
  /** `domain`: the question uses the domain's vocabulary (地理标志, 名录 …). */
  const termCoverage = (term: string, surface: string, chunkIndex: number, counted: boolean, domain: boolean): TermCoverage => {
    const weight = backgroundIdf(surface) * specificity(term, chunkIndex);
    const found = counted || inChunk(term, chunkIndex);
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
    // A pronoun the notices never use (它们, 各个) points at the matter rather than naming it: no key term.
    if (isGeneric(term, chunkIndex) || presence === undefined || (presence === 0 && isPronoun(surface) && unknownToKnowledge(term, surface)) || TIME_PARTICLES.has(surface)) return { weight, covered, numeric };
    // A word the knowledge never uses names something it does not cover: it weighs more.
    // A word the knowledge uses elsewhere ("专项计划") shows the passage is about something else.
    const unknown = presence === 0 && unknownToKnowledge(term, surface);
    // An everyday word the notices never use ("最后", "不好") is more likely phrasing than a matter they lack;
    // in a question in the domain's vocabulary, an everyday verb, adverb or adjective of that kind
    // ("允许", "体现", "做到") is the asker's phrasing: it weighs as any word the passage lacks.
    const missing =
      presence === 0
        ? unknown && backgroundIdf(surface) >= RARE_IDF
          ? UNKNOWN_BOOST
          : unknown && domain && !namesSomething(surface)
            ? 1
            : ELSEWHERE_BOOST
        : 1;
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
    const sentenceKeys: string[] = [];
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
      if (term.key.presence === 1 && term.inSentence) sentenceKeys.push(term.key.surface);
      else if (term.key.presence === 0) missingKeys.push(term.key.surface);
    };
    const seen = new Set<string>();
    const besides = ASKS_BESIDES.test(query.normalized);
    const choice: TermCoverage[] = [];
    const counts = namedCounts(query.normalized);
    const domain = DOMAIN_TERMS.some((term) => query.normalized.includes(term));
    query.contentWords.forEach((term, i) => {
      if (seen.has(term)) return;
      seen.add(term);
      const surface = query.surfaces[i] ?? term;
      const count = countOfWord(surface, counts);
      const counted = !!count && holds(chunkTexts[hit.chunkIndex]!, count);
      const inSentence = unitWords[hit.unit]!.includes(term) || unitTexts[hit.unit]!.includes(surface) || (counted && holds(unitTexts[hit.unit]!, count));
      const { key, ...rest } = termCoverage(term, surface, hit.chunkIndex, counted, domain);
      // a word of the asker's aside ("我写材料要用") says why they ask, not what: no key word
      // … nor is a word of the background told beside the ask that the passage lacks: it says whence the asker asks
      const untold = key && key.presence < 1 && query.background?.includes(term);
      // … nor is the 号文 that made the notice's number a reference to it, when the passage lacks it (a doc number line holds it)
      const naming = key && key.presence < 1 && query.naming?.includes(term);
      // … nor is the 通过 of "验收通过的": it tells the act is done, as 后 tells it is past
      const done = key && key.presence < 1 && query.completed?.includes(term);
      // … nor is a word of an untitled notice's opening (验收 of 经验收自查…确定了…示范区) its parts lack: its title would have said it
      const titled = key && key.presence < 1 && inLead(surface, hit.chunkIndex);
      const kept = key && !query.asides?.includes(term) && !untold && !naming && !done && !titled ? key : undefined;
      // … and one side of a choice the sentence settles by naming the other (纸质 against 电子件) is held by it
      const settled = !inSentence && !besides && settlesChoice(term, surface, unitTexts[hit.unit]!);
      const result: TermCoverage = settled
        ? { ...rest, covered: rest.weight, inSentence: true, ...(kept ? { key: { ...kept, presence: 1 } } : {}) }
        : { ...rest, inSentence, ...(kept ? { key: kept } : {}) };
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
    // A count asked as the answer is strict: a sentence naming the matter without its number does not
    // give it. Asked of money ("补贴是多少"), what is missing is the amount.
    const uncounted: CueKind = query.cues.includes('money') ? 'money' : 'number';
    if (missesAskedCount(query.countAsked, query.cues, shapes, unitTexts[hit.unit]!, query.surfaces) && !missedCues.includes(uncounted)) missedCues.push(uncounted);
    // A mailbox asked is a contact detail no sentence silent on e-mail gives.
    if (ASKS_MAILBOX.test(query.normalized) && !SPEAKS_OF_MAIL.test(unitTexts[hit.unit]!) && !missedCues.includes('contact')) missedCues.push('contact');
    // A person asked by their post is given only by a sentence naming one, not by the office's name.
    if (ASKS_PERSON.test(query.normalized) && !NAMES_PERSON.test(unitTexts[hit.unit]!) && !missedCues.includes('who')) missedCues.push('who');
    // … and so is a phone: a sentence giving only an e-mail address does not give one.
    if (ASKS_PHONE.test(query.normalized) && !ASKS_ANY_CONTACT.test(query.normalized) && !GIVES_PHONE.test(unitTexts[hit.unit]!) && !missedCues.includes('contact')) missedCues.push('contact');
    // A place asked (在哪个省, 在哪办的) is given only by a sentence naming one.
    if (missesAskedPlace(query.normalized, unitTexts[hit.unit]!) && !missedCues.includes('where')) missedCues.push('where');
    // How often is given only by a sentence stating a frequency.
    if (missesAskedFrequency(query.normalized, unitTexts[hit.unit]!) && !missedCues.includes('duration')) missedCues.push('duration');
    // Where to download is given only by a sentence naming where (a site, an address).
    if (missesAskedDownload(query.normalized, unitTexts[hit.unit]!) && !missedCues.includes('lookup')) missedCues.push('lookup');
    // The members of a set asked to be named are strict too: a sentence listing other things does not name them.
    const itemCountMiss = countsOneItemOfList(query.countAsked, shapes, unitTexts[hit.unit]!, query.surfaces, query.normalized);
    const namedSetMiss =
      (query.namedSet !== undefined && missesListHead(unitTexts[hit.unit]!, query.namedSet, shapes.includes(CUE_TERMS.list), query.namesOne)) ||
      namesOnlyExcepted(quotedText(hit), query.excepted);
    if (namedSetMiss && !missedCues.includes('list')) missedCues.push('list');
    return {
      share: total === 0 ? 0 : covered / total,
      anyWord,
      keyShare: keyTotal === 0 ? undefined : keyCovered / keyTotal,
      missesStrictCue: missedCues.length > 0,
      salutation: !query.cues.includes('addressee') && shapes.includes(CUE_TERMS.addressee),
      unknownShare: keyTotal === 0 ? 0 : unknownWeight / keyTotal,
      missingKeys,
      heldKeys,
      sentenceKeys,
      missedCues,
      numbersOnly: anyWord && !wordsCovered,
      sentenceShare: total === 0 ? 0 : (sentenceCovered + cueCovered) / total,
      missedFocus,
      missedCueShare: focus === 0 ? 0 : missedFocus.length / focus,
      namedSetMiss,
      itemCountMiss,
    };
  }

  return coverage;
}
