import type { Jieba } from '@node-rs/jieba';
import { newSegmenter } from '../text/segmenter.js';
import {
  ABBREVIATIONS,
  A_NOT_A,
  ADDRESSEE_VERB,
  ASKED_NOUN,
  ASKS_PASSED,
  ASKING_DAY,
  MAKE_UP,
  ASKED_TIME,
  COLLOQUIAL_TAIL,
  CRITERIA_NOUN,
  CUES,
  ROUGH_COUNT,
  CUE_TERMS,
  LIST_HEAD,
  ASKED_HEAD,
  UNTOLD_HEADS,
  NAMED_SET,
  NUMBERED_PART,
  PROVINCIAL_LEVEL,
  STOPWORDS,
  SYNONYM_GROUPS,
  TRADITIONAL,
  type CueKind,
} from './lexicon.js';
import { EXPANSION } from './expansion.js';
import { askedCount, type AskedCount } from './asked-count.js';
import { timedAct } from './timed-act.js';
import { backgroundIdf, isKnownWord } from './background-idf.js';
import { askingClauses, withoutAsides } from './asides.js';
import { completionWords } from './completion.js';
import { cutAtNamedWords } from './named-cut.js';

/**
 * Chinese tokenization shared by the index and the queries: normalisation (full/half width,
 * case, Chinese numerals), jieba words folded through the synonym lexicon, and character
 * bigrams over the content words.
 */

/** Words the default jieba dictionary splits but the notices use as one term. */
const DOMAIN_WORDS = [
  '地理标志', '申报书', '推荐名额', '名录', '运用促进', '重点联系', '联系指导', '运用促进司', '电子邮件', '电子件',
  '扫描件', '分配表', '乡村振兴', '专项计划', '千企百城', '双品网购节', '中国品牌日', '品牌节', '年会', '晴雨表', '试验田',
  '首批', '第二批', '申报表', '申请表', '申请书', '知识产权局', '强县', '富集区域', '展示推广中心', '典型案例', '分级遴选',
  '发文字号', '放管服', '线上', '线下',
];

let jieba: Jieba | undefined;

/**
 * How often an officer's word of the lexicon or the expansion table that jieba does not know
 * ("多给", "走省里") counts in its dictionary: enough to be cut as written, too little to win
 * against the notices' own words around it.
 */
const TABLE_WORD_FREQUENCY = 300;

function segmenter(): Jieba {
  if (!jieba) {
    jieba = newSegmenter();
    const tableWords = [...SYNONYM_GROUPS, ...EXPANSION.synonyms]
      .flat()
      .filter((word) => HAN_ONLY.test(word) && [...word].length > 1 && !isKnownWord(word) && !DOMAIN_WORDS.includes(word));
    const lines = [...DOMAIN_WORDS.map((word) => `${word} 20000 n`), ...new Set(tableWords)].map((line) => (line.includes(' ') ? line : `${line} ${TABLE_WORD_FREQUENCY} v`));
    jieba.loadDict(Buffer.from(lines.join('\n')));
  }
  return jieba;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

const synonyms = new Map<string, string>();
for (const [canonical, ...rest] of SYNONYM_GROUPS) {
  for (const word of rest) synonyms.set(word, canonical!);
}
// The data file's groups join the built-in ones: a group headed by a word the lexicon folds folds with it.
for (const [head, ...rest] of EXPANSION.synonyms) {
  const target = synonyms.get(head!) ?? head!;
  for (const word of rest) if (!synonyms.has(word) && word !== target) synonyms.set(word, target);
}
const FILLERS = new Set(EXPANSION.fillers);

const formsByCanonical = new Map<string, string[]>();
for (const [word, target] of synonyms) formsByCanonical.set(target, [...(formsByCanonical.get(target) ?? [target]), word]);

/** A folded word and every word folded to it (报送: 交, 报, 提交 …): the ways a text may write it. */
export const formsOf = (word: string): readonly string[] => formsByCanonical.get(word) ?? [word];

const simplified = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) simplified.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);
const TRADITIONAL_CHARS = new RegExp(`[${[...simplified.keys()].join('')}]`, 'g');

const DIGIT = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 } as Record<string, number>;
const WELL_FORMED = /^(?:[一二两三四五六七八九]千)?(?:零?[一二两三四五六七八九]百)?(?:零?[一二三四五六七八九]?十)?零?[一二三四五六七八九]?$/;

function parseChineseNumber(text: string): number | undefined {
  if (!WELL_FORMED.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in DIGIT) digit = DIGIT[char]!;
    else {
      const unit = char === '千' ? 1000 : char === '百' ? 100 : 10;
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** Chinese numerals that are plainly numbers ("一百六十", "二十") become digits; idioms ("一县一品") and ordinals stay. */
function foldNumerals(text: string): string {
  return text.replace(/[零〇一二两三四五六七八九十百千]{2,}/g, (numeral) => {
    if (!/[十百千]/.test(numeral)) return numeral;
    const value = parseChineseNumber(numeral);
    return value === undefined ? numeral : String(value);
  });
}

/**
 * NFKC (full-width letters, digits and punctuation to half-width), lower case, traditional
 * characters to simplified, no control characters, "5月8号" as "5月8日".
 */
export function normalizeText(text: string): string {
  return foldNumerals(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\ufeff]/g, '')
      .replace(TRADITIONAL_CHARS, (char) => simplified.get(char) ?? char)
      .replace(/\s+/g, ' '),
  )
    // "三月", "十月": a month's single numeral ("十二月" is folded with the numbers above)
    .replace(/(?<![\d〇零一二两三四五六七八九十])[一二三四五六七八九十](?=月)/g, (c) => String(c === '十' ? 10 : DIGIT[c]))
    // "五月八号": the day's single numeral after its month, so the date reads as the notices write it ("十五号" is folded above)
    .replace(/(?<=\d\s*月\s*)[一二三四五六七八九十](?=\s*[号號日])/g, (c) => String(c === '十' ? 10 : DIGIT[c]))
    .replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*[号號]/g, '$1月$2日')
    // "8/30", "5.8号": a month and day written with a slash (or a dot before 号), not in a path, a fraction or a figure
    .replace(/(?<![\d/.:\w]|附件\s*)(1[0-2]|0?[1-9])\s*\/\s*(3[01]|[12]\d|0?[1-9])(?:\s*[号日]|(?=\s*(?:前|之前|以前|截止|吗|么|呢|吧|是|那天|当天|[?？,，。!！]|$)))/g, '$1月$2日')
    .replace(/(?<![\d.])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])\s*[号日]/g, '$1月$2日')
    // 公告第四九八号 and 二〇二二年 are spelled digit by digit: the number 498, the year 2022.
    .replace(/[〇零一二三四五六七八九]{2,4}(?=号)|[〇零一二三四五六七八九]{4}(?=年)/g, (run) => [...run].map((c) => DIGIT[c]).join(''))
    // "三年", "两个月": a length's single numeral, as the notices write it (筹建期为3年); 一 stays (一年多来).
    .replace(/(?<![\d〇零一二两三四五六七八九十百千万])[两二三四五六七八九十](?=年(?![度代级])|个月|天|个工作日)/g, (c) => String(c === '十' ? 10 : DIGIT[c]));
}

const DATE = /(\d{1,2})月(\d{1,2})日/g;

/** An e-mail address: the text names a mailbox (邮箱) even where it never says the word. */
const EMAIL_ADDRESS = /[\w.-]+@[\w-]+\.[a-z]{2,}/;

/** Dates as single terms ("5月8日" → "\u0001d5-8"), so a question's date finds the sentence with it. */
export function dateTerms(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => `\u0001d${Number(m[1])}-${Number(m[2])}`);
}

const CONTENT = /[\p{Script=Han}a-z0-9]/u;
const HAN = /\p{Script=Han}/u;

/** The analysed form of a text: search words (synonyms folded) and character bigrams. */
export interface Analysis {
  /** jieba search-mode words, synonym-folded, stopwords removed; may repeat. */
  words: string[];
  /** Non-overlapping content words, synonym-folded (for coverage: how much of a question a passage covers). */
  contentWords: string[];
  /** The same words as written, before folding ("交" for 报送): their informativeness is the surface word's. */
  surfaces: string[];
  /** Character bigrams over runs of content words, plus whole alphanumeric tokens. */
  grams: string[];
}

const canonical = (word: string): string => synonyms.get(word) ?? word;
/** Interrogative compounds ("几件", "哪一年", "啥样") ask; the question-type cues carry them. */
const INTERROGATIVE = /^(?:几|哪|啥|什么|多少)/;
const isContent = (word: string): boolean => CONTENT.test(word) && !STOPWORDS.has(word) && !FILLERS.has(word) && !INTERROGATIVE.test(word);

function gramsOf(runs: string[], out: string[]): void {
  for (const run of runs) {
    for (const segment of run.match(/\p{Script=Han}+|[a-z0-9.]+/gu) ?? []) {
      if (!HAN.test(segment)) {
        out.push(segment);
        continue;
      }
      const chars = Array.from(segment);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    }
  }
}

/** Words the lexicon, the table or the domain list name: never cut apart. */
const namedWord = (word: string): boolean => synonyms.has(word) || DOMAIN_WORDS.includes(word);

/**
 * jieba's guess for a run it does not know often glues a particle or a verb of asking to a word
 * ("得交", "省能"): such a guess is taken as its dictionary parts (得, 交), so the word in it is
 * found. A guess without such a part (a product's name, 沁州黄) stays whole.
 */
function ungluedWords(cut: string[]): string[] {
  const words = cutAtNamedWords(cut, namedWord);
  return words.flatMap((word, i) => {
    if (!HAN_ONLY.test(word) || word.length === 1) return [word];
    if (i > 0 && isContent(words[i - 1]!) && gluedLocalizer(word)) return [word[0]!, ...unglue(word.slice(1))];
    return remembered(unglued, word, () => unglue(word));
  });
}

/** A localizer that closes the phrase of the noun before it (名录里, 过程中). */
const LOCALIZER_FIRST = /^[里中]\p{Script=Han}$/u;
/** General-language IDF from which a two-character word is rare (jieba's table: 中心 4.8, 中标 8.0; 里加 10.3, 中出 10.2). */
const RARE_WORD_IDF = 10;

/**
 * After a noun, a rare dictionary word opening with a localizer (往名录里加 cut 名录 / 里加, Riga;
 * 过程中出了 cut 过程 / 中出) is the noun's localizer and the next word: read apart (里 / 加).
 */
const gluedLocalizer = (word: string): boolean => LOCALIZER_FIRST.test(word) && !namedWord(word) && backgroundIdf(word) >= RARE_WORD_IDF;

/** A date's unit opening a guess ("21年定下来" → 年定): the unit belongs to the number before it. */
const DATE_UNIT_FIRST = /^[年月](?=\p{Script=Han})/u;

function unglue(word: string): string[] {
  if (!isContent(word) || namedWord(word) || isKnownWord(word)) return [word];
  if (DATE_UNIT_FIRST.test(word)) return [word[0]!, ...unglue(word.slice(1))];
  const parts = segmenter().cut(word, false);
  return parts.length > 1 && parts.some((part) => !isContent(part)) ? parts : [word];
}

function analyzeNormalized(normalized: string): Analysis {
  const seg = segmenter();
  const dates = dateTerms(normalized);
  const undated = dates.length ? normalized.replace(DATE, ' ') : normalized;
  const text = undated.replace(PROVINCIAL_LEVEL, '省级');
  const words: string[] = [...dates];
  if (EMAIL_ADDRESS.test(normalized)) words.push(canonical('邮箱'));
  for (const word of ungluedWords(seg.cutForSearch(text, true))) {
    if (isContent(word) && isContent(canonical(word))) words.push(canonical(word));
  }
  const contentWords: string[] = [...dates];
  const surfaces: string[] = [...dates];
  const runs: string[] = [];
  let run = '';
  for (const word of ungluedWords(seg.cut(text, true))) {
    // A colloquial form of a word that carries no content ("截到" for 截止) carries none either.
    if (isContent(word) && isContent(canonical(word))) {
      contentWords.push(canonical(word));
      surfaces.push(word);
      run += word;
    } else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  const grams: string[] = [];
  gramsOf(runs, grams);
  return { words, contentWords, surfaces, grams };
}

/** A text cut as the analysis cuts it (jieba, with its guesses for unknown runs); the words join back to the text. */
export const cutWords = (text: string): string[] => segmenter().cut(text, true);

/** The words the question analysis reads for one word: its abbreviation expanded, its synonyms folded (地标 → 地理标志). */
export function readingOf(word: string): string[] {
  let text = normalizeText(word);
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
  return analyzeNormalized(text).contentWords;
}

/** Analyses indexed text (a sentence or a heading). */
export function analyze(text: string): Analysis {
  return analyzeNormalized(normalizeText(text));
}

/**
 * The dictionary words of one query word, without stopwords: "申报材料" → 申报, 材料; "不能自己" → none.
 * jieba's guesses for unknown words often glue a particle on, so an unmatched word is looked at
 * through its parts.
 */
export function wordParts(word: string): string[] {
  return remembered(partsSeen, word, () => {
    const seg = segmenter();
    const parts = seg.cut(word, false);
    // A dictionary compound ("申报材料") is looked at through its shorter dictionary words.
    const pieces = parts.length === 1 ? seg.cutForSearch(word, false).filter((part) => part !== word) : parts;
    return (pieces.length > 0 ? pieces : parts).filter(isContent).map(canonical);
  });
}

/** The character bigrams of one query word (what coverage looks for when the word itself is absent). */
export function wordGrams(word: string): string[] {
  return remembered(gramsSeen, word, () => analyze(word).grams);
}

/**
 * Coverage looks at the same few question words for every candidate sentence: their parts are
 * segmented once. The memory is bounded (officers' vocabulary is small; a flood is forgotten).
 */
const MEMO_LIMIT = 20_000;
const partsSeen = new Map<string, string[]>();
const unglued = new Map<string, string[]>();
const gramsSeen = new Map<string, string[]>();
function remembered(memo: Map<string, string[]>, word: string, compute: () => string[]): string[] {
  let value = memo.get(word);
  if (!value) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute();
    memo.set(word, value);
  }
  return value;
}

/** A question analysed for search: abbreviations expanded and question-type cues detected. */
export interface QueryAnalysis extends Analysis {
  normalized: string;
  cues: CueKind[];
  /**
   * The content words of an "A还是B" choice (canonical forms): one slot, answered when the passage
   * holds any of them — the notice naming 电子邮件 answers "邮件还是快递".
   */
  alternatives: string[];
  /** The head noun of an asked enumeration ("哪几个方面" → 方面). */
  listHead?: string;
  /** The noun a "which one" question asks for ("哪个系统" → 系统). */
  askedHead?: string;
  /** The noun of a set whose members the question asks to be named ("那48家企业具体是谁" → 企业). */
  namedSet?: string;
  /** True when the question asks for one member of the set ("是哪家单位申报的"), not all of them. */
  namesOne?: boolean;
  /** The member a question asking for the others leaves out ("除了兴安盟，其他都是哪些单位" → 兴安盟). */
  excepted?: string;
  /**
   * What a question asking a list sets aside before asking more of its own ("除了专项计划，还鼓励参与哪些
   * 工作" → 专项计划): the sentence naming it is what the asker already has.
   */
  setAside?: string;
  /** Content words only the asker's asides hold ("我写材料要用": 写, 材料): searched, but no key word a passage must hold. */
  asides?: string[];
  /**
   * Content words only the clauses that ask nothing hold (the background the asker tells before or
   * after the ask: "我们县是筹建单位，原来的经办人调走了"): a passage lacking them lacks no key word.
   */
  background?: string[];
  /** Words that only make the notice's number a reference to it ("14号文": 号文): searched, but no key word a passage must hold. */
  naming?: string[];
  /** Words that only tell the act before them is done ("验收通过的"): searched, but no key word a passage must hold. */
  completed?: string[];
  /** The count the question asks as its answer ("一共有多少个"), if it asks one. */
  countAsked?: AskedCount;
  /** The act whose time the question asks ("什么时候填报" → 填报), folded; not a deadline's own word (截止). */
  timedAct?: string;
}

/** The asking of a lookup question ("在哪里能查到"), which its cue carries. */
const LOOKUP_PHRASE = new RegExp(CUES.lookup.source, 'g');

/** The asking of a full name ("全名叫啥", which jieba cuts 全 / 名叫), which its cue carries. */
const FULL_NAME_PHRASE = new RegExp(CUES.fullName.source, 'g');

/**
 * The asking of a procedure (咋选出来的, 怎么评出来的, 怎么产生的, 走了哪些程序), which its cue carries: the
 * clause stating the steps (经…申报、…推荐、…评定) need not say 选出, 产生 or 程序. A bare verb of the
 * decision (怎么确定) stays: the notices say 确定 of the decision itself; 产生 asks only how it came about.
 */
const PROCEDURE_PHRASE = /(?:怎么|咋|如何)(?:选|评|产生|确定|遴选|评定|认定|评选|挑)出来|(?:怎么|如何)产生|(?:走了?|经过了?)?的?(?:哪些|什么|啥|哪几个?)(?:流程|程序|步骤|手续)|(?:流程|程序|步骤|手续)(?:是|有)/g;

const CLAUSE_END = /[,，。;；!！?？:：]/;

/** The words of each side of the first "还是" in its clause: the last word before, every word after. */
function alternativesOf(text: string): string[] {
  const at = text.indexOf('还是');
  if (at <= 0) return [];
  // "要寄纸质版吗，还是发邮件": the left side is the clause before, without its question particle.
  const clauses = text.slice(0, at).split(CLAUSE_END);
  const last = clauses.pop() ?? '';
  const left = last.trim() || (clauses.pop() ?? '').replace(/[吗呢吧]$/, '');
  const right = text.slice(at + 2).split(CLAUSE_END)[0] ?? '';
  // A 还是 opening its own clause weighs that clause whole against what follows ("各市直接报国家局，还是省里统一报").
  const leftWords = analyzeNormalized(left).contentWords;
  // "年报是线下交材料还是系统里填": after the copula of "X是A还是B" the whole of A is the left side
  const copula = last.lastIndexOf('是');
  const offered = copula >= 0 && copula < last.length - 1 ? analyzeNormalized(last.slice(copula + 1)).contentWords : [];
  const before = !last.trim() ? leftWords : offered.length > 0 ? offered : leftWords.slice(-1);
  const after = analyzeNormalized(right).contentWords;
  return before.length === 0 || after.length === 0 ? [] : [...new Set([...before, ...after])];
}

/** Words asking for a day or a date, not a length. */
const ASKS_DAY = /什么时候|何时|哪天|哪一天|(?:几|多少)号|几月|日期|截止|截至|之前|以前/;

/** The last question analysed: the scope reader and the index analyse the same question in turn. */
let lastQuery: { question: string; analysis: QueryAnalysis } | undefined;

/** "除了X(之外)，": what a question puts aside (X) before asking on. */
const PUT_ASIDE = /除了([^,，。?？]{1,12}?)(?:之外|以外)?[，,]?\s*/u.source;
/** What a question asking for the others leaves out: "除了兴安盟，其他…", "除了小站稻还有…". */
const EXCEPTED = new RegExp(`${PUT_ASIDE}(?:还有|其他|其余|别的|另外)`, 'u');
/** What a question sets aside before asking something more of its own: "除了专项计划，还鼓励参与哪些…". */
const SET_ASIDE = new RegExp(`${PUT_ASIDE}还(?!有)`, 'u');

/** Analyses a question (read only: the result may be shared with the next caller asking the same). */
export function analyzeQuery(question: string): QueryAnalysis {
  if (lastQuery?.question !== question) lastQuery = { question, analysis: analyzeQueryText(question) };
  return lastQuery.analysis;
}

/** Being in charge, as a who question asks it (谁负责, 哪个处室负责收). */
const IN_CHARGE = /负责(?!人)/g;

const MADE_UP = new RegExp(MAKE_UP, 'g');

const NUMBERED_PARTS = new RegExp(NUMBERED_PART.source, 'gu');

/** Asking whether a plan is allowed ("报三个行不行", "这样行吗"): the asking, as 可不可以 is; 可行 and 行业 are words of their own. */
const ALLOWED_ASKED = /(?<!可)行(?:不行|吗|么|不)(?=[\s?？!！。,，]|$)/gu;

/** "按文件", "根据通知": the asker pointing at the notice, as 通知里 does; "按照哪个文件" asks the basis and stays, and 依据文件 is a noun. */
const PER_NOTICE = /(?:按照?|根据|照)(?=(?:这个|这份|那个|那份|本|该)?(?:文件|通知|公告|规定))/gu;

/**
 * The text without the asking phrases `pattern` finds, each starting at a word's start: "截到哪天"
 * (jieba: 截到 / 哪 / 天) loses 哪天, not 到哪天, so 截到 is read as 截止, not as 截.
 */
function withoutAsking(text: string, pattern: RegExp): string {
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const word of segmenter().cut(text, true)) bounds.add((at += word.length));
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const start = rest.find((value) => typeof value === 'number') as number;
    let from = start;
    while (from < start + match.length && !bounds.has(from)) from++;
    return `${match.slice(0, from - start)} `;
  });
}

/**
 * "已经过期了吗": whether it has passed, asked, is read from the date against today, no matter a
 * sentence must hold (通过了吗, 超过了吗 ask something else).
 */
const PASSING = /(?:已经|早就|早已|应该|应当)?(?<![通超度错看听路走]|(?<!已)经)(?:过期|过了)(?=了|没|吗|吧)/g;

/** The text without what the question's cues carry (the asking of a date, a full name, an addressee …). */
function withoutAskingPhrases(normalized: string, cues: readonly CueKind[], asksPassed = false): string {
  let text = withoutAsking(normalized.replace(ASKED_NOUN, '$1 '), ASKED_TIME).replace(ALLOWED_ASKED, ' ').replace(PER_NOTICE, ' ').replace(A_NOT_A, '');
  // … and 补报 / 补填 there is submitting at all ("现在还能补填吗"): the notices say 报送, 填报.
  if (asksPassed) text = text.replace(MADE_UP, '').replace(ASKING_DAY, ' ').replace(PASSING, ' ');
  if (cues.includes('addressee')) text = text.replace(ADDRESSEE_VERB, ' ');
  // "哪个处室负责": whose charge it is, the who cue carries
  if (cues.includes('who')) text = text.replace(IN_CHARGE, ' ');
  if (cues.includes('criteria')) text = text.replace(CRITERIA_NOUN, ' ');
  if (cues.includes('lookup')) text = text.replace(LOOKUP_PHRASE, ' ');
  if (cues.includes('fullName')) text = text.replace(FULL_NAME_PHRASE, ' ');
  if (cues.includes('procedure')) text = text.replace(PROCEDURE_PHRASE, ' ');
  if (cues.includes('number')) text = text.replace(ROUGH_COUNT, ' ');
  // "第三部分": the ranking reads the part named (search-index.ts); its ordinal is no word a sentence holds
  return text.replace(NUMBERED_PARTS, ' ');
}

/** The question-type cues a text asks (its folded words read too), and whether it asks if a deadline has passed. */
function cuesOf(text: string): { cues: CueKind[]; asksPassed: boolean } {
  // What is asked is read from the words as officers typed them and as the notices say them ("截到" asks a deadline).
  const folded = `${text} ${segmenter().cut(text, true).map(canonical).join(' ')}`;
  let cues = (Object.keys(CUES) as CueKind[]).filter((kind) => CUES[kind].test(folded));
  // "通知发给哪些单位" asks whom the notice addresses, not where something is submitted.
  if (cues.includes('addressee')) cues = cues.filter((kind) => kind !== 'where');
  // "要多久", "多长时间" ask a length, not a date, unless a day is asked too ("什么时候开始，要多久").
  if (cues.includes('duration') && !ASKS_DAY.test(folded)) cues = cues.filter((kind) => kind !== 'date');
  // "几年", "多少个工作日" ask a length, which the duration's shape holds, not a count of things.
  if (cues.includes('duration')) cues = cues.filter((kind) => kind !== 'number');
  // "是不是已经截止了，还能补报不" asks whether the deadline has passed: its date answers, not what follows a miss.
  const asksPassed = ASKS_PASSED.test(folded);
  if (asksPassed) cues = [...new Set([...cues.filter((kind) => kind !== 'late'), 'deadline' as const])];
  // "在哪里能查到" asks where to look, not where to send.
  if (cues.includes('lookup')) cues = cues.filter((kind) => kind !== 'where');
  return { cues, asksPassed };
}

function analyzeQueryText(question: string): QueryAnalysis {
  let normalized = normalizeText(question).replace(COLLOQUIAL_TAIL, '');
  for (const [pattern, replacement] of ABBREVIATIONS) normalized = normalized.replace(pattern, replacement);
  // The cues are read from the clauses that ask, when others only tell the background ("我们市之前是筹建单位" asks no date).
  const asking = askingClauses(normalized);
  let { cues, asksPassed } = cuesOf(normalized);
  let asked: Set<string> | undefined;
  if (asking !== undefined) {
    const own = cuesOf(asking);
    asked = new Set(analyzeNormalized(withoutAskingPhrases(asking, own.cues, own.asksPassed)).contentWords);
    // (an ask naming nothing, "谁记得？", "对吧？", leaves the matter to the clauses around it: none is background)
    if (asked.size > 0) ({ cues, asksPassed } = own);
    else asked = undefined;
  }
  const text = withoutAskingPhrases(normalized, cues, asksPassed);
  const analysis = analyzeNormalized(text);
  // (most questions hold no aside: then the text is not analysed a second time)
  const unasided = withoutAsides(normalized);
  const kept = unasided === normalized ? undefined : new Set(analyzeNormalized(withoutAskingPhrases(unasided, cues, asksPassed)).contentWords);
  const asides = kept ? [...new Set(analysis.contentWords.filter((word) => !kept.has(word)))] : [];
  const background = asked ? [...new Set(analysis.contentWords.filter((word) => !asked.has(word)))] : [];
  for (const kind of cues) analysis.words.push(CUE_TERMS[kind]);
  const listHead = cues.includes('list') ? LIST_HEAD.exec(normalized)?.[1] : undefined;
  const setAsked = NAMED_SET.map((pattern) => pattern.exec(normalized)).find((match) => match !== null);
  // A set asked for without its noun ("批了哪些") is named by any list: its head is empty.
  const namedSet = setAsked ? (setAsked[1] ?? '') : undefined;
  // "是哪家单位申报的" asks for one of the set: the example an enumeration names (兴安盟知识产权局等单位) is one.
  const namesOne = !!setAsked && /^哪家/.test(setAsked[0]);
  const excepted = EXCEPTED.exec(normalized)?.[1];
  const setAside = cues.includes('list') ? SET_ASIDE.exec(normalized)?.[1] : undefined;
  const head = ASKED_HEAD.exec(normalized)?.[1];
  const askedHead = head && !UNTOLD_HEADS.test(head) && head !== listHead ? head : undefined;
  const countAsked = askedCount(normalized, cues);
  const act = cues.includes('date') || cues.includes('deadline') ? timedAct(normalized, (piece) => analyzeNormalized(piece).contentWords) : undefined;
  const timed = act && !CUES.deadline.test(act) ? act : undefined;
  const completed = completionWords(text, analysis.surfaces).map((surface) => analysis.contentWords[analysis.surfaces.indexOf(surface)]!);
  return {
    ...analysis,
    normalized,
    cues,
    alternatives: alternativesOf(text),
    ...(asides.length ? { asides } : {}),
    ...(background.length ? { background } : {}),
    ...(listHead ? { listHead } : {}),
    ...(namedSet !== undefined ? { namedSet } : {}),
    ...(namesOne ? { namesOne } : {}),
    ...(excepted ? { excepted } : {}),
    ...(setAside ? { setAside } : {}),
    ...(askedHead ? { askedHead } : {}),
    ...(countAsked ? { countAsked } : {}),
    ...(timed ? { timedAct: timed } : {}),
    ...(completed.length ? { completed } : {}),
  };
}
