import type { Form, FormField } from './form.js';
import { fieldsNamedIn, leadingName, matchLabel } from './labels.js';
import { ACTION } from './segment.js';
import { parseField } from './parsers/index.js';
import { isProvinceName } from './provinces.js';
import { withoutClosingStop } from './discourse.js';
import { MARK } from './block.js';
import { SPACE_RUN } from '../text/regexp.js';

const ITEM_START = new RegExp(`^\\s*${MARK}`, 'u');

const choicesByForm = new WeakMap<Form, readonly FormField[]>();
function choiceFields(form: Form): readonly FormField[] {
  let found = choicesByForm.get(form);
  if (!found) choicesByForm.set(form, (found = form.fields.filter((f) => f.type === 'choice')));
  return found;
}

const opensWithFieldName = (form: Form, word: string): boolean =>
  fieldsNamedIn(form, word).some((f) => f.keywords.some((k) => word.startsWith(k) && word.length > k.length && !/^[:：=]/u.test(word.slice(k.length))));

/** A word that is a field's name (or its head noun alone), clearly enough to label the word after it. */
const LABEL_SCORE = 70;

/**
 * "注册人 信阳市茶叶协会 类别 茶叶": words parted by spaces that pair up as a field's name and its
 * value (after at most one unlabelled answer to the question asked) read as "注册人：…，类别：…".
 */
function labelledPairs(form: Form, parts: readonly string[], min = 2): string | undefined {
  const isLabel = (word: string): boolean => (matchLabel(form, word)[0]?.score ?? 0) >= LABEL_SCORE;
  const out: string[] = [];
  let at = isLabel(parts[0]!) || min < 2 ? 0 : 1;
  if (at === 1) out.push(parts[0]!);
  for (; at < parts.length; at += 2) {
    const [label, value] = [parts[at]!, parts[at + 1]];
    if (!isLabel(label) || value === undefined || matchLabel(form, value).length > 0) return undefined;
    out.push(`${label}：${value}`);
  }
  return out.length >= min ? out.join('，') : undefined;
}

/**
 * "青田石雕 浙江 集体商标 注册号 7734520": a spaced list (see `spacedList`) and then labelled pairs
 * (one is enough), each read as it would be alone.
 */
function listThenPairs(form: Form, parts: readonly string[]): string | undefined {
  for (let cut = parts.length - 2; cut >= 2; cut -= 2) {
    const pairs = labelledPairs(form, parts.slice(cut), 1);
    const list = pairs && SPACED.test(parts.slice(0, cut).join(' ')) ? spacedList(form, parts.slice(0, cut)) : undefined;
    if (pairs && list) return `${list}，${pairs}`;
  }
  return undefined;
}

/** A short line with no clause marks and no action: "保护方式是证明商标 注册号 1209748". */
const SHORT_LINE = 60;

/**
 * A space before a word opening with a field's name parts two answers ("保护方式是证明商标 注册号
 * 1209748" → "保护方式是证明商标，注册号 1209748"), unless the word before is a bare field name whose
 * value this is ("类型 证明商标"). Only in a short line without clause marks or actions: free text
 * keeps its spaces as typed.
 */
function partedBeforeNames(form: Form, line: string): string {
  if ([...line].length > SHORT_LINE || /[\r\n，,。；;：:]/u.test(line) || ACTION.test(line)) return line;
  const words = line.split(SPACE_RUN).filter(Boolean);
  let out = '';
  let before: string | undefined;
  let parted = false;
  for (const word of words) {
    // (a word of marks only, "孙志刚 / 手机 …", goes when a name follows it)
    if (!/[\p{L}\p{N}]/u.test(word)) {
      out += ` ${word}`;
      continue;
    }
    const bareLabel = before !== undefined && (matchLabel(form, before)[0]?.score ?? 0) >= EXACT && !/\d/u.test(before);
    // ("范围黑龙江省…": a head noun run into its value is given its colon, as a label the field's own name would be)
    const headEnd = before !== undefined && !bareLabel && leadingName(form, word)?.start !== 0 ? labelledValueAt(form, word) : undefined;
    const parts = before !== undefined && (leadingName(form, word)?.start === 0 || headEnd !== undefined) && !bareLabel;
    parted ||= parts;
    const said = headEnd === undefined ? word : `${word.slice(0, headEnd)}：${word.slice(headEnd)}`;
    out = parts ? `${out.replace(/(?:\s+[^\p{L}\p{N}\s]+)+$/u, '')}，${said}` : `${out}${out ? ' ' : ''}${word}`;
    before = word;
  }
  return parted ? out : line;
}
const EXACT = 100;

/** Longest label read at the front of a word: "产地范围", "保护范围". */
/** …in Chinese: "aili@…" opens with no label. */
const HAN_ONLY = /^\p{Script=Han}+$/u;
const LABEL_MAX = 6;

/** "范围黑龙江省五常市…": where a word's opening head noun of a field (LABEL_SCORE) ends, before a value that field reads. */
function labelledValueAt(form: Form, word: string): number | undefined {
  for (let end = 2; end <= Math.min(LABEL_MAX, word.length - 2); end += 1) {
    const head = word.slice(0, end);
    if (!HAN_ONLY.test(head)) return undefined;
    const best = matchLabel(form, head)[0];
    if (best && best.score >= LABEL_SCORE && parseField(best.field, word.slice(end)).ok) return end;
  }
  return undefined;
}

/** A short line of words parted by spaces only: "信阳毛尖 河南 证明商标". */
const SPACED = /^[^\s，,、；;。：:！!？?\d]{2,16}(?:[ \t\u3000]+[^\s，,、；;。：:！!？?]{2,16}){1,5}$/u;

/**
 * A line of words parted by spaces where a later word is a value no other field could hold (a
 * province, a choice such as 证明商标) is a list of answers, and its spaces part it like commas:
 * "信阳毛尖 河南 证明商标" → "信阳毛尖，河南，证明商标". A name with a space ("阿依古丽 买买提",
 * "黄山 毛峰") stays as typed, and so does a label with its value after a space ("所在省 海南省").
 */
export function spacedAnswers(form: Form, text: string): string {
  // (each line of a pasted block on its own: "庆元香菇 浙江 证明商标 注册号第3025946号\n范围是…"; a table's
  // row or a line of pairs, parted by tabs, bars or equals signs, is read by the block's reader)
  const own = (line: string): boolean => line.trim() !== '' && !/[\t|｜=＝\u3000]|\S[ ]{2,}\S/u.test(line) && !ITEM_START.test(line);
  if (/\n/u.test(text.trim())) return text.split(/(\r?\n)/u).map((line, i) => (i % 2 === 0 && own(line) ? spacedLine(form, line) : line)).join('');
  return /\t/u.test(text) ? text : spacedLine(form, text);
}

/** "…现辖行政区域，注册人是安吉县茶叶协会 类别茶叶": each clause of a line with commas is a line of its own. */
const byClause = (form: Form, line: string): string => line.split(/([，,])/u).map((clause, i) => (i % 2 === 0 && /\S[ \t\u3000]\S/u.test(clause.trim()) ? spacedLine(form, clause) : clause)).join('');

function spacedLine(form: Form, text: string): string {
  // a closing full stop ("甘肃的 证明商标 注册号6875432。") does not join the last word to the list
  const line = withoutClosingStop(text.trim());
  // "加工产值60亿 物流9亿 旅游没单独算": words that each open with a field's name and say more are answers
  const parts = line.split(SPACE_RUN);
  if (parts.length > 1 && !/[\r\n]/u.test(line) && parts.every((word) => opensWithFieldName(form, word))) return parts.join('，');
  const pairs = parts.length > 2 && !/[\r\n，,、；;。：:！!？?]/u.test(line) ? labelledPairs(form, parts) : undefined;
  if (pairs) return pairs;
  const list = SPACED.test(line) ? spacedList(form, parts) : undefined;
  if (list) return list;
  const both = !/[\r\n，,、；;。：:！!？?]/u.test(line) ? listThenPairs(form, parts) : undefined;
  if (both) return both;
  const parted = partedBeforeNames(form, line);
  if (parted === line) return /[，,]/u.test(line) ? byClause(form, text) : text;
  // "苏尼特羊肉 内蒙古的 证明商标，注册号是…": the words before the first name parted off may be a list themselves
  return parted
    .split('，')
    .map((chunk) => (SPACED.test(chunk) ? (spacedList(form, chunk.split(SPACE_RUN)) ?? chunk) : chunk))
    .join('，');
}

/** The words of a spaced line parted like commas, when a later word is a value no other field could hold. */
function spacedList(form: Form, parts: readonly string[]): string | undefined {
  const choices = choiceFields(form);
  const distinct = (word: string): boolean => isProvinceName(word.replace(/的$/u, '')) || choices.some((f) => parseField(f, word).ok);
  // "所在省 海南省", "类型 证明商标": a label with its value after a space is read as a labelled pair;
  // a word holding its label and its figure ("注册号8934521") is one answer of the list
  if (parts.some((word) => fieldsNamedIn(form, word).length > 0 && !/\d/u.test(word))) return undefined;
  // "地标产品 2005年第60号": a choice said first is an answer of its own (a province first may open the region)
  const choiceFirst = parts.length > 1 && choices.some((f) => parseField(f, parts[0]!).ok);
  return choiceFirst || parts.slice(1).some(distinct) ? parts.join('，') : undefined;
}
