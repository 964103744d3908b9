import type { Form, FormField } from './form.js';
import { withIntroductionApart, withoutOpeningWords, withoutPointingSubject } from './discourse.js';
import { withRespectivelyPaired } from './respectively.js';
import { dropLeadIns, isAboutSending } from './lead-in.js';
import { WIDER, withoutWiderTotal } from './wider-total.js';
import { fieldsNamedIn, leadingName, matchLabel, shapeFit, type LabelMatch } from './labels.js';
import { parseField, type ParseResult } from './parsers/index.js';
import { parseText } from './parsers/text.js';
import { isFormRemark } from './form-remark.js';
import { directedValues } from './directed-value.js';
import { ACTION, findFigure, segment, withThousandsCommas, type FreeText, type Segment } from './segment.js';
import type { FieldValue } from '../store/nomination-types.js';
import { t } from '../texts.js';
import { noneNamed, withoutUnknown } from './none-answer.js';
import { elsewhere } from './pending-text.js';
import { beforeSpacedRemark } from './spaced-remark.js';
import { withoutSectionLines } from './dialog/document-heading.js';
import { CORRECTION_MARKER } from './correction-words.js';
import { couldBePersonName, looksLikePersonName, withNicknameNamed, withoutSelfIntro, withRankNamed, withSelfDenied } from './person-name.js';
import { answersAsked, headNounOfAsked } from './head-noun.js';
import { spacedAnswers } from './spaced.js';
import { unitNamed } from './unit-named.js';
import { NUMERIC, parseFor } from './answer-parse.js';
import { aboutOtherField } from './about-field.js';
import { areItemHeadings } from './item-headings.js';
import { isList, LEADING_MARK } from './block.js';
import { withoutBreakdowns } from './breakdown.js';
import { CONTACT_PATTERNS, holdsContact, withoutNumberNote } from './contact-numbers.js';
import { withoutExampleNotes } from './example-note.js';
import { answersInOrder, ownShape } from './in-order.js';
import { splitHeading } from './heading.js';
import { provinceOfRegion, regionField } from './places.js';
import { withBracketedNumbersApart } from './bracketed-number.js';
import { withoutEmoji } from '../text/emoji.js';
import { withSpokenBreaks } from './run-on.js';
import { withValuesApart } from './run-together.js';
import { withoutTakenBack } from './self-repair.js';
import { withoutBoundsNarrowed } from './narrowed-bound.js';
import { withoutPartsOfSum } from './total-of-parts.js';
import { figuresOf } from './figures-said.js';
import { withTimesApart } from './time-apart.js';
import { withYearSeriesRead } from './year-series.js';
import { decidedByValue } from './value-decides.js';
import { withRowTablesRead } from './row-table.js';
import { findTables, withInlineRows } from './table.js';
import { isFigureRun } from './figure-run.js';
import { readCells } from './table-cells.js';
import { labelUnit, withUnit } from './parsers/label-unit.js';
import { withoutFigureAsides } from './figure-asides.js';
import { choicesNamedIn, countByUnit, describedFigure, distinctive, innerLabelled, namesAllFirms, personNamed, provinceNamed, selfIntroduced, statementField, subjectAnswer } from './routing.js';
import { charPairs } from '../text/char-pairs.js';

/**
 * Reads one message against the form: segments it, gives each labelled segment to the field its
 * label names (only when the value parses as that field's type), the first unlabelled one to the
 * field being asked, and routes what is left by what it unmistakably is (a phone number, an
 * e-mail address, a province, a choice, an announcement number). A value for a field that is
 * already filled is not stored: it comes back as a conflict to ask about — unless the field is
 * the one being asked.
 */

export interface MessageReading {
  /** Values to store now. */
  values: Record<string, FieldValue>;
  /** Values for fields that already hold a different value: ask before changing them. */
  conflicts: Record<string, FieldValue>;
  /** Pieces of the message that no field could read, as typed. */
  unread: string[];
  /** Why the field being asked could not read its part of the message, if it could not. */
  failure?: { reason: string; example: string };
  /** Optional figure fields the message says have no figure yet ("物流、旅游都没统计"): skipped. */
  skipped: string[];
}

const TEXTUAL = new Set<FormField['type']>(['text', 'longtext']);

/** A chat record's line of sender and time, as WeChat and Feishu paste it: "郑建华 09:26", "张三 2023-05-06 09:26:11". */
const SENDER_TIME_LINE = /^[^\S\n]*[^\s\d：:，,。]{1,12}[^\S\n]+(?:\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?[^\S\n]+)?\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*(?:\n|$)/gmu;

/** A clause giving the value a correction replaces: "不是50亿", "原来写的50亿". */
const OLD_VALUE_LEAD = /^\s*(?:而|并)?(?:不是|非|原来|原先|之前|刚才|上面)/u;
/** Values no field but one of these types holds: a province, a choice (集体商标). */
const UNMISTAKABLE = new Set<FormField['type']>(['province', 'choice']);


/** A clause announcing what follows: "资料如下", "我先把基本情况发过来", "和明年计划一起发给你", "表里的内容复制过来了". */
const ANNOUNCED = '(?:[^，,。；;\\d]{0,16}(?:如下|见下|以下|(?:发|复制|粘贴|贴|拷贝?)(?:给你|给您|你|您|过来|过去|上来)了?|(?:复制|粘贴|拷贝?)了)|(?:下面|以下|下边)(?:是|为)[^，,。；;\\d]{0,14}(?:材料|资料|内容|原文|情况))';
const ANNOUNCEMENT = new RegExp(`^${ANNOUNCED}(?:[，,]\\s*${ANNOUNCED})*[:：。.!！~～👇]*$`, 'u');

/** Words that make what follows a field's name a statement about it ("出口主要是东南亚"), not a compound noun ("加工食品"). */

const STATEMENT = /是|为|有|在|没|不|了|都|也|主要|大概|左右|约|吧/u;
/** A message's first clause and the rest: up to a clause mark, or a space after a figure's unit. */
const FIRST_CLAUSE = /^(.+?)(?:[；;，,。\n]|(?<=[家人元%％亿万个])[ \t\u3000]+)\s*(\S[\s\S]*)$/u;

/** Words before a number given to ask about something, not as the form's contact: "有问题找我", "不清楚的联系我". */
const ASK_ME = /(?:找我|问我|联系我|打给我|打我电话|打我手机)[:：\s]*$/u;
const ASK_ME_REACH = 8;
/** Words beside a phone number that are no name: "应该是13912345678", "改成…", "号码是…". */
const NOT_A_NAME = /^(?:应该|其实|就|也|还|号码|手机|电话)?(?:是|为|改成|改为|换成|修改为|更正为|写错了|错了|不对)$/u;
/** A trademark's registration number as typed alone: "4582136", "第4582136号". */
const TRADEMARK_NUMBER = /^(?:第\s*)?\d{6,10}(?:\s*号)?$/u;
/**
 * An item number opening a line of data: "5. 茶旅…", "（4）商标注册号：…" (not "3.5亿", not "1、2月"; a
 * report's "二、" heads a section, which the section reader takes, and a numbered action is free text).
 */
const ITEM_NUMBER = /^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}[.、．)）])\s*(?=\p{Script=Han})/u;
const withoutItemNumber = (text: string): string => {
  const rest = text.replace(ITEM_NUMBER, '');
  return ACTION.test(rest) ? text : rest;
};

const stripPunctuation = (s: string): string => s.replace(/^[\s,，;；、。:：/／]+|[\s,，;；、:：/／]+$/gu, '');

/**
 * Reads `text` against `form`; `filled` is the draft's values, `current` the field being asked,
 * `passed` the fields that will not be asked (skipped or flagged).
 */
export function readMessage(
  form: Form,
  filled: Record<string, FieldValue>,
  current: FormField | undefined,
  typed: string,
  passed: readonly string[] = [],
): MessageReading {
  return withChoicesApart(form, current, readWhole(form, filled, current, typed, passed));
}

/**
 * "以前是农产品地理标志，后来又注册成了证明商标": a choice read from one clause while another clause
 * of the message names a different one is no answer — which one is meant is asked.
 */
function withChoicesApart(form: Form, current: FormField | undefined, reading: MessageReading): MessageReading {
  for (const field of form.fields) {
    const read = field.type === 'choice' ? reading.values[field.id] : undefined;
    // (a piece labelled for another field only mentions the choice: "扶持措施：规范专用标志使用")
    if (!read) continue;
    // (nor does one naming the chosen one too: "是集体商标还是证明商标我得看下证" asks, it does not answer)
    const other = (piece: string): boolean => {
      const named = choicesNamedIn(field, piece);
      return fieldsNamedIn(form, piece).every((f) => f === field) && named.length > 0 && !named.includes(String(read.value));
    };
    if (!reading.unread.some(other)) continue;
    const values = Object.fromEntries(Object.entries(reading.values).filter(([id]) => id !== field.id));
    const failure = field.id === current?.id ? { reason: `这条消息提到了不止一种${field.label}，请回复本次申报按哪一种填写。`, example: field.example ?? '' } : reading.failure;
    return { ...reading, values, ...(failure ? { failure } : {}) };
  }
  return reading;
}

function readWhole(
  form: Form,
  filled: Record<string, FieldValue>,
  current: FormField | undefined,
  typed: string,
  passed: readonly string[] = [],
): MessageReading {
  // "比外地猕猴桃贵百分之四十左右 人均一年四万二" while a plan is asked: figures for other fields, no
  // statement — read as answers; the question asked stays open
  if (current?.type === 'longtext' && current.shape !== 'place' && isFigureRun(typed)) {
    const figures = readAsTyped(form, filled, undefined, typed.replace(SPOKEN_BREAK, '，'), passed);
    if (Object.keys(figures.values).length > 0 && figures.unread.length === 0 && !(current.id in figures.values)) return figures;
  }
  // "数据到了，出口额860万美元，加工产值3.2亿元" while free text is asked: a first clause saying the material came
  // is no part of the answer (values labelled for other fields answer them, the question stays open)
  const came = current?.type === 'longtext' ? afterSendingClause(typed) : undefined;
  if (came) {
    const after = readAsTyped(form, filled, current, came, passed);
    if (Object.keys(after.values).length > 0) return after;
  }
  // "…品牌价值评估了245亿，表里没这项就算了" while free text is asked: told in passing, no answer
  if (current?.type === 'longtext' && isFormRemark(typed)) return { values: {}, conflicts: {}, unread: [typed.trim()], skipped: [] };
  // "当时是郫县人民政府，现在撤县设区了，按现在的名字写成都市郫都区人民政府": the name it says to write
  const directed = current?.type === 'text' ? directedReading(form, current, typed) : undefined;
  if (directed) return directed;
  const first = readAsTyped(form, filled, current, typed, passed);
  // "新会陈皮 区局阿芳催好久了": voice input parts its clauses with spaces only; what reads as nothing
  // so is read again with the spaces as commas (free text asked keeps its spaces)
  if (Object.keys(first.values).length > 0 || current?.type === 'longtext' || !SPOKEN_ONLY.test(typed) || STOPS.test(typed)) return first;
  const spoken = readAsTyped(form, filled, current, typed.replace(SPOKEN_BREAK, '，'), passed);
  // (…unless that parts a field's name from its value: "另外地域范围 海南省…" is no province)
  const named = spoken.unread.some((piece) => fieldsNamedIn(form, piece).length > 0);
  const value = current ? spoken.values[current.id] : undefined;
  return value && !named && !DISCOURSE_WORD.test(String(value.raw).trim()) ? spoken : first;
}

/** A statement naming this many figure fields is a report to read, not free text to store whole. */
const REPORT_FIGURES = 3;

/** The most characters between a figure field's name and its figure in a report: "出口额达到". */
const NAME_REACH = 8;

/** How many figure fields a text names right before a figure: "产值125.6亿元", "出口额达到3200万美元". */
function figureFieldsNamed(form: Form, text: string): number {
  const named = new Set<string>();
  for (const figure of figuresOf(text)) {
    const before = text.slice(Math.max(0, figure.start - NAME_REACH), figure.start);
    for (const f of fieldsNamedIn(form, before)) if (NUMERIC.has(f.type)) named.add(f.id);
  }
  return named.size;
}

/** Years other than the one the form asks about: "前两年", "往年". */
const OTHER_YEARS = /前[两几三二]年|往年|历年|早些年|头几年|以前|之前/u;

/** Words that carry the talk on and are no answer: "续上 刚才断网了", "接着 …". */
const DISCOURSE_WORD = /^(?:续上|接上|接着|继续|然后|还有|另外|那个|这个|就是|好的?|嗯+|对|行)$/u;

/** The words after a first clause saying the material came or is sent ("数据到了，…"), when there are any. */
function afterSendingClause(typed: string): string | undefined {
  const [, lead, rest] = /^([^，,；;。：:\n]+)[，,；;。：:\n]+([\s\S]+)$/u.exec(typed.trim()) ?? [];
  return lead && rest && isAboutSending(lead) ? rest : undefined;
}

/** Spaces between words, and no stop typed: a message spoken into the phone. */
const SPOKEN_ONLY = /\p{Script=Han}[ \u3000]+\p{Script=Han}/u;
const SPOKEN_BREAK = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;
const STOPS = /[，,。；;！!？?、\n：:]/u;

/** The words of `text`'s clause up to `piece` and the label in it ("全县获准使用…的企业达" for the piece "企业达88家"). */
function clauseBefore(text: string, piece: string): string {
  const at = text.indexOf(piece);
  if (at < 0) return piece;
  const start = Math.max(...[...'，,；;。！!\n'].map((stop) => text.lastIndexOf(stop, at - 1))) + 1;
  return text.slice(start, at) + piece.replace(/[\d０-９零一二两三四五六七八九十百千万.．].*$/su, '');
}

function readAsTyped(
  form: Form,
  filled: Record<string, FieldValue>,
  current: FormField | undefined,
  typed: string,
  passed: readonly string[],
): MessageReading {
  const out: MessageReading = { values: {}, conflicts: {}, unread: [], skipped: [] };
  // "二百四十亿👍": an emoji is a reaction, not part of the answer (a message of emoji alone stays as it is)
  const unmarked = withoutEmoji(typed).trim() || typed;
  // "他们报的是2.3亿左右", "按全部从业人员算，4.5万": who gave a figure and what it is counted over label nothing
  const figured = current?.type === 'longtext' ? unmarked : withoutFigureAsides(unmarked);
  // "5. 茶旅融合带动旅游收入3.6亿元": a document's item number before a line of data is no figure
  // (free text asked keeps its numbering as typed)
  // "用标企业119家（县里96家、合作社23家）": the breakdown after a figure is no answer
  // "一、基本情况": a pasted document's section heading answers nothing
  // (free text asked keeps its lines as typed)
  const lines = current?.type === 'longtext' && current.shape !== 'place' ? unmarked : withoutSectionLines(form, figured);
  const unbroken = withoutBreakdowns(form, current?.type !== 'longtext' && !lines.includes('\n') ? withoutItemNumber(lines) : lines);
  // "带动相关加工（川菜复合调味料等）产值逾40亿元": examples in brackets part a field's name from itself
  const unnoted = current?.type === 'longtext' ? unbroken : withoutExampleNotes(unbroken);
  // "综合产值268亿元，其中原料产值86.5亿元，加工产值128亿元…": the product's own part, not the trade's total
  // "2022年产值…今年计划六十个亿": a year and a target said with figures, set apart; a figure given
  // year by year is the one year's the writer means
  const plain = current?.type === 'longtext' && current.shape !== 'place' ? unbroken : withYearSeriesRead(withTimesApart(form, withoutWiderTotal(form, unnoted)));
  // "嗯，是…协会": an interjection in front says nothing
  // a typed "\\n" is a line break (chat boxes that send on Enter make people write it)
  // "物流和旅游分别是2.3亿和9.1亿": each name is paired with its value
  // "李主任吧，李桂芬": the colleague's name stands for their rank; "不是我，是…" says who it is
  // "地理标志产品（2009年第145号公告）": the number in brackets is an answer of its own
  // "郑建华 09:26": a pasted chat record's line naming who sent the next line and when is no value
  const opened = withSelfDenied(withNicknameNamed(withRankNamed(withRespectivelyPaired(form, withoutOpeningWords(withIntroductionApart(withThousandsCommas(withBracketedNumbersApart(plain))).replace(/\\n/gu, '\n').replace(SENDER_TIME_LINE, ''))))));
  // a table typed on one line is put on lines; a table of label/value rows with a note column is
  // read as labelled lines; a pasted table (a header row over values) is read column by column, the
  // lines around it as usual
  const rowTable = withRowTablesRead(form, withInlineRows(form, opened));
  const table = findTables(form, rowTable.text);
  const around = table ? table.rest : rowTable.text;
  // "盘锦大米：产地范围为…" for the name asked: the heading answers it, the rest is read on its own
  // a spoken run of answers is cut where a field's name begins, and a figure taken back in it
  // ("六十万人不对不对说错了是六万人") gives way to the one said instead, as a bound does to the figure
  // said after it ("不到一千万，大概八百万") and parts do to their sum ("企业31家，合作社17家，一共48家");
  // free text asked keeps its words, and a region asked is cut only where another field's name is
  // said with its copula
  // (free text asked keeps a repair too, unless the message is about a figure another field names:
  // "物流那块是32亿 等下 是23亿 我把数字看反了")
  const repaired = current?.type === 'longtext' ? withoutTakenBack(form, around) : around;
  const aboutFigure = repaired !== around && fieldsNamedIn(form, repaired).some((f) => f.type !== 'longtext' && f.type !== 'text');
  const spoken =
    current?.type !== 'longtext'
      ? withSpokenBreaks(form, withoutTakenBack(form, withValuesApart(form, withoutPartsOfSum(form, withoutBoundsNarrowed(around)))))
      : aboutFigure
        ? withSpokenBreaks(form, repaired)
        : current.shape === 'place'
          ? withSpokenBreaks(form, around, true)
          : around;
  const heading = splitHeading(form, current?.id, spoken);
  // (free text asked keeps its spaces: "…提质增效方案 每年安排专项资金4000万元 … 开展证明商标使用许可管理" names a choice, as prose does)
  const proseAsked = current?.type === 'longtext' && current.shape !== 'place';
  const said = dropLeadIns(form, proseAsked ? (heading?.rest ?? spoken) : spacedAnswers(form, heading?.rest ?? spoken));
  const { rest: text, fields: unknown } = withoutUnknown(form, filled, said);
  out.skipped = unknown.map((f) => f.id);
  let currentUsed = false;
  let answeredOther = false;
  const message = text;
  const contactInMessage = holdsContact(text);
  const bestField = (label: string): FormField | undefined => matchLabel(form, label)[0]?.field;
  // Words that name no field are no label: "州委州政府把三七产业列为千亿级…" answers the free-text question.
  // A region goes on only while its clauses name places: "茶叶，年产值150亿左右" is no region.
  const isFreeText = (label: string | undefined, value: string): FreeText => {
    const field = label === undefined ? current : (bestField(label) ?? current);
    if (field?.type !== 'longtext') return false;
    if (field.shape !== 'place') return 'prose';
    return label !== undefined || parseField(field, value).ok ? 'places' : false;
  };

  // "产值去年5.8亿 … 更正一下，产值是6.8亿，上面打错了": a line that corrects replaces what this message gave before it
  let correctingLine = false;
  const put = (field: FormField, value: FieldValue): void => {
    if (correctingLine && field.id in out.values && out.values[field.id]?.value !== value.value) delete out.values[field.id];
    if (field.id in out.values || field.id in out.conflicts) return;
    if (field.id === current?.id) currentUsed = true;
    const old = filled[field.id];
    if (old && !old.inferred && field.id !== current?.id) {
      if (old.value !== value.value) out.conflicts[field.id] = value;
      return;
    }
    out.values[field.id] = value;
  };
  out.unread.push(...rowTable.notes);
  if (table) {
    const cells = readCells(form, table.cells);
    for (const r of cells.routed) put(r.field, r.value);
    out.unread.push(...cells.unread, ...table.extra);
  }
  if (!text) return out;
  if (heading && current) put(current, heading.value);

  // "地标产品 2007年第212号": unlabelled answers to the question asked and the next ones, in their order
  const order = current && !heading ? [current, ...form.fields.slice(form.fields.indexOf(current) + 1).filter((f) => !(f.id in filled) && !passed.includes(f.id))] : [];
  const inOrder = order.length > 1 ? answersInOrder(form, order, text, (f, t) => parseFor(form, f, t)) : undefined;
  if (inOrder) {
    for (const answer of inOrder) {
      if (answer.value) put(answer.field, answer.value);
      else out.skipped.push(answer.field.id);
    }
    return out;
  }

  const open = (f: FormField): boolean => !(f.id in filled) && !(f.id in out.values);
  /** An unlabelled piece: the asked field, else phone/e-mail inside it, else what it unmistakably is. */
  const unlabelled = (text: string): void => {
    const patterns = extractPatterns(text);
    if (patterns === '') return;
    // "我们这个是乌珠穆沁羊肉" to the name asked: the subject only points at the answer
    const rest = current?.type === 'text' && !currentUsed ? withoutPointingSubject(patterns) : patterns;
    // a name beside a phone number or e-mail address: "何丽 0835-4221234"
    const name = form.fields.find((f) => f.type === 'text' && f.personName && (!(f.id in filled) || f.id === current?.id));
    const person = name ? withoutSelfIntro(name, rest) : rest;
    if (patterns !== text && couldBePersonName(person) && !NOT_A_NAME.test(person)) {
      const parsed = name ? parseField(name, person) : undefined;
      if (name && parsed?.ok) return put(name, parsed.value);
    }
    // "新会陈皮是广东省江门市新会区的地理标志产品" for the name: the subject answers, the rest is routed
    const described = current && !currentUsed && current.type === 'text' ? subjectAnswer(form, current, rest, open) : undefined;
    if (described) {
      put(current as FormField, described.value);
      for (const other of described.others) put(other.field, other.value);
      return;
    }
    // "出口额2022年是1.2亿美元，前两年都不到1个亿": a figure of other years beside an answer is about that answer
    if (current && !currentUsed && NUMERIC.has(current.type) && OTHER_YEARS.test(rest) && Object.keys(out.values).length > 0) {
      out.unread.push(rest);
      return;
    }
    // "溢价率按100%算吧，比普通湖蟹贵一倍左右" while the measures are asked: a clause restating a figure
    // read in this message is about that figure, not free text
    const restated = current?.type === 'longtext' && !currentUsed ? restatedFigure(form, out.values, rest) : undefined;
    if (restated) {
      if (restated.value.value !== out.values[restated.id]?.value) out.unread.push(rest);
      return;
    }
    // "全县GDP去年是一千亿出头，铁观音的年产值2022年是162亿元": beside a figure under the asked field's
    // own name, an unlabelled figure is about something else (one only another field takes is read:
    // "贵三成" beside "人均两万八")
    if (current && !currentUsed && (ownBest || echoBest) && reading !== (ownBest ?? echoBest) && !figureForOther(form, current, rest)) {
      out.unread.push(rest);
      return;
    }
    if (current && !currentUsed) {
      const other = elsewhere(form, current, rest, (f, t) => parseFor(form, f, t), typed);
      if (other) {
        const stored = other.field !== undefined && other.value !== undefined && !(other.field.id in filled);
        // a piece that is unmistakably another field's leaves a typed question open for a later piece
        // ("调味品，郫县豆瓣，四川" to the name asked); free text asked would take any piece, so it is closed
        if (!stored || current.type === 'longtext') currentUsed = true;
        else answeredOther = true;
        if (stored) return put(other.field as FormField, other.value as FieldValue);
        // "那填证明商标吧" once another type is stored: unmistakably that field's, a different value is asked about
        if (other.field && other.value && filled[other.field.id]?.value !== other.value.value) return put(other.field, other.value);
        const reason = other.field ? t('form.other_field', { other: other.field.label }) : t('form.chatter');
        out.failure ??= { reason, example: current.example ?? '' };
        out.unread.push(rest);
        return;
      }
      const parsed = parseFor(form, current, rest);
      // after a piece that was another field's, only what surely is the asked field's answers it
      if (parsed.ok && (!answeredOther || ownShape(current, rest))) {
        put(current, parsed.value);
        // "我们新疆的库尔勒香梨是2004年批的地理标志产品": a typed answer read inside a clause leaves the choice the clause ends on
        const choice = TEXTUAL.has(current.type) ? undefined : distinctive(form, rest, (f) => f.type === 'choice' && open(f));
        if (choice) put(choice.field, choice.value);
        return;
      }
      const described = describedFigure(form, current, rest);
      if (described) return put(current, described);
      if (!parsed.ok) out.failure ??= { reason: parsed.reason, example: parsed.example };
    }
    // "甘肃省平凉市静宁县现辖行政区域，静宁县苹果产销协会，水果": a whole region among other answers
    const place = regionField(form, rest);
    const placed = place && open(place) ? parseFor(form, place, rest) : undefined;
    const routed = [
      placed?.ok ? { field: place as FormField, value: placed.value } : undefined,
      trademarkNumber(rest),
      distinctive(form, rest, open),
      provinceNamed(form, rest, open),
      selfIntroduced(form, rest, open),
      noneNamed(form, rest, open),
      personNamed(form, rest, open, { whole: rest.trim() === message.trim(), besideContact: contactInMessage }),
      unitNamed(form, rest, open),
    ].filter((r) => r !== undefined);
    for (const r of routed) put(r.field, r.value);
    if (routed.length > 0) return;
    // "证明商标" once another type is stored: unmistakably that field's, a different value is asked about
    const changed = distinctive(form, rest, (f) => f.id in filled && f.id !== current?.id);
    if (changed && filled[changed.field.id]?.value !== changed.value.value) return put(changed.field, changed.value);
    out.unread.push(rest);
  };

  /** "证明商标，4582136": a bare number of a trademark's length, once a trademark is the protection told. */
  const trademarkNumber = (piece: string): { field: FormField; value: FieldValue } | undefined => {
    const field = form.fields.find((f) => f.type === 'registration' && open(f));
    const told = form.fields.some((f) => f.type === 'choice' && /商标/u.test(String((out.values[f.id] ?? filled[f.id])?.value ?? '')));
    if (!field || !told || !TRADEMARK_NUMBER.test(piece.trim())) return undefined;
    const parsed = parseField(field, piece.trim());
    return parsed.ok ? { field, value: parsed.value } : undefined;
  };

  /** Takes phone numbers and e-mail addresses out of a line, storing them; returns the rest. */
  const extractPatterns = (text: string): string => {
    let rest = text;
    let taken = false;
    for (const { type, pattern } of CONTACT_PATTERNS) {
      const fields = form.fields.filter((f) => f.type === type);
      if (fields.length !== 1) continue;
      const field = fields[0] as FormField;
      rest = rest.replace(pattern, (match, at: number) => {
        // "数据有问题找我 137…": a colleague's number to ask about the data is no contact given
        if (type === 'phone' && ASK_ME.test(rest.slice(Math.max(0, at - ASK_ME_REACH), at))) return match;
        const parsed = parseField(field, withoutNumberNote(match));
        if (!parsed.ok) return match;
        put(field, parsed.value);
        taken = true;
        return ' ';
      });
    }
    // (text with no phone number or address in it stays as typed, line breaks and all)
    if (!taken) return text;
    // what labels the numbers ("电话", "邮箱") goes with them
    return stripPunctuation(rest.replace(/(?:(?:她|他|其|我|本人)的?)?(?:联系)?(?:电话|手机|座机|邮箱|电子邮箱|email|e-mail)(?:号码?|是)?\s*[:：]?/giu, ' ')).replace(/\s+/gu, ' ').trim();
  };

  // a whole region sent while another question is asked: "青海省海西州德令哈市、格尔木市…现辖行政区域"
  const region = current?.shape === 'place' ? undefined : regionField(form, text);
  const regionRead = region && parseFor(form, region, text);
  if (region && regionRead?.ok) {
    put(region, regionRead.value);
    // (sent for the province asked, it answers that question too: the province it opens with)
    const province = current?.type === 'province' ? provinceOfRegion(current, regionRead.value) : undefined;
    if (province) put(province.field, province.value);
    return out;
  }

  const segments = segment(form, text, isFreeText);
  // Of figures for the asked field in one message, the one under the label naming it most closely answers it
  // (a whole trade's total names it no closer: "鲜果产值158亿元…产业集群总产值达168亿元").
  // (each segment's label is matched and its value parsed once: the scores are read again in the loop below)
  const askedFigure = current && NUMERIC.has(current.type) ? current : undefined;
  const namedScores = new Map(
    segments.map((seg) => {
      const top = askedFigure && seg.label !== undefined && !WIDER.test(seg.label) ? matchLabel(form, seg.label)[0] : undefined;
      return [seg, top && top.field.id === askedFigure?.id ? top.score : 0];
    }),
  );
  const namesAsked = (seg: Segment): number => namedScores.get(seg) ?? 0;
  const ownScores = new Map(segments.map((seg) => [seg, askedFigure && namesAsked(seg) > 0 && parseFor(form, askedFigure, seg.value).ok ? namesAsked(seg) : 0]));
  const ownLabelled = (seg: Segment): number => ownScores.get(seg) ?? 0;
  const ownBest = segments.reduce<Segment | undefined>((best, seg) => (ownLabelled(seg) > (best ? ownLabelled(best) : 0) ? seg : best), undefined);
  // …and of figures under words naming no field, the one whose words echo the field's question:
  // "全县涉茶人口大概80万，直接从事铁观音生产经营的有三十万人左右" to 从事该产品生产经营的人数.
  const unnamed = askedFigure && !ownBest ? segments.filter((seg) => (seg.label === undefined || matchLabel(form, seg.label).length === 0) && parseFor(form, askedFigure, seg.value).ok) : [];
  const echo = (seg: Segment): number => (current ? echoes(current.prompt, seg.label ?? '') : 0);
  const echoBest = unnamed.length > 1 ? unnamed.reduce<Segment | undefined>((best, seg) => (echo(seg) > (best ? echo(best) : 0) ? seg : best), undefined) : undefined;
  // "…材料如下，请审阅。\n产品名称：沧州金丝小枣": a short answer the message labels is answered there, by no unlabelled piece
  if (current && !askedFigure && current.type !== 'longtext' && segments.some((seg) => seg.label !== undefined && bestField(seg.label)?.id === current.id && parseFor(form, current, seg.value).ok)) currentUsed = true;
  let reading: Segment | undefined;
  // A pasted block of several labelled values is read pair by pair.
  const about = segments.filter((seg) => seg.labelKind === 'colon').length <= 1 ? aboutOtherField(form, current, text) : undefined;
  if (about && !answersAsked(filled, current, about.field, about.words, about.text, (f, t) => parseFor(form, f, t))) {
    put(about.field, about.value);
    return out;
  }

  const figureField = (f: FormField | undefined): boolean => f !== undefined && NUMERIC.has(f.type);
  // A statement of actions ("县里出台了…，每年安排资金…；建设…") sent while another kind of question is
  // asked is no answer to it: it goes whole to the open free text it fits, the question stays.
  const statement =
    current !== undefined &&
    current.type !== 'longtext' &&
    // (a label names the field itself: "支持措施为…" is read as labelled)
    !segments.some((seg) => seg.labelKind === 'colon' || (seg.label !== undefined && bestField(seg.label)?.type === 'longtext')) &&
    !holdsContact(text) &&
    // (…nor a report giving figures of several fields: "全年实现产值…，出口额达到…，从业人员约…")
    figureFieldsNamed(form, text) < REPORT_FIGURES
      ? statementField(form, text, open)
      : undefined;
  const stated = statement && parseFor(form, statement, text);
  if (statement && stated?.ok) {
    // (its first clause may answer the figure asked: "用标企业有58家 县里出台…；建设…")
    const lead = current && NUMERIC.has(current.type) ? FIRST_CLAUSE.exec(text) : null;
    const answer = current && lead?.[1] ? parseFor(form, current, lead[1]) : undefined;
    const rest = lead?.[2] ? parseFor(form, statement, lead[2]) : undefined;
    if (current && answer?.ok && rest?.ok && ACTION.test(lead?.[2] ?? '') && !ACTION.test(lead?.[1] ?? '')) {
      put(current, answer.value);
      put(statement, rest.value);
      return out;
    }
    put(statement, stated.value);
    return out;
  }

  // One clause opening with a figure field's name that reads whole as that figure, stating no action, is
  // that field's answer, not free text for the one asked: "溢价率这块比普通小米贵一倍".
  const opening = current?.type === 'longtext' && segments.length === 1 && !ACTION.test(text) ? leadingName(form, text) : undefined;
  const openingFigure = opening && opening.start === 0 && figureField(opening.field) ? parseFor(form, opening.field, text) : undefined;
  if (opening && openingFigure?.ok) {
    put(opening.field, openingFigure.value);
    return out;
  }
  // …and so is a comparison of prices the percentage reader reads whole: "比一般榨菜贵一成五左右"
  const compared = current?.type === 'longtext' && current.shape !== 'place' && segments.length === 1 && !ACTION.test(text) ? distinctive(form, text, (f) => f.type === 'percent' && open(f)) : undefined;
  if (compared) {
    put(compared.field, compared.value);
    return out;
  }

  // Prose for the free-text field asked keeps its figures: "带动从业人员增收2000人，建设溯源平台。"
  // is a plan with a figure in it, not 从业人数 and a plan. Only a label before a colon says otherwise.
  // A report of figures is no prose, though: "当归加工产值18亿上下，物流、旅游都没统计" states no
  // action, and each piece is a figure for a field or names figure fields it has none for.
  const figureReport =
    !ACTION.test(text) &&
    segments.every((seg) =>
      seg.label === undefined
        ? !findFigure(seg.value) && fieldsNamedIn(form, seg.value).some(figureField)
        : figureField(bestField(seg.label)) && parseFor(form, bestField(seg.label) as FormField, seg.value).ok,
    );
  // Nor is one labelled figure that states no action: "溢价率这块比普通小米贵一倍" sent while the measures are asked.
  const only = segments.length === 1 ? segments[0] : undefined;
  const ownFigure =
    only?.label !== undefined && !ACTION.test(text) && figureField(bestField(only.label)) && parseFor(form, bestField(only.label) as FormField, only.value).ok;
  const prose =
    current?.type === 'longtext' &&
    current.shape !== 'place' &&
    !figureReport &&
    !ownFigure &&
    // ("1.用标企业再新增20家；2.年产值力争突破5亿元": every item of a list may open with a field's name)
    (segments.some((seg) => seg.label === undefined) || isList(text)) &&
    segments.some((seg) => seg.label !== undefined && seg.labelKind !== 'colon' && bestField(seg.label)?.id !== current.id);
  if (prose) {
    unlabelled(text);
    return out;
  }
  // "1.品牌建设：举办采茶节…；2.标准化：制定地方标准3项" for the measures asked: headings of the free
  // text's own items over what was done; the text is the answer as typed
  const itemHeadings = current?.type === 'longtext' && current.shape !== 'place' && ACTION.test(text) && areItemHeadings(form, segments, text);
  if (itemHeadings) {
    // ("一、政策支持：…二、标准制定：…": the first item's heading is one of the items', though it names the field)
    const whole = LEADING_MARK.test(text) ? parseText(current, text) : undefined;
    if (whole?.ok) put(current, whole.value);
    else unlabelled(text);
    return out;
  }

  const block = segments.filter((seg) => seg.labelKind === 'colon').length >= 2;
  // A label whose own clause says no figure waits for the next clause: "加工这块主要是果汁，大概12亿".
  let waiting: { field: FormField; clause: string } | undefined;
  const correctionLines = text.split('\n').filter((line) => CORRECTION_MARKER.test(line));
  for (const seg of segments) {
    reading = seg;
    // (not the old value said against the new one: "应该是53亿，不是50亿")
    correctingLine = !OLD_VALUE_LEAD.test(seg.label ?? seg.value) && correctionLines.some((line) => line.includes(seg.value) && (seg.label === undefined || line.includes(seg.label)));
    const labelWaits = waiting;
    waiting = undefined;
    // (words before a figure that name no field are part of the clause: "有十一亿", "说仓储运输加起来八千万左右")
    const clause = seg.label === undefined ? seg.value : seg.labelKind === 'figure' && matchLabel(form, seg.label).length === 0 ? `${seg.label}${seg.value}` : undefined;
    if (labelWaits && clause !== undefined && !(echoBest && seg !== echoBest && labelWaits.field.id === current?.id)) {
      const parsed = parseFor(form, labelWaits.field, clause);
      // "说仓储运输加起来八千万左右": the figure the clause describes
      const value = parsed.ok ? parsed.value : describedFigure(form, labelWaits.field, clause);
      if (value) {
        put(labelWaits.field, value);
        out.unread = out.unread.filter((u) => u !== labelWaits.clause);
        continue;
      }
      // "物流那块刚问了粮食局，说…八千万左右": a clause saying no figure either keeps the label waiting
      if (NUMERIC.has(labelWaits.field.type) && !findFigure(clause)) waiting = labelWaits;
    }
    // "资料如下", "和明年计划一起发给你" announce what follows and are no value; alone, they are not understood
    if (seg.label === undefined && ANNOUNCEMENT.test(seg.value)) {
      if (segments.length === 1) out.unread.push(seg.value);
      continue;
    }
    if (seg.label === undefined) {
      unlabelled(seg.value);
      // "顺带说一下溢价，比普通桃子贵一半": a clause ending on a figure field's name heads the clause after it
      const topic = out.unread.includes(seg.value) ? topicAtEnd(form, seg.value) : undefined;
      if (topic) waiting = { field: topic, clause: seg.value };
      continue;
    }
    if (ownBest && seg !== ownBest && namesAsked(seg) > 0 && namesAsked(seg) <= ownLabelled(ownBest)) {
      out.unread.push(`${seg.labelKind === 'colon' ? `${seg.label}：` : seg.label}${seg.value}`);
      continue;
    }
    const matches = matchLabel(form, seg.label);
    const top = matches[0]?.score ?? 0;
    // Of labels that fit about as well, the field asked comes first, and one already read in this
    // message drops out: "…产值280亿，带动加工业产值90亿元" (产值 and 加工业产值 both fit the second).
    // ("全县石雕石材企业1200多家" counts all the firms: no market players licensed to use the mark)
    const firmCount = (m: LabelMatch): boolean => m.field.type === 'count' && m.field.unit !== '人';
    const close = matches.filter((m) => m.score >= top - 3);
    const allFirms = seg.labelKind === 'figure' && close.some(firmCount) && namesAllFirms(clauseBefore(text, `${seg.label ?? ''}${seg.value}`));
    const near = allFirms ? close.filter((m) => !firmCount(m)) : close;
    // (…unless the line corrects what the message gave before it)
    const fresh = near.filter((m) => (correctingLine || !(m.field.id in out.values)) && !(m.field.id in out.conflicts));
    // (the field asked comes first only among equals: "其中陈皮加工产值约70亿元" names 加工 more
    // closely than the 年产值 asked)
    const asked = (m: LabelMatch): number => Number(m.field.id === current?.id);
    // (and a value's shape decides between fields one word names: 名字 is the contact's for "李婷")
    const fit = (m: LabelMatch): number => shapeFit(m.field, seg.value);
    const ranked = (fresh.length > 0 ? fresh : near).sort((a, b) => b.score - a.score || fit(b) - fit(a) || asked(b) - asked(a));
    const tier = headNounOfAsked(filled, current, seg, ranked, (f, t) => parseFor(form, f, t));
    const whole = `${seg.labelKind === 'colon' ? `${seg.label}：` : seg.label}${seg.value}`;
    // "出口额\t暂无数据" in a pasted block: an optional figure said to have no data is passed over, as when typed alone
    const unknownPair = withoutUnknown(form, filled, whole);
    if (!unknownPair.rest && unknownPair.fields.length > 0) {
      out.skipped.push(...unknownPair.fields.map((f) => f.id).filter((id) => !out.skipped.includes(id)));
      continue;
    }
    // "资料如下：", "扶持措施和明年计划一起发给你：" head what follows and are no value; alone, they are not understood
    if (!seg.value && seg.labelKind === 'colon') {
      if (segments.length === 1) out.unread.push(whole);
      // "然后加工那块，银耳羹、冻干那些做得比较大，有十一亿": a figure field's name heads the clauses after it
      const headsFigure = tier[0]?.field;
      if (headsFigure && NUMERIC.has(headsFigure.type)) waiting = { field: headsFigure, clause: whole };
      continue;
    }
    // (a free-text field keeps its name where it runs on into the value: "明年计划新增…")
    // (and a bare figure takes the unit its label names: "年产值(万元): 1450000")
    const { label: own, unit } = labelUnit(seg.label);
    // (and "属于水果类" keeps its frame for the typical value inside: 水果)
    // (and a percentage keeps its label's name, whose role its reader knows: "溢价1倍左右" is 100%)
    const named = (f: FormField): string | undefined => f.keywords.find((k) => seg.label?.endsWith(k));
    const valueFor = (f: FormField): string =>
      f.type === 'percent' && named(f) ? `${named(f)}${seg.value}` : f.typicalValues.length > 0 && /属于$/u.test(seg.label ?? '') ? `属于${seg.value}` : f.type === 'longtext' && seg.lead ? `${seg.lead}${seg.value}` : NUMERIC.has(f.type) ? withUnit(seg.value, unit) : seg.value;
    // "商标类别：证明商标", "类：中药材": an officer's own label, read with its value
    const decided = seg.labelKind === 'colon' || seg.labelKind === 'copula' ? decidedByValue(form, own, seg.value, (f) => parseFor(form, f, valueFor(f))) : undefined;
    if (decided) {
      put(decided.field, decided.value);
      continue;
    }
    // "省：广东", "类型：集体商标": a label that names no field, before a value only one open field can hold
    const unmistakable = tier.length === 0 && seg.labelKind === 'colon' ? distinctive(form, seg.value, (f) => UNMISTAKABLE.has(f.type) && open(f)) : undefined;
    if (unmistakable) {
      put(unmistakable.field, unmistakable.value);
      continue;
    }
    // "【去年主要指标】产值：约150亿元": a heading that names no field over a labelled value
    const headed = tier.length === 0 && seg.labelKind === 'colon' ? innerLabelled(form, '', seg.value) : undefined;
    if (headed) {
      put(headed.field, headed.value);
      continue;
    }
    // "比普通羊肉高：35%左右": words that name no field but, read on into the value, state a figure only one open field holds
    const stated = tier.length === 0 && seg.labelKind === 'colon' ? distinctive(form, `${seg.label}${seg.value}`, (f) => NUMERIC.has(f.type) && open(f)) : undefined;
    if (stated) {
      put(stated.field, stated.value);
      continue;
    }
    // in a pasted block, a pair whose label names no field ("获证时间：2001年") is no answer to the question asked
    if (tier.length === 0 && block && seg.labelKind === 'colon') {
      out.unread.push(whole);
      continue;
    }
    if (tier.length === 0 || !seg.value) {
      unlabelled(whole);
      continue;
    }
    // (a figure its name runs into is read with the name when its own words need it: "旅游实现产值5.4亿元",
    // "一个人一年收入三万八" — 产值 and 收入 alone could be any field's)
    const parsedFor = (f: FormField): ParseResult => {
      const plain = parseFor(form, f, valueFor(f));
      if (plain.ok || seg.labelKind !== 'name' || !NUMERIC.has(f.type)) return plain;
      const withName = parseFor(form, f, `${seg.label ?? ''}${seg.value}`);
      return withName.ok ? withName : plain;
    };
    const found = tier.map((m) => ({ field: m.field, parsed: parsedFor(m.field) })).find((c) => c.parsed.ok);
    if (found?.parsed.ok) {
      put(found.field, found.parsed.value);
      continue;
    }
    // (a phone number or an address in the value is taken out below, and the name beside it kept:
    // "联系人：王芳 手机151…" is no 手机 under 联系人)
    const inner = seg.labelKind === 'colon' && !holdsContact(seg.value) ? innerLabelled(form, seg.label, seg.value) : undefined;
    if (inner) {
      put(inner.field, inner.value);
      continue;
    }
    const field = (tier[0] as { field: FormField }).field;
    if (field.type !== 'longtext') {
      const rest = extractPatterns(seg.value);
      const parsed = rest ? parseFor(form, field, rest) : undefined;
      if (rest === '' || parsed?.ok) {
        if (parsed?.ok) put(field, parsed.value);
        continue;
      }
      const remarked = beforeSpacedRemark(form, field, rest, (f, t) => parseFor(form, f, t));
      if (remarked) {
        put(field, remarked.value);
        // ("申请人南丰县蜜桔产业局 水果": what follows may be unmistakably another field's answer)
        const other = distinctive(form, remarked.remark, open);
        if (other) put(other.field, other.value);
        else out.unread.push(remarked.remark);
        continue;
      }
    }
    // its figure after words describing it: "从业人数是养殖户加上餐馆大概一千二百人"
    const described = describedFigure(form, field, seg.value);
    if (described) {
      put(field, described);
      continue;
    }
    // a head count after words that name another field: "从事枸杞种植和加工的有12万人左右"
    const counted = field.type === 'count' ? undefined : countByUnit(form, seg.value, form.fields.filter(open));
    if (counted) {
      put(counted.field, counted.value);
      continue;
    }
    // a figure after words that merely look like a label ("每年统筹资金5000万元") is read whole, and so
    // is a field's name that is part of the words ("加工食品" for the category, not 加工 = "食品")
    if (seg.labelKind === 'figure' || (seg.labelKind === 'name' && !STATEMENT.test(seg.value))) unlabelled(whole);
    else out.unread.push(whole);
    // (…and so does a person's field whose clause names no one: "联系人先报一下，王海燕")
    const saysNone = NUMERIC.has(field.type) ? !findFigure(seg.value) : field.personName && !looksLikePersonName(seg.value);
    if (saysNone && out.unread.includes(whole)) waiting = { field, clause: whole };
  }
  return out;
}

/** Words closing a clause after what it names: "说一下溢价吧". */
const CLOSING_PARTICLES = /[吧啊呀哈哦嘛呢]+$/u;

/** The one figure field a clause without a figure ends by naming: "顺带说一下溢价", "再补充下出口". */
function topicAtEnd(form: Form, clause: string): FormField | undefined {
  const bare = clause.replace(CLOSING_PARTICLES, '');
  if (findFigure(bare)) return undefined;
  const [only, ...more] = fieldsNamedIn(form, bare);
  return only && more.length === 0 && NUMERIC.has(only.type) && [only.label, ...only.keywords].some((name) => bare.endsWith(name)) ? only : undefined;
}

/** The figure field already read in this message that `clause` restates, with the value it reads as there. */
function restatedFigure(form: Form, values: Record<string, FieldValue>, clause: string): { id: string; value: FieldValue } | undefined {
  for (const id of Object.keys(values)) {
    const field = form.field(id);
    const parsed = field && NUMERIC.has(field.type) ? parseFor(form, field, clause) : undefined;
    if (parsed?.ok) return { id, value: parsed.value };
  }
  return undefined;
}

/** Words the asked field does not take but another figure field does ("贵三成" while 人均收入 is asked). */
function figureForOther(form: Form, asked: FormField, words: string): boolean {
  return !parseFor(form, asked, words).ok && form.fields.some((f) => f.id !== asked.id && NUMERIC.has(f.type) && parseFor(form, f, words).ok);
}

/** Two-character runs of `words` that `question` holds: how closely a figure's words echo the question asked. */
function echoes(question: string, words: string): number {
  return [...charPairs(words.replace(/[^\p{Script=Han}]/gu, ''))].filter((pair) => question.includes(pair)).length;
}

/** A message of several clauses one of which says what to write for the text field asked: that value, the other clauses unread. */
function directedReading(form: Form, current: FormField, typed: string): MessageReading | undefined {
  const clauses = typed.split(/[，,。；;]/u).map((clause) => clause.trim()).filter(Boolean);
  const directing = clauses.filter((clause) => directedValues(clause).length > 0);
  if (clauses.length < 2 || directing.length !== 1) return undefined;
  for (const value of directedValues(directing[0] as string)) {
    const parsed = parseFor(form, current, value);
    if (parsed.ok) return { values: { [current.id]: parsed.value }, conflicts: {}, unread: clauses.filter((clause) => clause !== directing[0]), skipped: [] };
  }
  return undefined;
}
