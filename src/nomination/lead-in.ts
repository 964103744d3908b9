import { isNumberedFieldHeading } from './block.js';
import type { Form } from './form.js';
import { fieldsNamedIn, matchLabel } from './labels.js';
import { labelOf } from './segment.js';

/**
 * Lead-ins: a clause ending in a colon that names no field and only announces what follows
 * ("先把基本情况发您：", "先说别的：", "情况如下："). They are no label, so they are dropped.
 */

const LEAD_IN = /^([^：:，,。；;\n\d]{2,16})[：:]\s*/u;
const AT_CLAUSE = /(^|[，,；;。\n]\s*)([^：:，,。；;\n\d]{2,24})[：:]\s*/gu;

const namesNoField = (form: Form, words: string): boolean => fieldsNamedIn(form, words).length === 0 && matchLabel(form, words).length === 0;
const FIRST_CLAUSE = /^[^，,；;。\n]*/u;
/** Words saying the text after them is sent, quoted or copied: "发给你", "原文如下", "摘录". */
const SENDS = /发(?:给)?(?:你|您)|(?:转|贴)(?:给)?(?:你|您)|(?:发|贴|拷|转)过来|如下|以下是|原文|摘录|摘抄|复制|粘贴|(?<!补)贴(?:一下|上|出来)?$|[一这那]段|(?:都)?在里面|照着?[^，,。：:\d]{0,8}(?:念|读|抄)|(?:贴|发|转)(?:一下|一段)?(?:材料|资料|原文|内容|文字)/u;

/** Words saying only who told or wrote what follows: "科长念的", "主任的原话", "协会写的原文". */
const SAID_BY = /^[^\d]{1,8}?(?:念|读|说|讲|口述|写|整理|提供)的(?:原话|原文|内容)?$|^[^\d]{1,8}?的(?:原话|原文)$/u;

/** The first message's lead-in, before data told with or without labels. */
export function dropOpeningLeadIn(form: Form, line: string): string {
  const lead = LEAD_IN.exec(line);
  return lead && namesNoField(form, lead[1] as string) ? line.slice(lead[0].length) : line;
}

/** Lead-ins anywhere in a message, where a labelled answer follows ("…，先说别的：申请人是…协会"). */
export function dropLeadIns(form: Form, text: string): string {
  return dropLineBeforeHeadings(form, text).replace(AT_CLAUSE, (whole: string, before: string, words: string, at: number) => {
    // (the answer after it must be labelled in its own clause: "茶旅融合这块：八千万元" keeps its words)
    const after = FIRST_CLAUSE.exec(text.slice(at + whole.length))?.[0] ?? '';
    // (…or it says it sends what follows, "我把申报材料第一段发给你：", who told it, "科长念的：", or who
    // sent it in, "市局报上来的：", whatever the text after it is)
    const sends = (SENDS.test(words) || SAID_BY.test(words.trim()) || isAboutSending(words)) && namesNoField(form, words) && after.trim() !== '';
    // ("扶持措施和明年计划我一起贴：扶持措施：…": naming what it sends, it is still no label when a labelled answer follows)
    const sendsLabelled = SENDS.test(words) && labelOf(form, after).labelKind === 'colon';
    // (the label after it must name a field: "标准化建设：制定地方标准3项" heads an item of free text)
    const labelAfter = labelOf(form, after).label;
    const beforeLabelled = namesNoField(form, words) && labelAfter !== undefined && !namesNoField(form, labelAfter);
    // ("措施方面我直接贴材料：…": naming one field, it sends that field's text, labelled so)
    const named = fieldsNamedIn(form, words);
    const sendsField = SENDS.test(words) && named.length === 1 && after.trim() !== '' && labelOf(form, after).labelKind !== 'colon';
    if (sendsField) return `${before}${named[0]?.label}：`;
    return sends || sendsLabelled || beforeLabelled ? before : whole;
  });
}

/** A clause about the material and its sending, with no data in it: "汾阳小武把表发我了", "材料是从word里复制的". */
const ABOUT_SENDING = /^[^\d：:，,。；;]{0,14}(?:表|表格|材料|资料|文件|原文|内容)[^\d：:，,。；;]{0,8}(?:发|转|拷|复制|粘贴|贴|传|整理)[^\d：:，,。；;]{0,6}$/u;

/** …or about who put the figures together: "地区局小马整理的", "这两个林科一起发的". */
const GATHERED_BY = /^[^\d：:，,。；;]{1,12}(?:整理|汇总|统计|提供|发|报|转|给)(?:过来|上来)?的(?:数据?|材料|资料)?$/u;

/** …or that the sender pastes it over now: "我整理了一段一段贴过来", "直接贴给你哈". */
const PASTING_OVER =
  /^(?:我们|我|咱们|俺)?(?:这边)?(?:都|已经|先|直接)?(?:(?:整理|汇总|收集|归集|复制|拷)(?:了|好了?|完了?)?[^\d：:，,。；;]{0,8}?)?(?:直接|都|就)?(?:贴|发|转|传|拷)(?:过来|给你们|给您|给你|上来)(?:了|哈|啊|吧|啦)?$/u;

/** …or who dictates what the sender types: "主任口述我来打字", "科长念我记". */
const DICTATED = /^[^\d：:，,。；;]{1,8}?(?:口述|念|读|说)[，,]?\s*(?:我们|我)(?:来|帮忙|帮他|帮她|负责)?(?:打字|录入|打|录|记|敲)$/u;

/** …or that it came: "龙口的数来了", "县里的材料也到了". */
const DATA_CAME = /^[^\d：:，,。；;]{0,10}?的?(?:数|数字|数据|材料|资料|表)(?:也|都)?(?:来了|到了|发来了|过来了|发过来了|报上来了)$/u;

export const isAboutSending = (clause: string): boolean => {
  const bare = clause.trim();
  return ABOUT_SENDING.test(bare) || GATHERED_BY.test(bare) || PASTING_OVER.test(bare) || DATA_CAME.test(bare) || DICTATED.test(bare);
};

/**
 * A clause telling that another unit or a colleague sent in a nomination to relay: "下面县里报了一个地标",
 * "县局报了个产品", "县里发来的申报材料". It asks nothing itself, but names the papers a wish to fill in
 * beside it ("我来录") asks for.
 */
const RELAYED_SUBMISSION =
  /^[^\d：:，,。；;]{0,12}?(?:县|市|区|州|盟|旗|镇|乡|局|里|站|协会|中心|科长|局长|主任|同事|那边)[^\d：:，,。；;]{0,4}?(?:报|发|交|递|传|送)(?:了|过来了?|上来了?|来了|来的|过来的|上来的)(?:一个|一份|个|份|的)?(?:地标|地理标志|申报|申报书|申报材料|名录申报|材料|产品)$/u;
export const isRelayedSubmission = (clause: string): boolean => RELAYED_SUBMISSION.test(clause.trim());

const FIRST_LINE = /^([^\r\n]*[：:])[ \t]*\r?\n([^\r\n]*)/u;

/**
 * "扶持措施和计划是附件里的，一起贴：" on a line of its own over "一、已采取的扶持措施": a first line ending
 * in a colon before a numbered heading that names a field announces the document; whatever fields
 * its words name, the headings under it label the values, so the line goes.
 */
function dropLineBeforeHeadings(form: Form, text: string): string {
  const first = FIRST_LINE.exec(text);
  return first && isNumberedFieldHeading(form, first[2] as string) ? text.slice((first[1] as string).length).replace(/^[ \t]*\r?\n/u, '') : text;
}

/** "发你 市政府出台…", "给您贴一下：…": words sending the text, opening it after its label. */
const SENDING_OPENER = /^(?:我)?(?:(?:发|贴|转)(?:给)?|给)(?:你|您)(?:贴|发)?(?:一下)?(?:了|哈|啊|啦)?(?:[ \t\u3000]+|[：:，,]\s*)(?=\S)/u;
export const withoutSendingOpener = (text: string): string => text.replace(SENDING_OPENER, '');
