import { taggedWords } from '../text/segmenter.js';
import { MAKE_UP, NOW_WORD } from './lexicon.js';

/**
 * The act whose time a question asks: "年度报告什么时候填报" asks when 填报 happens, "名单是哪天开始公示的"
 * when 公示 does, "填报时间是？" the time of 填报. A notice's sentence dating another act of the same
 * matter (请于1月15日前将联系人信息发送至…, beside 填报日期为1月15日至3月31日) states the date of
 * something else: the ranking prefers a sentence, or a part's heading (二、填报时间), naming the act.
 */

/** The asking of a time, as the cues read it (the first one of the question). */
const ASKS_TIME = /什么时候|啥时候|啥时|何时|几时|哪一?天|几月几[号日]?|(?:几|多少)号/u;

/** What may stand between the asked time and its act: 开始 (哪天开始公示), 要, 能, 可以, 才, 就, 得. */
const BETWEEN = /^(?:\s|开始|起|要|需要|能|可以|才|就|得|应该|应当|必须|该|把|将)*/u;

/** The noun of a time, after the act it dates ("填报时间是", "公示的日期"). */
const TIME_NOUN = /(?:的)?(?:时间|日期|期限)/u;

/** An act is mostly named by two characters: those just before the time noun ("截止日期" names the deadline, no act). */
const ACT_LENGTH = 2;

const CLAUSE_END = /[,，。;；!！?？:：、]/u;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'gu');

/** A verb of two characters or more: one alone mostly qualifies the next (补填, 再交). */
const isVerb = (word: string): boolean => {
  if (word.length < ACT_LENGTH) return false;
  const tagged = taggedWords(word);
  return tagged.length === 1 && tagged[0]!.tag === 'v';
};

/** Whether one still may now, asked ("现在还能补填不"): of the act after it, whose last day answers ("这次还能再报吗" asks who may). */
const STILL_MAY = new RegExp(`(?:${NOW_WORD}|目前)[^。?？]*?还(?:能|可以)(?:再)?`, 'u');
/** 补 opening the act (补填, 补交, 补报). */
const MADE_UP_ACT = new RegExp(`^${MAKE_UP}`, 'u');

/** Words of the deadline itself, no act of its own (截止, 期限). */
const DEADLINE_WORD = /截止|截至|期限|最迟|最晚/u;

/**
 * The act whose time the question asks (the first content word of the asking clause after its time
 * word, or the word just before 时间 / 日期), or undefined when no time is asked or no word names the act.
 * `contentWords` analyses a piece of the question as the query analysis does (synonyms folded).
 */
export function timedAct(normalized: string, contentWords: (text: string) => string[]): string | undefined {
  const asked = ASKS_TIME.exec(normalized);
  if (asked) {
    const after = contentWords(normalized.slice(asked.index + asked[0].length).split(CLAUSE_END)[0]!.replace(BETWEEN, ''));
    if (after.length > 0) return after[0];
  }
  const noun = TIME_NOUN.exec(normalized);
  if (noun) return contentWords(normalized.slice(Math.max(0, noun.index - ACT_LENGTH), noun.index)).at(-1);
  if (asked) return actBefore(normalized, asked.index, contentWords);
  const still = STILL_MAY.exec(normalized);
  return still ? contentWords(normalized.slice(still.index + still[0].length).split(CLAUSE_END)[0]!.replace(MADE_UP_ACT, ''))[0] : undefined;
}

/**
 * "还能补填那个报告吗，截止哪天": an asking clause that names no act but the time asks the time of the
 * act the clause before it names (its first content word that is a verb of two characters, as the query folds it: 补填 → 补 / 填报).
 */
function actBefore(normalized: string, askedAt: number, contentWords: (text: string) => string[]): string | undefined {
  const head = normalized.slice(0, askedAt);
  const clauseStart = Math.max(...[...head.matchAll(CLAUSE_ENDS)].map((m) => m.index ?? -1), -1);
  if (clauseStart < 0 || contentWords(head.slice(clauseStart + 1)).some((word) => !DEADLINE_WORD.test(word))) return undefined;
  return contentWords(head.slice(0, clauseStart)).find((word) => !DEADLINE_WORD.test(word) && isVerb(word));
}
