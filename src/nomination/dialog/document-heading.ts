import type { Form, FormField } from '../form.js';
import { matchLabel } from '../labels.js';
import { MARK } from '../block.js';
import { ACTION } from '../segment.js';
import { isLayoutHeader } from '../table-layout.js';

/** A heading is short: its words, without the number and the colon. */
const MAX_HEADING = 16;
/** The score of a field's own name or keyword (see labels.ts): a heading names its field exactly. */
const EXACT = 90;
/** A numbered heading names its field less exactly, but clearly ahead of any other. */
const NUMBERED_CLEAR = 60;
const MARGIN = 15;
const NUMBERED = new RegExp(`^\\s*${MARK}\\s*`, 'u');
const CLOSING_COLON = /[\s：:]+$/u;
const COPULA_END = /(?:是|为)$/u;
/** Words a section heading is made of besides fields' names: "一、基本情况", "二、产业发展情况". */
const SECTION_WORDS = /情况|信息|概况|基本|有关|相关|发展|产业|效益|经济|社会|其他|其它|及|和|与/u;

/** "下面是第二部分": the next part of what is pasted. */
const PART = /^(?:下面|接下来|以下|然后|再)?(?:是|发)?(第[一二三四五六七八九十\d]{1,2}(?:部分|页|张|块|段))[了啦。.!！：:]*$/u;

export type DocumentHeading = { kind: 'field'; field: FormField } | { kind: 'section'; words: string } | { kind: 'layout' };

/**
 * A pasted document's heading sent on its own line, its value to come in the next message:
 * "（七）产品类别", "1.年产值", "三、已采取的扶持措施：" name one field by its own name (the value
 * that follows answers it), "一、基本情况", "五、联系人及联系方式" open a part of the document and
 * are no answer, nor is a table's header of layout words ("序号 项目 内容"). A heading has no figure and no value after its colon; an item number alone opens
 * no section ("1、茶叶" is a numbered answer).
 */
export function documentHeading(form: Form, text: string, current?: FormField): DocumentHeading | undefined {
  const typed = text.trim();
  if (isLayoutHeader(typed)) return { kind: 'layout' };
  const part = PART.exec(typed);
  if (part?.[1]) return { kind: 'section', words: part[1] };
  const numbered = NUMBERED.exec(typed);
  const words = typed.slice(numbered?.[0].length ?? 0).replace(CLOSING_COLON, '');
  if (!words || [...words].length > MAX_HEADING || /[\d０-９，,。；;！!？?：:]/u.test(words)) return undefined;
  const [first, second] = matchLabel(form, words);
  if (first && first.score >= EXACT && (!second || second.score < first.score)) return { kind: 'field', field: first.field };
  // "7. 用标企业数量": a numbered heading may name its field in words of its own, but not an item of free text asked ("2.提高从业人员收入")
  const clear = first && first.score >= NUMBERED_CLEAR && (!second || first.score - second.score >= MARGIN);
  if (numbered && clear && current?.type !== 'longtext' && !ACTION.test(words)) return { kind: 'field', field: first.field };
  // "范围是": the name of the field asked in words of its own and a copula, its value to come
  if (clear && first.field === current && COPULA_END.test(words)) return { kind: 'field', field: first.field };
  const closesWithColon = CLOSING_COLON.test(typed) && /[：:]/u.test(typed.slice(-2));
  if ((numbered || closesWithColon) && SECTION_WORDS.test(words) && !ACTION.test(words) && !(first && first.score >= EXACT)) return { kind: 'section', words };
  return undefined;
}

/**
 * A pasted document without its section headings ("一、基本情况", "二、产业数据（2022年）") on lines of
 * their own: they open a part and answer nothing, so no line before them runs on into them.
 */
export function withoutSectionLines(form: Form, text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => documentHeading(form, line.replace(YEAR_NOTE, ''))?.kind !== 'section');
  return kept.length > 0 && kept.length < lines.length ? kept.join('\n') : text;
}

/** A year noted after a section's words: "二、产业数据（2022年）". */
const YEAR_NOTE = /[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[）)]\s*$/u;
