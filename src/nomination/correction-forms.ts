import type { Form, FormField } from './form.js';
import type { Correction } from './extract.js';
import { CLAUSE, CONTRAST_NEW_FIRST, CONTRAST_OLD_FIRST, CONTRAST_WRITTEN, CORRECTION_MARKER, FIELD_WRONG } from './correction-words.js';
import { fieldsNamedIn, matchLabel } from './labels.js';
import { fieldAtItem } from './table-layout.js';
import { labelOf } from './segment.js';
import { parseField } from './parsers/index.js';
import type { FieldValue } from '../store/nomination-types.js';
import { distance } from 'fastest-levenshtein';
import { figureAbove } from './relative-figure.js';

/**
 * Corrections said in shapes of their own, beside "field 改成 value" (extract.ts): a new value
 * against the old one ("是16.8亿不是15亿"), a heading that names the field over the new text
 * ("刚才措施发得不全，以这个为准：…"), a fix of some digits of a stored number ("电话最后两位是09",
 * "后两位写反了"), and a typo fixed in a stored text ("打错字了 应该是景德镇瓷器").
 */

/** The draft's values, by field id. */
export type Filled = Record<string, FieldValue>;

/** Contrasts are read only in short messages: in a long text, "不是…而是…" is prose. */
const CONTRAST_MAX = 80;

/**
 * "产值我刚核对了一下，是16.8亿不是15亿", "不是92家，是29家", "用标主体写的64，其实是68家": the new value said against the old one.
 * The field is the one whose value the old one is, else the one field the other words name; free
 * text only changes this way when it is filled and named, and the new value must read as the field's.
 */
export function contrast(form: Form, text: string, filled: Filled): Correction | undefined {
  if (text.length > CONTRAST_MAX) return undefined;
  const newFirst = CONTRAST_NEW_FIRST.exec(text);
  const oldFirst = CONTRAST_OLD_FIRST.exec(text) ?? CONTRAST_WRITTEN.exec(text);
  return (
    (newFirst && contrasted(form, text, newFirst, newFirst[1], newFirst[2], filled)) ??
    (oldFirst ? contrasted(form, text, oldFirst, oldFirst[2], oldFirst[1], filled) : undefined)
  );
}

/** Whether `figure`, read as `field`'s value, is the value the draft holds for it. */
function holds(field: FormField, figure: string, filled: Filled): boolean {
  const read = parseField(field, figure);
  return field.id in filled && read.ok && read.value.value === filled[field.id]?.value;
}

/** The correction a contrast makes, if a field reads the new value (see `contrast`). */
function contrasted(form: Form, text: string, match: RegExpExecArray, value: string | undefined, old: string | undefined, filled: Filled): Correction | undefined {
  // a field's name or a remark is no new value: "联系人不是王磊，…", "刚才写错了，不是…"
  if (!value || !old || CORRECTION_MARKER.test(value) || fieldsNamedIn(form, value).length > 0) return undefined;
  const rest = `${text.slice(0, match.index)}，${text.slice(match.index + match[0].length)}`;
  const reads = (f: FormField): boolean => parseField(f, value).ok;
  const named = fieldsNamedIn(form, rest).filter(reads);
  const typed = named.filter((f) => (f.type !== 'text' && f.type !== 'longtext') || f.id in filled);
  const byOld = form.fields.filter((f) => reads(f) && holds(f, old, filled));
  const chosen = byOld.find((f) => named.includes(f)) ?? (byOld.length === 1 ? byOld[0] : undefined) ?? (typed.length === 1 ? typed[0] : undefined);
  return chosen ? { field: chosen.id, value } : undefined;
}

/** "42亿是前年的", "410是会员总数": a clause saying what a figure really is (an old one, another count). */
const RESTATED = /^(?:刚才|前面|上面|之前)?(?:那个|这个)?\s*([\d.]+\p{Script=Han}{0,2}?|[零一二两三四五六七八九十百千万亿点]+(?:个亿|\p{Script=Han})?)(?:那个)?(?:是|为|其实是|是指)([^，,。；;\d]{2,12}?)[。.!！]?$/u;
/** "之前那个2.3亿是对的": the old figure said to be right is no old one. */
const RIGHT = /^(?:对|没错|正确|准确|准|真实|实际)的?$/u;
/** A slip of the hand is read beside its labelled value (extract.ts). */
const SLIP = /手误|笔误|口误/u;
/** What an old figure is said to be: from an earlier year or count. */
const OLD = /^(?:去年|前年|之前|以前|老|旧|往年)的(?:数|数字|数据|口径)?$/u;
/** "用这个替换之前的110亿": the figure said before, to be replaced by the one just given. */
const REPLACED = /^(?:就|那就)?(?:用|拿|以)?(?:这个|这)?(?:替换|替掉|换掉|代替|覆盖)(?:掉)?(?:之前|原来|前面|刚才|上面)的?\s*([\d.]+\p{Script=Han}{0,2}?|[零一二两三四五六七八九十百千万亿]+\p{Script=Han}?)(?:吧|哈)?[。.!！]?$/u;

/** The clause saying a figure is replaced or is something else, the figure, and whether it is called an old one. */
function oldFigureIn(form: Form, clauses: readonly string[]): { at: number; old: string; stale: boolean } | undefined {
  const replacedAt = clauses.findIndex((c) => REPLACED.test(c));
  const replaced = replacedAt >= 0 ? REPLACED.exec(clauses[replacedAt] as string)?.[1] : undefined;
  if (replaced) return { at: replacedAt, old: replaced, stale: true };
  const at = clauses.findIndex((c) => RESTATED.test(c));
  const [, old, what] = at < 0 ? [] : (RESTATED.exec(clauses[at] as string) ?? []);
  if (!old || !what || SLIP.test(what) || RIGHT.test(what) || fieldsNamedIn(form, what).length > 0) return undefined;
  return { at, old, stale: OLD.test(what) };
}

/**
 * "等一下，42亿是前年的，去年的是四十六个亿出头", "用标的是三百九十家，四百一十是会员总数": a figure
 * said to be something else (an old figure, another count) is the stored value of exactly one field;
 * the one other clause that reads as that field's figure is its new value. Said to be old, the new
 * clause may leave the field unnamed; said to be another thing, it must name the field.
 */
export function restatedFigure(form: Form, clauses: readonly string[], filled: Filled): Correction | undefined {
  const said = oldFigureIn(form, clauses);
  if (!said) return undefined;
  const { at, old, stale } = said;
  const holders = form.fields.filter((f) => holds(f, old, filled));
  const field = holders.length === 1 ? holders[0] : undefined;
  if (!field) return undefined;
  // (a clause may open or close a colleague's quoted words, after who sent them: "镇里刚发来：“年产值…是95亿”")
  // (…or the field is named in a clause of its own: "前面产值核实了，146亿是全产业链口径，茶叶本身按112.6亿报")
  const namedApart = clauses.some((c, i) => i !== at && !FIGURE_WORD.test(c) && fieldsNamedIn(form, c).includes(field));
  const others = clauses
    .map((c) => (c.replace(QUOTE_MARKS, '').split(/[：:]/u).at(-1) ?? '').trim())
    .map((c, i) => (i === at || !FIGURE_WORD.test(c) ? undefined : { c, value: parseField(field, c).ok ? c : settledFigure(field, c) }))
    .filter((o): o is { c: string; value: string | undefined } => o !== undefined && o.value !== undefined)
    .filter(({ c }) => stale || namedApart || fieldsNamedIn(form, c).includes(field));
  return others.length === 1 ? { field: field.id, value: others[0]?.value as string } : undefined;
}

/** "合计应该是39.2亿": the total said as the new figure. */
const TOTAL_SAID = /^(?:那|所以|这样)?(?:合计|总计|总共|一共|共计|加起来|汇总|总数)(?:就|也)?(?:应该|应当|应)?(?:是|为|改成|改为|变成|成了|就是)\s*([\d.]+[^，,。；;\s\d]{0,3}?|[零一二两三四五六七八九十百千万亿点]+[^，,。；;\s]{0,2}?)(?:了|吧)?[。.!！]*$/u;

/**
 * "尉犁县刚发来更正，他们产值是8.6亿，表里写成6.8了，合计应该是39.2亿，麻烦改一下": a part of the
 * figure corrected, then the total it makes: the form holds totals, so the field named takes the total.
 */
export function totalCorrected(form: Form, clauses: readonly string[]): Correction | undefined {
  const totals = clauses.map((c) => TOTAL_SAID.exec(c.trim())?.[1]).filter((t): t is string => t !== undefined);
  const [total] = totals;
  if (totals.length !== 1 || !total) return undefined;
  const named = [...new Set(clauses.flatMap((c) => fieldsNamedIn(form, c)))].filter((f) => f.type === 'money' || f.type === 'count');
  const field = named.length === 1 ? named[0] : undefined;
  return field && parseField(field, total).ok ? { field: field.id, value: total } : undefined;
}

/** "茶叶本身按112.6亿报": the figure a clause says to go by. */
const GO_BY = /(?:按照?|以)\s*([\d.]+[^，,。；;\s\d]{0,3}?|[零一二两三四五六七八九十百千万亿]+[^，,。；;\s]{0,2}?)\s*(?:来)?(?:填|算|报|为准)(?:吧|了|哈)?[。.!！]*$/u;
const settledFigure = (field: FormField, clause: string): string | undefined => {
  const figure = GO_BY.exec(clause)?.[1];
  return figure && parseField(field, figure).ok ? figure : undefined;
};

/** "那就按大米本身的110亿填": a figure settled on alone, as a message of its own. */
const SETTLED_ALONE = /^(?:那就|那|就|还是)?(?:按照?|以|用)\s*(?:[^，,。；;\d]{0,10}?的)?\s*([\d.]+[^，,。；;\s\d]{0,3}?|[零一二两三四五六七八九十百千万亿]+[^，,。；;\s]{0,2}?)\s*(?:来)?(?:填|算|报|为准)(?:吧|了|哈)?[。.!！]*$/u;

/**
 * A figure settled on in a message of its own goes to the field already holding that figure (it
 * confirms it), never to the field asked: "那就按大米本身的110亿填" after 年产值 110亿.
 */
export function settledAgain(form: Form, text: string, filled: Filled): Correction | undefined {
  const figure = SETTLED_ALONE.exec(text.trim())?.[1];
  if (!figure) return undefined;
  const holders = form.fields.filter((f) => holds(f, figure, filled));
  return holders.length === 1 ? { field: (holders[0] as FormField).id, value: figure } : undefined;
}

/** "以这个为准", "就按这个数来", "按美元这个报": the clause before is the value to go by. */
const POINTED = /^(?:那就|那|就|还是|我们|咱们)?(?:以|按照?|用)(?:[^\d，,。；;]{1,4}?)?(?:这个|这一个|此|这)(?:数字?|数据)?(?:为准|来|算|填|报)(?:吧|了|哈)?[。.!！]*$/u;
/** "之前那个2.3亿是估算的": a clause telling the old figure apart, between the new one and the pointer. */
const OLD_ASIDE = /^(?:之前|原来|刚才|以前|上次|前面|表里)[^，,。；;]*?(?:是|为)[^，,。；;\d]*(?:估|错|旧|前年|去年|约数|概数|口径)/u;

/**
 * "协会回了，经许可使用集体商标的主体是436家，以这个为准": a labelled value pointed at as the one
 * to go by changes the filled field its label names (the one field that reads it).
 */
export function pointedSettle(form: Form, clauses: readonly string[], filled: Filled): Correction | undefined {
  const pointer = clauses.findIndex((c) => POINTED.test(c.trim()));
  // (an aside about the old figure between them is skipped: "…是3050万美元，之前那个2.3亿是估算的，按美元这个报")
  const at = pointer > 1 && OLD_ASIDE.test((clauses[pointer - 1] as string).trim()) ? pointer - 1 : pointer;
  const clause = at > 0 ? (clauses[at - 1] as string).replace(QUOTE_MARKS, '').trim() : '';
  const pointed = clause ? labelOf(form, clause) : undefined;
  if (!pointed) return undefined;
  const value = pointed.value;
  const fields = pointed.label
    ? matchLabel(form, pointed.label)
        .map((m) => m.field)
        .filter((f) => f.id in filled && parseField(f, value).ok)
    : [];
  if (fields.length === 1) return holds(fields[0] as FormField, value, filled) ? undefined : { field: (fields[0] as FormField).id, value };
  // "用标主体刚才写的436家是去年底的数，协会说截至今年10月底是451家，以这个为准": the field holding the
  // figure said before takes the figure pointed at
  // (the figure the clause ends on: "截至今年10月底是451家")
  const figure = [...clause.matchAll(STATED_FIGURE)].map((m) => m[0].trim()).filter((f) => /\d/u.test(f)).at(-1);
  const said = [...clauses.slice(0, at - 1), ...clauses.slice(at, pointer)].flatMap((c) => [...c.matchAll(STATED_FIGURE)].map((m) => m[0]));
  const holders = form.fields.filter((f) => said.some((old) => holds(f, old, filled)));
  // (…else the one filled field the other clauses name: "出口额核了，是3050万美元，以这个为准")
  const named = [...new Set(clauses.filter((_, i) => i < at - 1 || (i >= at && i < pointer)).flatMap((c) => fieldsNamedIn(form, c)))].filter((f) => f.id in filled);
  const holder = holders.length === 1 ? holders[0] : holders.length === 0 && named.length === 1 ? named[0] : undefined;
  return holder && figure && parseField(holder, figure).ok && !holds(holder, figure, filled) ? { field: holder.id, value: figure } : undefined;
}

/** A figure with its unit as said in a clause: "436家", "3.5亿". */
const STATED_FIGURE = /[\d.]+\s*(?:万|亿)?\s*(?:美元|元|人|家|户|个|%)?/gu;

const FIGURE_WORD = /\d|[一二两三四五六七八九十]/u;
const QUOTE_MARKS = /[“”"「」『』]/gu;

/** "刚才措施发得不全，以这个为准：…": a heading that names one field and says it changes, then the new value. */
const HEADED_FIX = /^([^：:\n]{1,30})[：:]\s*(\S.*)$/su;

export function headedFix(form: Form, text: string): Correction | undefined {
  const headed = HEADED_FIX.exec(text.trim());
  const [heading, body] = [headed?.[1], headed?.[2]?.trim()];
  if (!heading || !body || /\d/u.test(heading) || !CORRECTION_MARKER.test(heading)) return undefined;
  const named = heading
    .split(CLAUSE)
    .map((clause) => FIELD_WRONG.exec(clause.trim())?.[1] ?? clause)
    .flatMap((phrase) => {
      const [first, second] = matchLabel(form, phrase);
      return first && (!second || second.score < first.score) ? [first.field] : [];
    });
  const field = named[0];
  if (!field || named.some((f) => f !== field) || !parseField(field, body).ok) return undefined;
  return { field: field.id, value: body };
}


/** "最后两位是09", "末位应该是7": the last digits of a stored number, as they should be. */
const LAST_DIGITS = /(?:最后|最末|末尾?|后)(一|两|二|三|四|[1-4])?位(?:数字|数)?(?:应该|应)?(?:是|为|改成|改为)\s*(\d{1,4})(?!\d)/u;
/** "后两位写反了", "最后两位颠倒了": the last two digits swapped. */
const SWAPPED = /(?:最后|最末|末尾?|后)(?:两|二|2)位(?:数字|数)?(?:写|打|弄|搞|输|填)?(?:反|颠倒)/u;
/** A whole number typed in the message: then it is read, not patched. */
const WHOLE_NUMBER = /\d{7,}|\d{3,4}-\d{7,8}/u;
const COUNTS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };

/**
 * "电话最后两位是09", "不对，后两位写反了": the stored phone number with its last digits replaced or
 * its last two swapped. Only for a filled phone field the message names (or the one phone field
 * when it says 号码), and only when no whole number is typed.
 */
export function digitFix(form: Form, text: string, filled: Filled): Correction | undefined {
  const last = LAST_DIGITS.exec(text);
  const swapped = last ? undefined : SWAPPED.exec(text);
  if ((!last && !swapped) || WHOLE_NUMBER.test(text)) return undefined;
  const phones = form.fields.filter((f) => f.type === 'phone' && typeof filled[f.id]?.value === 'string');
  const named = fieldsNamedIn(form, text).filter((f) => phones.includes(f));
  const field = named.length === 1 ? named[0] : named.length === 0 && phones.length === 1 && /号码|号/u.test(text) ? phones[0] : undefined;
  const old = field ? String(filled[field.id]?.value) : '';
  // several numbers stored: which one is meant is not said
  if (!field || /[，,]/u.test(old)) return undefined;
  const places = [...old].flatMap((c, i) => (/\d/u.test(c) ? [i] : []));
  const chars = [...old];
  if (last) {
    const digits = last[2] ?? '';
    const count = last[1] === undefined ? digits.length : (COUNTS[last[1]] ?? Number(last[1]));
    if (digits.length !== count || count > places.length) return undefined;
    places.slice(-count).forEach((at, k) => (chars[at] = digits[k] as string));
  } else {
    const [a, b] = places.slice(-2);
    if (a === undefined || b === undefined) return undefined;
    [chars[a], chars[b]] = [chars[b] as string, chars[a] as string];
  }
  const value = chars.join('');
  return value !== old && parseField(field, value).ok ? { field: field.id, value } : undefined;
}

/** "打错字了 应该是景德镇瓷器": the new text closing a correction, after what says it is the right one. */
const SHOULD_BE_VALUE = /(?:应该是|应是|应为|(?:正确|完整|准确)的是|改成|改为|是)[:：\s]*([\p{Script=Han}A-Za-z0-9·]{2,40})[。.!！]?$/u;
/** A typo fixed changes a character or two: one edit in every five characters, at least one. */
const CHARS_PER_EDIT = 5;

const isTypoOf = (old: string, typed: string): boolean => old !== typed && distance(old, typed) <= Math.max(1, Math.floor([...old].length / CHARS_PER_EDIT));

/**
 * "打错字了 应该是景德镇瓷器": a correction naming no field whose new text is one field's stored text
 * with a typo fixed; that field, when exactly one field's text is so near.
 */
export function typoFix(form: Form, text: string, filled: Filled): Correction | undefined {
  if (fieldsNamedIn(form, text).length > 0) return undefined;
  const value = SHOULD_BE_VALUE.exec(text.trim())?.[1];
  if (!value) return undefined;
  const near = form.fields.filter((f) => (f.type === 'text' || f.type === 'longtext') && typeof filled[f.id]?.value === 'string' && isTypoOf(String(filled[f.id]?.value), value));
  const field = near.length === 1 ? near[0] : undefined;
  return field && parseField(field, value).ok ? { field: field.id, value } : undefined;
}

/** "序号13那行多打了个零", "产值少写了一个0", "上面那个数多写了个零": a stored figure with zeros too many or too few. */
const ZEROS = /^(.{1,20}?)(?:(?:那|这)(?:个数字?|个|项|行|栏)?)?(多|少)(?:打|写|填|输|录)?了?(一|两|二|[12])?个?[0零](?:[。.!！~～]|$)/u;
const ZERO_COUNTS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 1: 1, 2: 2 };

/** "上面那个数", "刚才那个": the figure answered just before the question asked. */
const POINTS_BACK = /(?:上面|刚才|前面|上一?个|上一?条|上一?项)(?:那个|这个)?(?:数|数字|数据)?$/u;

export function zeroFix(form: Form, text: string, filled: Filled, asked?: string): Correction | undefined {
  const said = ZEROS.exec(text.trim());
  if (!said?.[1]) return undefined;
  const named = fieldsNamedIn(form, said[1]);
  const pointed = named.length === 0 && POINTS_BACK.test(said[1].trim()) ? figureAbove(form, asked, filled) : undefined;
  const field = fieldAtItem(form, said[1]) ?? (named.length === 1 ? named[0] : pointed);
  const old = field ? filled[field.id]?.value : undefined;
  if (!field || typeof old !== 'number') return undefined;
  const factor = 10 ** (ZERO_COUNTS[said[3] ?? '一'] ?? 1);
  const value = String(said[2] === '多' ? old / factor : old * factor);
  return parseField(field, value).ok ? { field: field.id, value } : undefined;
}

/** "产值和出口额写反了", "物流跟旅游颠倒了": two fields' values each in the other's place. */
const FIELDS_SWAPPED = /^(?:不对[，,\s]*)?(.{1,12}?)(?:和|跟|与|同)(.{1,12}?)(?:的数|这两项|两项|这两个|两个)?(?:填|写|打|输|弄|搞|记|录|报)?(?:反了|颠倒了|倒了|调换了|串了)[。.!！~～]?$/u;

/** The two corrections that swap the values of the two filled fields of one type a message names as swapped. */
export function swappedFields(form: Form, text: string, filled: Filled): Array<Required<Correction>> | undefined {
  const said = FIELDS_SWAPPED.exec(text.trim());
  if (!said?.[1] || !said[2]) return undefined;
  const [first, second] = [fieldsNamedIn(form, said[1]), fieldsNamedIn(form, said[2])];
  const a = first.length === 1 ? first[0] : undefined;
  const b = second.length === 1 ? second[0] : undefined;
  if (!a || !b || a === b || a.type !== b.type) return undefined;
  const [held, other] = [filled[a.id], filled[b.id]];
  if (!held || !other) return undefined;
  return [
    { field: a.id, value: other.display },
    { field: b.id, value: held.display },
  ];
}
