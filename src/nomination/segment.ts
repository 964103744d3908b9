import type { Form, FormField } from './form.js';
import { LEADING_MARK, splitPairs } from './block.js';
import { leadingName, matchLabel } from './labels.js';
import { NUMBER_PATTERN } from './parsers/numbers.js';
import { barsBetweenPairs } from './pair-bars.js';
import { REGION_CLOSE } from './place-words.js';

/**
 * Splits a message into segments, each a value with the label typed in front of it, if any:
 * "地域范围：…；注册人：…；类别：茶叶" → three labelled segments; "产值3.2亿，从业人员1.5万人" →
 * two. Clauses end at line breaks, ；。！？, (between pairs) ，、 and a space after a figure ("8万人左右 人均
 * 一年4万多") — a comma inside a figure
 * (12,000) is not a boundary, one before a year (产品,2013年第168号) is. A clause without a
 * label of its own continues the segment before it when that one is free text, joined by the
 * separators as typed, so "措施：出台办法，安排资金800万元；\n2.建立…" stays one segment, its
 * numbers and line breaks kept.
 */

/** One piece of a message. `label` is what named it ("扶持措施"), absent when nothing did. */
export interface Segment {
  label?: string;
  /** How the label was written: before a colon, before 是/为/有 …, as a field's name at the start, or in front of a figure. */
  labelKind?: 'colon' | 'copula' | 'name' | 'figure';
  value: string;
  /** The words of a free-text field's name that run on into its value ("明年计划新增…"): part of the value as written. */
  lead?: string;
  /** The boundary character in front of the segment ('' at the start of the message). */
  after: string;
}

/** A clause as split, with the boundary that ended the clause before it. */
interface Clause {
  text: string;
  after: string;
}

/**
 * A typed "\\n" (two characters) counts as a line break: chat boxes that send on Enter make people write it.
 * (the 、 of a list number opening a line, "三、地理标志运用情况", parts no clause: its numeral is no figure;
 * a space after a long number, "注册号3085214 库尔勒香梨协会注册的", does, unless a phone's extension follows: "0479-8225678 转6012")
 */
const BOUNDARY = /(\r?\n|\\n|[；;。！!？?]|，|(?<=\d{5})[ \t\u3000]+(?=\p{Script=Han})(?!转|分机|内线)|(?<!(?:^|\n)\s*[（(]?[一二三四五六七八九十\d]{1,3}[)）]?)、|(?<!\d),|,(?!\d{3}(?!\d))|(?<=(?:\d[万亿]?(?:来|多|余)?(?:美元|公顷|公斤|平方米|人次|[元人家个%％万亿亩吨斤头只户])|[十百千万亿](?:来|多|余)?(?:美元|公顷|公斤|平方米|人次|[元人家个%％亩吨斤头只户])?|[万千][一二两三四五六七八九]|[一二两三四五六七八九](?:来|多|余)?(?:美元|公顷|公斤|平方米|人次|[元人家个%％亩吨斤头只户成倍]))(?:左右|上下|多|余|出头)?)[ \t\u3000]+(?=\p{Script=Han})(?![万亿千百十元人家个倍成美块](?:[万亿千百十元人家个倍成美块钱次]|[\s，,。；;]|$)))/u;
/** Labels before a colon are short and wordy, a year may date them: "另外明年打算", "联系电话", "2027年目标". */
const COLON_LABEL = /^((?:(?:19|20)\d{2}\s*年度?)?[^:：\d]{1,16}?)\s*[:：]\s*(.*)$/su;
const FIGURE = new RegExp(`(?:${NUMBER_PATTERN})`, 'gu');
/** After a lone Chinese digit, what makes it a figure ("一万", "十来个亿") rather than a word ("一体化"). */
const FIGURE_NEXT = /^[来多余个万萬亿億千百十元人家户名位%％成倍块]/u;

/** Full-width digits and figure signs as ASCII, one character for one, so positions stay: "２．１万人" → "2.1万人". */
export const foldWidth = (text: string): string =>
  text.replace(/[\uFF10-\uFF19\uFF0E\uFF05]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A comma between a digit and three more is the thousands separator it is, typed full width too
 * ("１，２８０万元", "1，280万元" → "1,280万元"); everything else stays as typed (free text is stored so).
 */
export const withThousandsCommas = (text: string): string =>
  text.replace(/(?<![\d\uFF10-\uFF19])[\d\uFF10-\uFF19]{1,3}(?:，[\d\uFF10-\uFF19]{3})+(?![\d\uFF10-\uFF19])/gu, (figure) => foldWidth(figure).replace(/，/gu, ','));

/** "旅游一块大概5000万": 一块 is "that area", not one yuan. */
const AREA_WORD = /^块(?!钱)/u;
const BARE_DIGITS = /^[一二两三四五六七八九〇零]{2,}$/u;
const MIXED_HEAD = /^[一二两三四五六七八九]+\d/u;

/** The first figure in a clause: Arabic digits, or Chinese numerals that are not part of a word. */
export function findFigure(typed: string): { index: number } | undefined {
  const text = foldWidth(typed);
  for (const match of text.matchAll(FIGURE)) {
    // "有一点": a 点 with no digit after it is no decimal point, and 一 before it no figure
    const figure = match[0].replace(/点+$/u, '');
    if (!figure) continue;
    // "文山三七2022年产值…": Chinese digits run into Arabic ones are a name's characters before a year or a code
    if (MIXED_HEAD.test(figure)) continue;
    // "三七产值…": bare Chinese digits with no place value are a name's characters unless a unit follows
    const lone = ([...figure].length === 1 && !/\d/u.test(figure)) || BARE_DIGITS.test(figure);
    const next = text.slice((match.index ?? 0) + figure.length);
    // "两个旗加起来大约57亿": things counted to describe the figure that follows are no figure of their own
    if (COUNTED_THINGS.test(next) && findFigure(next.replace(COUNTED_THINGS, '')) !== undefined) continue;
    if (!lone || (FIGURE_NEXT.test(next) && !(figure === '一' && AREA_WORD.test(next)))) return { index: match.index ?? 0 };
  }
  return undefined;
}
const COUNTED_THINGS = /^个(?![亿万千百])\p{Script=Han}{1,4}?(?:加起来|合起来|合计|总共|一共|共|总计)/u;
const FIGURE_PREFIX_MAX = 14;
const YEAR_LEAD = /^(?:19|20)\d{2}\s*年度?(?:的)?\s*(?=\p{Script=Han})(?!第)/u;
/** "文山三七2022年产值": a year after the product it is about dates the figure, as one in front does. */
const YEAR_INSIDE = /(?<=\p{Script=Han})(?:19|20)\d{2}\s*年度?(?:的)?(?=\p{Script=Han})(?!第)/u;
const NUMERIC_TYPES = new Set(['money', 'count', 'percent']);
/** What measures and plans speak of: figures (用标企业新增20家) and other free text. */
const FREE_TEXT_HOLDS = new Set<FormField['type']>(['money', 'count', 'percent', 'longtext']);
/** Words for "about" right before a figure: they belong to the value ("产值约30亿"). */
export const APPROX_TAIL = /(?:大约|大概|约为|约|将近|接近|近|超过|差不多|大致)$/u;
/** Words that make the text before a figure a sentence, not a label: "明年准备新增用标企业20家". */
export const ACTION = /新增|新建|建设|建立|开设|设立|出台|举办|开展|组织|安排|准备|计划|打算|完成|实现|增加|减少|培育|打造|投入|统筹|争取|力争|推动|扩大|目标/u;

/**
 * The clauses of a message, each with the separators typed in front of it ("；\n", "，", " ").
 * Sentence-final punctuation stays with the clause it ends.
 */
const BRACKETS_OPEN = /[（(]/gu;
const BRACKETS_CLOSE = /[）)]/gu;
const unclosed = (text: string): boolean => (text.match(BRACKETS_OPEN)?.length ?? 0) > (text.match(BRACKETS_CLOSE)?.length ?? 0);

function clauses(form: Form, text: string): Clause[] {
  const parts = splitPairs(form, barsBetweenPairs(form, text)).split(BOUNDARY);
  const out: Clause[] = [];
  let run = '';
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i] ?? '';
    const boundary = parts[i + 1] ?? '';
    const piece = raw.trim();
    const last = out[out.length - 1];
    // "旅游（蟹宴、农家乐）12亿元": a list inside brackets is one clause's remark
    if (piece && last && /^[、，,]$/u.test(run.trim()) && unclosed(last.text)) {
      last.text += run + raw.trimEnd();
      run = raw.slice(raw.trimEnd().length);
    } else if (piece) {
      out.push({ text: piece, after: run + raw.slice(0, raw.indexOf(piece)) });
      run = raw.slice(raw.indexOf(piece) + piece.length);
    } else run += raw;
    const end = out[out.length - 1];
    if (end && /[。！!？?]/u.test(boundary) && !run.trim()) end.text += boundary;
    else run += boundary;
  }
  return withModifierListsJoined(out);
}

/** The last item of a list that modifies a figure's noun: "销售的人员约15.8万人" after "种植、晾制、". */
const MODIFIED_FIGURE = /^[^，,：:\d]{1,12}?的\p{Script=Han}/u;
const LIST_ITEM_MAX = 12;

/**
 * "从事葡萄种植、晾制、销售的人员约15.8万人": short items parted by 、 with no figure, the last of which
 * runs on with 的 into a figure, are one clause — the list says whose figure it is, each item is no answer.
 */
function withModifierListsJoined(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  let list: Clause[] = [];
  for (const clause of clauses) {
    const listed = clause.after.trim() === '、';
    if (listed && list.length > 0 && MODIFIED_FIGURE.test(clause.text) && findFigure(clause.text)) {
      const joined = [...list, clause];
      const text = joined.map((c, i) => (i === 0 ? c.text : `${c.after.trim()}${c.text}`)).join('');
      out.splice(out.length - list.length, list.length, { text, after: (list[0] as Clause).after });
      list = [];
      continue;
    }
    const item = [...clause.text].length <= LIST_ITEM_MAX && !findFigure(clause.text) && !/[。！!？?]$/u.test(clause.text);
    list = item ? (listed ? [...list, clause] : [clause]) : [];
    out.push(clause);
  }
  return out;
}

/** Words that join a label to its value in prose: "申请单位是…", "保护范围为…", "年产值有35亿元", "用标企业达到120家". */
const COPULA = /是|为|有个|有|达到|达|在|算|叫|归到|归为|归入|归/gu;
/** Who says it and how usually, between a field's name and its copula: "产品类别我们一般归到中药材". */
const SPEAKER_ASIDE = /(?:我们|咱们|这边|这里)?(?:一般|通常|一直|平时)+$|(?:我们|咱们|这边|这里)$/u;
/** Copulas of a figure reached: "达到120家". */
const REACHED_COPULA = /^(?:达到|达|有个|有)/u;
const COPULA_LABEL_MAX = 14;
/**
 * A free-text field's name said as words of the sentence: a time adverb and a verb of intent
 * ("明年计划新增…" is "next year we plan to add…", "下一步打算…"). The form's own noun phrases
 * ("下一年度计划", "工作计划", "扶持措施") are labels, colon or not.
 */
const SPOKEN_NAME = /^(?:明年|来年|今后|下一步|下步|接下来)(?:计划|打算|准备|拟)$/u;

/** Whether `name` (a name of `field`) runs on into `rest` as part of a free-text value: "明年计划新增用标企业15家". */
export const runsOn = (field: FormField, name: string, rest: string): boolean =>
  field.type === 'longtext' && SPOKEN_NAME.test(name) && rest.length > 0 && !NAME_THEN_VALUE.test(rest);

/** What parts a field's name from its value when no colon does: a copula, "包括", a space. */
const NAME_THEN_VALUE = /^(?:\s|[:：=，,、。；;]|是|为|有|包括|包含|涵盖|覆盖|主要|如下|方面|的话|这块|那块|这一块|那一块|一块|部分|这边|那边|上)/u;
/** A label before a copula must name a field this clearly (a name of it, or ending in one). */
export const COPULA_SCORE = 70;

/** "申请单位是库尔勒市香梨协会" → 申请单位 / 库尔勒市香梨协会: the first copula with a field's name before it. */
function copulaLabel(form: Form, text: string): { label: string; value: string } | undefined {
  for (const match of text.matchAll(COPULA)) {
    const label = text.slice(0, match.index).replace(SPEAKER_ASIDE, '');
    if (!label || label.length > COPULA_LABEL_MAX) continue;
    const value = text.slice((match.index ?? 0) + match[0].length).replace(/^(?:是|为|有个?)+/u, '').trim();
    const best = matchLabel(form, label)[0];
    // "明年计划在上海办推介会", "下一步打算达到…": before free text 在/达到/算 are words of the sentence
    if (best?.field.type === 'longtext' && !/^(?:[是为叫]|有个?)$/u.test(match[0])) continue;
    if (value && (best?.score ?? 0) >= COPULA_SCORE) return { label, value };
  }
  return undefined;
}

/** Words before a figure that make it a rate of change over time: "同比增长", "比上年增长了", "增幅". */
export const CHANGE_LEAD = /(?:同比|环比|增长|增加|下降|减少|上升|回落|增幅|降幅|增速|涨幅)(?:了|约为?|达到?|为|近|超)?$/u;

/** The label of a clause, if it starts with one, and the value after it. */
export function labelOf(form: Form, typed: string): Omit<Segment, 'after'> {
  // "1.年产值3.2亿": an item's number is no part of its label; an item with no label keeps it
  const text = typed.replace(LEADING_MARK, '');
  const read = labelAfterMark(form, text);
  return read.label === undefined ? { value: typed } : read;
}

/** A clause that is a field's name and a topic word ("联系人的话", "产值这块"): what follows is its value. */
const TOPIC_HEAD = /^([^\d:：，,。；;]{2,16}?)(?:的话|这块|那块|这一块|那一块|方面|这边|那边|来说|呢)$/u;

function labelAfterMark(form: Form, text: string): Omit<Segment, 'after'> {
  // (it heads the next clause as "联系人：" on a line of its own does)
  const topic = TOPIC_HEAD.exec(text.trim());
  if (topic?.[1] && (matchLabel(form, topic[1])[0]?.score ?? 0) >= COPULA_SCORE) return { label: topic[1], labelKind: 'colon', value: '' };
  const colon = COLON_LABEL.exec(text);
  if (colon?.[1] && colon[2] !== undefined && /\p{Script=Han}|[a-z]/iu.test(colon[1])) {
    return { label: colon[1].trim(), labelKind: 'colon', value: colon[2].trim() };
  }
  const named = leadingName(form, text);
  // "注册人 定安县畜牧业协会", "名字 李婷": words naming a field and a space part a pasted pair as a colon does
  const spaced = /^([^\s\d:：，,。；;]{1,12})[ \t\u3000]+(\S.*)$/su.exec(text);
  // (a clause that says something done is a sentence, not a label: "县里出了香菇产业扶持政策 每年…")
  if (spaced?.[1] && spaced[2] && !/了/u.test(spaced[1]) && !ACTION.test(spaced[1]) && (matchLabel(form, spaced[1])[0]?.score ?? 0) >= COPULA_SCORE) {
    return { label: spaced[1], labelKind: 'colon', value: spaced[2].trim() };
  }
  const copula = copulaLabel(form, text);
  if (copula) return { ...copula, labelKind: 'copula' };
  // "2022年新会陈皮全产业链产值达到190亿元": the year in front is no part of the label
  const year = YEAR_LEAD.exec(text)?.[0] ?? '';
  const after = findFigure(text.slice(year.length));
  const figure = after && { index: after.index + year.length };
  // "产值约30亿": the approximate word belongs to the value
  const before = figure ? text.slice(year.length, figure.index).replace(APPROX_TAIL, '') : '';
  // "同比增长12%": how a figure changed labels no figure of its own, and the clause is read whole
  if (figure !== undefined && CHANGE_LEAD.test(before)) return { value: text };
  const figureLabel = figure !== undefined && before.length > 0 && figure.index - year.length <= FIGURE_PREFIX_MAX && !/\d/u.test(before.replace(YEAR_INSIDE, '')) && !ACTION.test(before);
  // "物流电商2.4亿": a figure field's name, more words, then the figure — the words belong to the label
  if (named && figureLabel && NUMERIC_TYPES.has(named.field.type)) return { label: before, labelKind: 'figure', value: text.slice(year.length + before.length) };
  // "申请人为…协会", "联系人是王磊": the copula after a field's name belongs to neither
  // ("明年目标产值突破60亿": a field's name after words of aiming is the aim's, in a sentence)
  if (named && named.end < text.length && !ACTION.test(text.slice(0, named.start))) {
    const value = text.slice(named.end).trim();
    // "明年计划新增用标企业15家…": a free-text field's name running on into its value is part of it, as written
    const name = text.slice(named.start, named.end);
    const lead = runsOn(named.field, name, text.slice(named.end)) ? { lead: name } : {};
    return { label: text.slice(0, named.end), labelKind: 'name', value: value.replace(/^(?:为|是)\s*(?=\S)/u, ''), ...lead };
  }
  if (figureLabel) return { label: before, labelKind: 'figure', value: text.slice(year.length + before.length) };
  const achieved = figure ? (achievedLabel(form, before) ?? qualifiedLabel(form, before)) : undefined;
  if (achieved) return { label: achieved, labelKind: 'figure', value: text.slice(year.length + before.length) };
  return { value: text };
}

/** The verb of a figure reached, the last one before the figure. */
const REACHED = /(?:实现|完成)(?!.*(?:实现|完成))/u;

/**
 * "黑木耳产业实现总产值42亿元": a figure reached, stated as done; the field's name after the verb
 * labels it — or, when the words before the verb name the field better, the whole ("乡村旅游实现收入
 * 5.4亿元": 旅游收入). A plan around it ("力争实现产值50亿", "计划新增用标企业30家") labels nothing.
 */
function achievedLabel(form: Form, before: string): string | undefined {
  const verb = REACHED.exec(before);
  if (!verb) return undefined;
  const [head, name] = [before.slice(0, verb.index), before.slice(verb.index + verb[0].length)];
  if (!name || ACTION.test(head) || ACTION.test(name)) return undefined;
  const named = (label: string): boolean => {
    const best = matchLabel(form, label)[0];
    return best !== undefined && NUMERIC_TYPES.has(best.field.type) && best.score >= COPULA_SCORE;
  };
  const [alone, joined] = [matchLabel(form, name)[0], matchLabel(form, `${head}${name}`)[0]];
  const whole = matchLabel(form, before)[0];
  if (joined && whole?.field === joined.field && joined.score > (alone?.score ?? 0) && named(before)) return before;
  return named(name) ? name : undefined;
}

/** A label this long after its qualifier is a field's name, not a phrase. */
const QUALIFIED_NAME_MAX = 8;

/**
 * "从事养殖、销售、餐饮的从业人员3.6万余人": who the figure counts, said before 的, then a figure
 * field's name; the name labels the figure. A plan in the qualifier ("计划新增的用标企业") labels nothing.
 */
function qualifiedLabel(form: Form, before: string): string | undefined {
  const at = before.lastIndexOf('的');
  const name = at < 0 ? '' : before.slice(at + 1);
  if (!name || [...name].length > QUALIFIED_NAME_MAX || ACTION.test(before) || /\d/u.test(before)) return undefined;
  const best = matchLabel(form, name)[0];
  return best && NUMERIC_TYPES.has(best.field.type) && best.score >= COPULA_SCORE ? name : undefined;
}

/**
 * What kind of free text a segment holds, if any: `prose` (measures, plans) that later clauses
 * continue unless a colon or copula label starts one, or `places` (a region: "…浉河区、平桥区、罗山县")
 * that a clause clearly naming another field ends ("…现辖行政区域，年产值150亿").
 */
export type FreeText = 'prose' | 'places' | false;

/**
 * The segments of a message. `isFreeText(label, value)` says whether a labelled segment (or, for
 * an `undefined` label, an unlabelled one) holds free text that later unlabelled clauses continue.
 */
export function segment(form: Form, text: string, isFreeText: (label: string | undefined, value: string) => FreeText): Segment[] {
  const out: Segment[] = [];
  for (const clause of clauses(form, text)) {
    const read = labelOf(form, clause.text);
    const previous = out[out.length - 1];
    // "扶持措施：" on a line of its own: the lines under it are its value
    if (previous?.labelKind === 'colon' && !previous.value && read.label === undefined) {
      previous.value = clause.text;
      continue;
    }
    const freeText = previous === undefined ? false : isFreeText(previous.label, previous.value);
    const inFreeText = freeText !== false;
    const clearLabel = read.label !== undefined && (matchLabel(form, read.label)[0]?.score ?? 0) >= COPULA_SCORE;
    // Inside free text only a colon label starts a new segment: "…；年产值争取突破4亿元；…" is part of a plan.
    // Labelled free text also ends at the next "label 是 value", and free text in prose ("保护范围为…，
    // 申请单位是…，从业人员大概6万人") at any labelled clause.
    // A new line opening with the name of a field free text never holds (联系人, 电话, 申请人 …) ends it too:
    // "…举办采摘文化节。\n联系人写我同事吉文杰吧".
    const lineOfItsOwn = /\n|\\n/u.test(clause.after) && clearLabel && !LEADING_MARK.test(clause.text) && !FREE_TEXT_HOLDS.has(matchLabel(form, read.label as string)[0]?.field.type ?? 'longtext');
    // ("…，用标企业达到120家": a figure reached is a plan's target or a measure's result, no new answer)
    const reached = read.labelKind === 'copula' && freeText === 'prose' && REACHED_COPULA.test(clause.text.slice((read.label ?? '').length).trimStart());
    const ends =
      read.labelKind === 'colon' ||
      lineOfItsOwn ||
      (read.labelKind === 'copula' && previous?.label !== undefined && !reached) ||
      (clearLabel && (previous?.labelKind === 'copula' || freeText === 'places'));
    const starts = read.label !== undefined && (!inFreeText || ends);
    // "…现辖行政区域\n3、2025年全市…": a region closed by its customary words ends with its line
    const closedRegion = freeText === 'places' && /\n|\\n/u.test(clause.after) && REGION_CLOSE.test((previous?.value ?? '').replace(/[。.]$/u, ''));
    if (previous && inFreeText && !starts && !closedRegion) {
      previous.value += `${clause.after.replace(/\\n/gu, '\n')}${clause.text}`;
      continue;
    }
    out.push(starts ? { ...read, after: clause.after } : { value: clause.text, after: clause.after });
  }
  return out;
}
