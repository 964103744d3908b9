import { CUE_SHAPES, CUE_TERMS, type CueKind } from './lexicon.js';
import { enumerations } from './shapes.js';

/**
 * Whether a question asks for a count as its very answer ("一共有多少个", "补贴是多少", "我们省几个"):
 * then only a sentence stating a count answers it, as only one with a date answers a deadline. A
 * count word that describes what is asked about ("那几个专项行动都是啥", "加大的几个领域") asks
 * nothing.
 */

/** A total asked ("一共", "总共"): stated as a number, never by a pointer to the list it counts. */
const TOTAL = /一共|总共|合计|共有/;

/**
 * 多少 / 几 closing its clause, with at most a measure word and a short noun ("批了几个示范区", "是多少");
 * not an ordinal or a date (第几个, 附件几, 多少号).
 */
const CLOSING_COUNT = /(?<![的这那些第]|附件)(?:多少|几)(?![号月日天点时])(?:个|件|家|项|名|所|批|位|条|种|类)?\p{Script=Han}{0,5}?[了呢啊呀吗哈啦]*(?=[,，。;；?？!！\s]|$)/u;

/** 有几 / 有多少 with a measure word asks how many there are, whatever follows ("有几家企业拿到了专用标志"). */
const HAS_COUNT = /有(?:多少|几)(?:个|件|家|项|名|所|批|位|条|种|类)/;

/** A yes-or-no asked besides ("几个领域，专利转化有没有在里面"): that may be the question, not the count. */
const YES_NO = /有没有|是否|是不是|在不在|算不算/;

/** Other kinds of fact that, asked with the count, may be what the question wants (传真号多少, 名额在哪看, 都有哪些). */
const OTHER_ASKS: ReadonlySet<CueKind> = new Set(['contact', 'lookup', 'where', 'date', 'deadline', 'who', 'list']);

/** How a question asks a count: a total, each one's share (各省推荐几个, 每个省最多报几个), any other count, or none. */
export type AskedCount = 'total' | 'each' | 'count';

/** A count asked of each one, or its cap ("每个省最多报几个", "一个省能报几个"). */
const EACH = /各|每|一个(?:省|市|县|地方|单位)|单个|最多|上限/;

/** A count a sentence gives each one ("各省报送数量不超过2个"): a share or a cap, not how many there are. */
const EACH_COUNT = /(?:各|每个?|每一)(?:省|市|县|地|单位|企业)[^,，。;；]{0,10}?\d+\s*[个件家项名]/g;

export function askedCount(normalized: string, cues: readonly CueKind[]): AskedCount | undefined {
  if (!cues.includes('number') || cues.some((kind) => OTHER_ASKS.has(kind)) || YES_NO.test(normalized)) return undefined;
  if (TOTAL.test(normalized)) return 'total';
  if (!CLOSING_COUNT.test(normalized) && !HAS_COUNT.test(normalized)) return undefined;
  return EACH.test(normalized) ? 'each' : 'count';
}

/**
 * True when the question names one item of an enumeration the sentence counts as a whole ("哈密瓜"
 * of "…、哈密瓜、…等24个产品的48家企业"): the sentence's count is of them all, not of that item. An
 * item is named by a word of the question only it holds, or by its whole text (a name the
 * tokenizer splits into characters, 六堡茶).
 */
function countsItsListOnly(sentence: string, words: readonly string[], question: string): boolean {
  return enumerations(sentence).some(({ items }) => {
    if (items.some((item) => /\d/.test(item))) return false;
    const byWord = words.some((word) => word.length >= 2 && items.filter((item) => item.includes(word)).length === 1);
    return byWord || items.some((item) => item.length >= 3 && question.includes(item));
  });
}

/** True when every count of a sentence is each one's share ("各省报送数量不超过2个"): it says how many of what was selected none. */
const countsEachOnly = (sentence: string): boolean => EACH_COUNT.test(sentence) && !CUE_SHAPES.number.test(sentence.replace(EACH_COUNT, ''));

/** Words naming a notice by what it is about ("金华火腿那次公告", "六堡茶的通知"). */
const NAMES_NOTICE = /\p{Script=Han}{2,8}?(?:那次|那批|那个|那份|的)?(?:公告|通知|文件|公示)/gu;

/**
 * True when the count asked is of one item of a list whose whole the sentence counts ("金华火腿核准了几家企业"
 * of "…、金华火腿、…等24个产品的48家企业"): the sentence states the total, never that item's share, so
 * quoting it would pass the total off as the answer.
 */
export function countsOneItemOfList(asked: AskedCount | undefined, shapes: readonly string[], sentence: string, words: readonly string[], question: string): boolean {
  if (!asked || !shapes.includes(CUE_TERMS.number)) return false;
  // an item that names the notice ("金华火腿那次公告一共核准了几家") asks the notice's total
  const counted = question.replace(NAMES_NOTICE, ' ');
  return countsItsListOnly(sentence, words.filter((word) => counted.includes(word)), counted);
}

/**
 * True when a sentence does not give the count asked: it states no count, or only its list's
 * count when one item is asked about; and it does not point to where one is (见附件, a table of
 * quotas answers "各省推荐几个") — a pointer does not answer a total, nor the asker's own place's share.
 */
export function missesAskedCount(asked: AskedCount | undefined, cues: readonly CueKind[], shapes: readonly string[], sentence: string, words: readonly string[]): boolean {
  if (!asked) return false;
  if (shapes.includes(CUE_TERMS.number)) return countsItsListOnly(sentence, words, '') || (asked !== 'each' && !cues.includes('own') && countsEachOnly(sentence));
  return asked === 'total' || cues.includes('own') || !shapes.includes(CUE_TERMS.lookup);
}
