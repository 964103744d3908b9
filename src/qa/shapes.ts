import { endsSentence } from './chunk.js';
import { CUE_SHAPES, CUE_TERMS, LIST_BOILERPLATE, type CueKind } from './lexicon.js';
import { normalizeText } from './tokenize.js';

const ADDRESSEE_BOILERPLATE = /新疆生产建设兵团/g;

/**
 * What a sentence is shaped to answer: the question-type cues it fits (a date, a number, an
 * enumeration …) and the nouns its enumerations close on ("…等24个产品" → 产品).
 */

/** The cue pseudo-terms of the shapes a sentence has. */
export function shapesOf(text: string): string[] {
  const normalized = normalizeText(text);
  // "各省、自治区、直辖市" names the provinces; it is no enumeration of what a notice decides.
  const listText = normalized.replace(LIST_BOILERPLATE, '');
  // "新疆生产建设兵团" of the addressees names no place a list or a count is about.
  const placeText = listText.replace(ADDRESSEE_BOILERPLATE, '');
  return (Object.keys(CUE_SHAPES) as CueKind[])
    .filter((kind) => CUE_SHAPES[kind].test(kind === 'list' ? listText : kind === 'own' ? placeText : normalized))
    .map((kind) => CUE_TERMS[kind]);
}

/**
 * The shapes of a chunk's sentence units: each its own, and a piece of a long sentence (the chunker
 * parts them at commas) also states a duty when the piece opening its sentence does ("各地方…部门要按照…,
 * …, 提升商标品牌指导站的专业能力和服务水平").
 */
export function chunkShapes(sentences: readonly string[]): string[][] {
  let opening: string[] | undefined;
  return sentences.map((sentence) => {
    const own = shapesOf(sentence);
    const shapes = opening?.includes(CUE_TERMS.duty) && !own.includes(CUE_TERMS.duty) ? [...own, CUE_TERMS.duty] : own;
    opening = endsSentence(sentence) ? undefined : (opening ?? own);
    return shapes;
  });
}

/** "等" closing an enumeration, an optional count, then the phrase naming what was listed. */
const CLOSURE = /等(?:\d+\s*[个件家项类种名所批])?([\p{Script=Han}]{2,12}?)(?=[的,，。;；:：、(（)）]|$)/gu;

/** Where the clause an enumeration is part of begins: its items never run across these. */
const CLAUSE_MARK = /[,，。;；:：()（）《》]/g;
const ITEM_MARK = /、|和|及|与/;

/** An enumeration a sentence closes with 等: the items listed and the phrase naming what they are. */
export interface Enumeration {
  items: string[];
  head: string;
}

/**
 * The enumerations of a sentence: "…平遥牛肉、沁州黄小米等14个产品" lists products. One item before
 * 等 ("小站稻等54个示范区") is an example of the set, not a list of it: it counts only with `examples`.
 */
export function enumerations(normalized: string, examples = false): Enumeration[] {
  return [...normalized.matchAll(CLOSURE)].flatMap((m) => {
    const before = normalized.slice(0, m.index);
    const start = Math.max(...[...before.matchAll(CLAUSE_MARK)].map((mark) => mark.index! + 1), 0);
    const items = before.slice(start).split(ITEM_MARK).filter((item) => item !== '');
    return items.length >= (examples ? 1 : 2) ? [{ items, head: m[1]! }] : [];
  });
}

/** The phrases an enumeration of the sentence closes on ("…等24个产品的48家企业" → ["产品"]); with `examples`, one item's too. */
export const enumerationHeads = (normalized: string, examples = false): string[] => enumerations(normalized, examples).map((e) => e.head);

/**
 * True when a sentence does not list what the question asks to be named (`head`, e.g. 企业 of
 * "哪几家企业"): it closes its enumerations on other nouns, or, with no enumeration at all, it
 * cannot name several. An enumeration without a closing noun may list anything: no miss. Asked
 * for one of the set (`one`), the example a sentence names answers.
 */
export function missesListHead(normalized: string, head: string, hasList: boolean, one = false): boolean {
  const heads = enumerationHeads(normalized, one);
  if (heads.length > 0) return !heads.some((phrase) => phrase.includes(head));
  if (!hasList || countsKinds(normalized)) return true;
  // Items sharing their last word ("经济效益、社会效益和生态效益") list that: its noun is their head.
  const shared = sharedEndings(normalized);
  return head !== '' && shared.length > 0 && !shared.some((ending) => ending.includes(head) || head.includes(ending));
}

/** The ending (two characters) every item of a list of three or more shares, per such list; none when a list's items share none. */
function sharedEndings(normalized: string): string[] {
  const lists = normalized.split(CLAUSE_MARK).map((clause) => clause.replace(/等$/, '').split(ITEM_MARK)).filter((items) => items.length >= 3);
  const endings = lists.map((items) => {
    const ending = items[0]!.slice(-2);
    return ending.length === 2 && items.every((item) => item.endsWith(ending)) ? ending : '';
  });
  return endings.includes('') ? [] : endings;
}

/** A count opening an item ("285件区域商标品牌"). */
const COUNTED_ITEM = /^\d/;

/**
 * True when the sentence's lists each give kinds with their counts ("1105件企业商标品牌、285件区域商标
 * 品牌、719家商标品牌指导站"): how many of each, not which ones.
 */
function countsKinds(normalized: string): boolean {
  const lists = normalized.split(CLAUSE_MARK).map((clause) => clause.split('、')).filter((items) => items.length >= 3);
  return lists.length > 0 && lists.every((items) => items.every((item) => COUNTED_ITEM.test(item.replace(/^\D{0,4}?(?=\d)/, ''))));
}

/** An ordinal batch named in a text (首批, 第二批, 第3批). */
const BATCH = /(?:第([一二三四五六七八九十\d]{1,3})|(首|头))批/g;
const FIRST = new Set(['一', '1', '首', '头']);

/** The batches a text names, as ordinals ("首批" and "第一批" are both "1"; "第二批" is "二"). */
export function batchesOf(normalized: string): string[] {
  return [...normalized.matchAll(BATCH)].map((m) => {
    const ordinal = m[1] ?? m[2]!;
    return FIRST.has(ordinal) ? '1' : ordinal;
  });
}

/** True when a sentence names batches and none is the one the question asks about: it is about another list. */
export const otherBatch = (asked: readonly string[], sentence: readonly string[]): boolean =>
  asked.length > 0 && sentence.length > 0 && !sentence.some((batch) => asked.includes(batch));

/**
 * True when the sentence names, of the set, only the member the question leaves out ("兴安盟知识产权局等单位"
 * for "除了兴安盟，其他都是哪些单位"): the others are not named.
 */
export function namesOnlyExcepted(normalized: string, excepted: string | undefined): boolean {
  if (!excepted) return false;
  const at = normalized.indexOf(excepted);
  // (an item before it, "A、兴安盟…等", or after it, "兴安盟…、B等", names others)
  return at >= 0 && normalized[at - 1] !== '、' && /^[^，,。；;、]{0,12}?等/u.test(normalized.slice(at + excepted.length));
}
