import type { FormField } from '../form.js';

/**
 * Strips what people put in front of an answer: a year ("2022年"), the field's own name
 * ("年产值", "联系人"), then a colon or "为/是" after that name, as in "2022年产值为3.5亿" or
 * "联系人：张三". Returns the input unchanged when nothing would remain.
 */
export function stripLead(field: FormField, text: string): string {
  let rest = text.replace(/^(?:19|20)\d{2}\s*年度?\s*(?=\D)/u, '');
  const keyword = field.keywords.find((k) => rest.toLowerCase().startsWith(k.toLowerCase()));
  if (keyword) rest = rest.slice(keyword.length).replace(/^\s*(?:[:：=]|是|为)?\s*/u, '');
  else rest = text;
  if (field.type === 'text' || field.type === 'longtext') rest = stripFiller(field, rest.trim());
  return rest.trim() ? rest.trim() : text;
}

/** How a figure is counted, before it: "（产值）按2023年统计口径（约为…）", "按照全口径计算". */
const BASIS = /(?:按照?|以)\s*(?:(?:19|20)\d{2}\s*年度?)?[^\d，,。；;：:]{0,8}?口径(?:计算|统计|测算|核算)?的?\s*[，,]?\s*/u;

/** A figure's answer without the basis it is counted on ("年产值按2023年统计口径约为21亿元" → "年产值约为21亿元"). */
export const withoutBasis = (text: string): string => text.replace(BASIS, '') || text;

/** Interjections in front of an answer: "嗯，是…协会", "呃 文山三七". */
export const INTERJECTION = /^(?:嗯+|呃+|哦+|噢+|啊+)(?:[，,、。.…\s]+|$)/u;
/**
 * Copulas in front of a name: "是…协会", "就是中药材", "叫文山三七". Not 为 on its own: it
 * starts names (为民…合作社); after a field's name ("申请人为…") it goes with the name above.
 */
const COPULA = /^(?:应该是|其实是|也就是|就是|名称是|名字叫|名称叫|名叫|叫做|叫作|我叫|我是|本人是|是|叫)\s*[:：]?\s*/u;
/** Free text keeps a leading 为 or 叫 ("为推进…"); only the plain copula goes. */
const LONG_COPULA = /^(?:应该是|其实是|也就是|就是|是)\s*[:：]?\s*(?=\p{Script=Han})/u;

/** Where an answer is copied from, in front of it: "按公告上写的是", "根据证书上登记的". */
const SOURCE = /^(?:按照?|根据|依据|照着?)[^，,。；;：:\d]{1,12}?(?:写|说|登记|载明|规定|公布|公告|记载)的(?:是|为)?\s*[:：]?\s*/u;

/**
 * Takes filler words off the front of a text answer: interjections, then one copula, as long as
 * a name of at least two characters (three after 叫, so 叫花鸡 stays) remains.
 */
function stripFiller(field: FormField, text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(INTERJECTION, '');
  }
  // "按公告上写的是福建省安溪县现辖行政区域": where the answer is copied from is no part of it
  const source = SOURCE.exec(rest);
  if (source && [...rest.slice(source[0].length).trim()].length >= 2) rest = rest.slice(source[0].length);
  const copula = (field.type === 'longtext' ? LONG_COPULA : COPULA).exec(rest);
  if (copula) {
    const after = rest.slice(copula[0].length);
    const min = copula[0].startsWith('叫') ? 3 : 2;
    if ([...after.trim()].length >= min) rest = after;
  }
  return rest || text;
}

/** Trailing sentence punctuation and a bracketed note at the end ("3.5亿元（2022年）"). */
export const stripTail = (text: string): string =>
  text.replace(/\s*[（(][^（）()]{0,30}[)）]$/u, '').replace(/[。.!！,，;；、~～]+$/u, '').trim();
