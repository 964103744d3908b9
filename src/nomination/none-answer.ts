import { isNumericField, type Form, type FormField } from './form.js';
import { fieldsNamedIn } from './labels.js';
import { ACTION, findFigure } from './segment.js';
import { parseField } from './parsers/index.js';
import type { FieldValue } from '../store/nomination-types.js';

/** Answers that say a figure is nothing ("没有出口", "无"), for numeric fields. */

/** Words for "no figure yet" (not counted, not known): the field stays open, nothing is stored. */
export const NOT_KNOWN =
  /不(?:太|大|是很|怎么)?(?:清楚|知道|确定|晓得|了解|掌握)|不(?:太|大|是很|怎么)?好(?:算|统计|计算|核算|估算?)|没掌握|未掌握|搞不清|弄不清|说不好|说不准|不好说|拿不准|没数据|没有数据|暂无数据|无数据|没这个数|没有这个数|没数|没底|(?:没有?|未)(?:分开|单独|单列|细分|拆分)?(?:统计|算|核算)|无统计|没法统计|无法统计|没法填|无法填写?|填不了|没法写|统计不出来?|算不出来?|不单列|没单列|没算|没有算|没核算|未核算|没测算|未测算|无法提供|提供不了|待统计|不详|没定|未定|待定|没想好|没确定|还在商量|还在研究/u;

/**
 * Words asking to leave a field empty: "跳过", "先不填", "空着", "不用填" — not the ones naming a
 * field left empty before ("之前跳过的加工业产值有数了").
 */
export const SKIP_WORDS = /(?<!之前|刚才|上次|前面|先前|以前)(?:跳过|略过|空着|不填|(?:不用|不需要|无需|不必)(?:填|写))(?!的)/u;

/** Words saying there is no figure to give: it is not known, or the field is to stay empty. */
export const NO_FIGURE = new RegExp(`${NOT_KNOWN.source}|${SKIP_WORDS.source}`, 'u');

/** Words beside "not known" that say nothing more: "这个我真不清楚哎", "暂时没有统计过". */
const NOT_KNOWN_FILLER =
  /这个(?:数据?|数字)?|这一?项|这一?块|心里|领导|单位|上面|这边|那边|具体(?:数字|数据|的)?|目前|暂时|现在|一时|还|也|都|真的?|实在|确实|完全|太|大|我们?|咱们?|这|那|不好意思|抱歉|哎|唉|诶|呢|啊|吧|哦|呀|耶|了|过|的|啦|嗯|额|呃|哈/gu;

/**
 * A whole answer that says the figure or fact asked is not known ("不清楚", "这个没统计过", "暂无数据",
 * "说不好啊"): no value, and nothing else in it. The question stays open — skipped when it is optional.
 */
export function isUnknownAnswer(text: string): boolean {
  const bare = text.normalize('NFKC').trim().replace(/[\s,，。.!！?？~～…、]+/gu, '');
  if (!bare || bare.length > 20 || /\d/u.test(bare) || !NOT_KNOWN.test(bare)) return false;
  const known = new RegExp(NOT_KNOWN.source, 'gu');
  return bare.replace(known, '').replace(NOT_KNOWN_FILLER, '') === '';
}

/** A clause putting the answer off: "等开完会再说", "明天再弄", "回头补上", "我过两天补上", "晚点一起发". */
const LATER =
  /(?:(?:再|以后|之后|回头)来?|(?:过(?:两|几|一|[1-9])天|明天|后天|下午|晚上|晚点|晚些|稍后|改天|下周)(?:再|一起|一并)?)(?:说|弄|填|补|发|搞|看|定|议|商量|讨论|继续|回复|答复)(?:上|一下|给你|给您)?(?:吧|了|哈|啊|呀|哦)*$/u;
/** Items listed with 、 and gathered after: "出口额、加工、旅游这几项". */
const GATHERED = /(?:\p{Script=Han}{1,8}、)+\p{Script=Han}{1,8}?(?=这几?项|这些|这几个|几项)/gu;
/** A clause saying the figures are still awaited from someone: "这几项数据还在等商务局". */
const AWAITED = /^(?:.{0,12}|.*(?:数据?|数字|材料|资料|几项|部分|那段|这段))(?:还在|正在|还)等.{1,10}$/u;
/** A clause ending the work for now: "算了", "今天先到这吧", "先这样", "先这些", "材料里就这些数". */
const STOP = /^(?:算了|好了|行了|那|今天|那今天)?(?:(?:表|表格|材料|资料)里)?(?:先|就|只有)?(?:这样|这些(?:数据?|数字)?|到这(?:里|儿)?|到此为止)?(?:吧|了|啊|哈|哦)*$/u;
/** A clause holding the answer back while it is looked for: "稍等我找一下措施那段", "等下我查查". */
const LOOKING = /^(?:稍等|等一?下|等会儿?)(?:一?下)?(?:我|我们)?(?:先|再)?(?:找|查|翻|问|看|确认|核对|核实)/u;
/** A clause saying the rest is not at hand: "剩下的表里没有", "其他的材料里没写". */
const REST_MISSING = /^(?:剩下|剩余|其余|其他|其它|别)的.{0,8}(?:没有|没写|没|缺)(?:了|吧|啊)*$/u;
/** A clause saying the table sent has the item empty: "措施和计划表里是空的". */
const EMPTY_IN_TABLE = /(?:表|表格|材料|资料)(?:里|上|中)?(?:是|都是)?(?:空的|空着|没有|没填|没写)(?:的)?(?:吧|啊)*$/u;
/** A clause saying the answer comes in the next message: "我打字给你", "单独发你". */
const SENDS_NEXT = /^(?:我|我们)?(?:现在|这就|马上|等下)?(?:打字|手打|单独|另外|重新|直接)?(?:发|打|写|给|补)(?:给)?(?:你|您)(?:吧|哈|啊)*$/u;
/** A clause saying the answer is not there yet is short: "计划还没定"; a longer one says more. */
const NOT_YET_MAX = 12;
/** A clause saying the answer is in the material still to come: "支持政策和明年打算也在表里". */
const IN_MATERIAL = /(?:也|都|就)在(?:表|表格|材料|资料|附件|文件|报告|word|excel)(?:里|中|上)?(?:面)?(?:呢|了|哈|啊)*$/iu;
/**
 * Beside a clause putting the answer off, a short clause with no figure and no action says only
 * about what ("剩下的三、四部分我下午再发", "第三、四部分还在领导那改，改完再发", "单元格比较长"): the
 * measures and plans a deferral could hide state actions.
 */
const ASIDE_MAX = 12;
const ABOUT_MATERIAL = /部分|段|列|单元格|表|材料|资料|文件|内容|领导|科长|主任|局长|同事|那边|还在|正在|改/u;
const isAside = (clause: string): boolean =>
  [...clause].length <= ASIDE_MAX && ABOUT_MATERIAL.test(clause) && !/[\d零〇一二两三四五六七八九十百千万亿]{2,}/u.test(clause) && !ACTION.test(clause);

/**
 * A whole message that only puts the answer off ("计划还没定，等开完会再说", "算了，今天先到这吧，
 * 明天再弄"): no free text to store, whatever field is asked.
 */
export function isDeferral(text: string): boolean {
  // ("第三、四部分": numbers listed with 、 are one clause's, and so are items gathered by 这几项: "出口额、加工、旅游这几项数据…")
  const clauses = text
    .normalize('NFKC')
    .replace(/(?<=[\d一二三四五六七八九十])、(?=[\d一二三四五六七八九十])/gu, '和')
    .replace(GATHERED, (list) => list.replaceAll('、', '和'))
    .split(/[\s,，。.!！;；~～…、]+/u)
    .filter(Boolean);
  const later = (c: string): boolean =>
    LATER.test(c) || AWAITED.test(c) || REST_MISSING.test(c) || LOOKING.test(c) || EMPTY_IN_TABLE.test(c) || SENDS_NEXT.test(c) || IN_MATERIAL.test(c) || ([...c].length <= NOT_YET_MAX && NOT_KNOWN.test(c));
  return clauses.some(later) && clauses.every((c) => later(c) || STOP.test(c) || isAside(c));
}

/** What is left of a "nothing" answer once the field's names and filler words are gone: 没有, 无, 不, 零 … */
const NONE_WORDS = /^(?:没有|没|无|暂无|尚无|不|为零|是零|零|为0|是0|0)+(?:搞|做|涉及|开展|单列)?$/u;
/** A word for where the activity happens, after the field's name: "没有加工厂", "没有出口企业", "暂无加工业务". */
const FACILITY = /(?:厂|企业|业务|环节)$/u;
/** Words in front of the word for nothing once the field is named: "我们小米不出口" → 小米. */
const NONE_SUBJECT = /^\p{Script=Han}{1,4}?(?=(?:没有|没|无|暂无|尚无|不)(?:搞|做|涉及|开展|单列)?$)/u;
const NONE_FILLER = /目前|现在|暂时|一直|还|基本上?|产品|我们|这边|这块|那块|这一块|方面|业务|的|都|也|了|吧|啊|呢|哈|呀|哦|额|金额|数据/gu;

/**
 * "没有出口", "暂无出口", "零出口", "产品不出口", "不搞出口", "我们小米不出口", "出口基本为零", "无": nothing, for a numeric
 * field. Only the field's own names and filler may stand beside the word for nothing, so "没统计"
 * or "不清楚" is no answer and "没有加工" says nothing about 出口额.
 */
export function isNone(field: FormField, text: string): boolean {
  return noneClause(field, text) || noneAmongClauses(field, text);
}

/** When beside a "none" ("去年还没有", "之前没有"): the year asked is the last one. */
const NONE_WHEN = /去年|上年|上一年度?|往年|之前|以前|过去|目前|现在|暂时/gu;

/**
 * "今年才开始往泰国出口，去年还没有": one clause says none (for the year asked), and every other
 * clause talks about the field itself without a figure, or says what it all is instead.
 */
function noneAmongClauses(field: FormField, text: string): boolean {
  const clauses = text.split(/[，,；;。\s]+/u).filter((c) => c.trim());
  if (clauses.length < 2 || /\d/u.test(text) || findFigure(text)) return false;
  const names = [...field.keywords, field.label].filter((name) => name.length >= 2);
  const none = clauses.filter((clause) => noneClause(field, clause));
  return none.length === 1 && clauses.every((clause) => none.includes(clause) || names.some((name) => clause.includes(name)) || (ALL_INSTEAD.test(clause) && !/[不没未无]/u.test(clause)));
}

/** A clause saying what all of it is instead, beside the none: "出口没有，都是内销". */
const ALL_INSTEAD = /^(?:都|全|全部|基本上?|主要)(?:都)?(?:是|在|做|搞)?\p{Script=Han}{1,12}$/u;

function noneClause(field: FormField, text: string): boolean {
  // ("暂无数据", "没统计": a figure not known is no zero)
  if (NOT_KNOWN.test(text)) return false;
  let rest = text.trim().replace(/[。.!！，,~～…\s]+$/u, '');
  const facility = FACILITY.test(rest);
  rest = rest.replace(FACILITY, '');
  const names = [...field.keywords, field.label].sort((a, b) => b.length - a.length);
  let named = false;
  for (const name of names) {
    if (name.length >= 2 && rest.includes(name)) {
      rest = rest.split(name).join('');
      named = true;
    }
  }
  rest = rest.replace(NONE_FILLER, '').replace(NONE_WHEN, '');
  if (named) rest = rest.replace(NONE_SUBJECT, '');
  // ("没有厂" without the field's name says nothing of which figure)
  return NONE_WORDS.test(rest) && (named || (rest !== '不' && !facility));
}

const TOP_CLAUSE = /([，,；;。！!\n]+)/u;
/** "刚才写待定的", "之前没统计的": the field as it was left before, when the figure now follows. */
const LEFT_BEFORE = /(?:刚才|刚刚|之前|上次|上回|前面|先前|以前|昨天|原来)/u;

/**
 * The clauses saying that optional figure fields have no figure yet ("物流、旅游都没统计",
 * "物流和旅游都没有统计", "加工这块不单独统计", "旅游不太好算就不填了"), or that an optional field of another kind is nothing
 * ("没有邮箱"), taken out of the message with the fields they name. Only clauses without a figure,
 * naming only open optional fields; not one telling how a field was left before a figure for it
 * ("出口额刚才写待定的，现在有数了：1.8亿元").
 */
export function withoutUnknown(form: Form, filled: Record<string, FieldValue>, text: string): { rest: string; fields: FormField[] } {
  const fields: FormField[] = [];
  const parts = text.split(TOP_CLAUSE);
  const figured = parts.some((part) => findFigure(part));
  const kept = parts.filter((part, i) => {
    if (i % 2 === 1 || findFigure(part) || (figured && LEFT_BEFORE.test(part))) return true;
    const named = fieldsNamedIn(form, part);
    const open = (f: FormField): boolean => !f.required && !(f.id in filled);
    // "没有邮箱": an optional field of another kind said to be nothing is skipped too
    const noneOther = named.length === 1 && !isNumericField(named[0] as FormField) && open(named[0] as FormField) && noneClause(named[0] as FormField, part);
    if (!noneOther && !NO_FIGURE.test(part)) return true;
    if (named.length === 0 || !named.every((f) => (noneOther || isNumericField(f)) && open(f))) return true;
    fields.push(...named.filter((f) => !fields.includes(f)));
    return false;
  });
  if (fields.length === 0) return { rest: text, fields };
  return { rest: trimPunctuation(kept.join('').replace(/([，,；;。！!\n])[，,；;。！!\n]+/gu, '$1')), fields };
}

const trimPunctuation = (s: string): string => s.replace(/^[\s,，;；、。:：]+|[\s,，;；、:：]+$/gu, '');

/**
 * A clause among others that says one open figure field is nothing ("产值3.2亿元左右，没有出口"):
 * that field's nothing. Only when the clause names exactly one figure field.
 */
export function noneNamed(form: Form, text: string, open: (f: FormField) => boolean): { field: FormField; value: FieldValue } | undefined {
  const named = fieldsNamedIn(form, text).filter(isNumericField);
  const [only, ...more] = named;
  if (!only || more.length > 0 || !open(only) || !isNone(only, text)) return undefined;
  const parsed = parseField(only, '无');
  return parsed.ok ? { field: only, value: parsed.value } : undefined;
}
