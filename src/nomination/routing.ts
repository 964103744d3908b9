import { spansOf } from '../text/spans.js';
import type { Form, FormField } from './form.js';
import { cleanLabel, leadingName, matchLabel } from './labels.js';
import { canonicalProvince, findProvinces, provinceOfPlaces } from './provinces.js';
import { parseField } from './parsers/index.js';
import { NUMERIC, parseFor } from './answer-parse.js';
import { ACTION, findFigure, labelOf } from './segment.js';
import { isCourtesy, looksLikePersonName, SELF_INTRO, withoutSelfIntro } from './person-name.js';
import { typicalValue } from './typical.js';
import type { FieldValue } from '../store/nomination-types.js';

/**
 * Where a piece of a message goes when no label sends it: what it unmistakably is (a province, a
 * choice, an announcement number, a figure only one open field takes), a figure described in
 * words, a person introducing themselves, a value under a group label.
 */

/** A field and the value read for it. */
export type Routed = { field: FormField; value: FieldValue };

/**
 * The answer to a figure question with a description in front: "采集和经营的农牧民有两万多人"
 * for 从业人数. Only when the words before the figure name no other field and state no action
 * ("明年准备新增用标企业20家" is a plan, not a count).
 */
export function describedFigure(form: Form, field: FormField, text: string): FieldValue | undefined {
  if (!NUMERIC.has(field.type)) return undefined;
  const figure = findFigure(text);
  if (!figure || figure.index === 0) return undefined;
  const before = text.slice(0, figure.index);
  if (/\d/u.test(before) || ACTION.test(before)) return undefined;
  const named = matchLabel(form, before)[0]?.field;
  if (named && named.id !== field.id) return undefined;
  // words that name nothing leave a count without its measure word unexplained: "茶旅融合这块大约八千万" is no head count
  if (!named && field.type === 'count' && !countUnit(field).test(text)) return undefined;
  const parsed = parseFor(form, field, text.slice(figure.index));
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A head count after a description, with a measure word only one open count field takes:
 * "从事枸杞种植和加工的有12万人左右" (人: 从业人数, not the 家 of market players). Not after
 * words stating an action ("新增用标企业20家" is a plan).
 */
export function countByUnit(form: Form, text: string, fields: FormField[]): Routed | undefined {
  const figure = findFigure(text);
  if (!figure) return undefined;
  const [before, after] = [text.slice(0, figure.index), text.slice(figure.index)];
  // a lone 一 is a word more often than a count ("下一个", "错了一位"); digits may be typed full width ("２１８家")
  if (/\d/u.test(before) || ACTION.test(before) || /了/u.test(before) || !/^(?:[\d０-９]|[一二两三四五六七八九十百千万]{2}|[二两三四五六七八九十])/u.test(after)) return undefined;
  // "种橙的九千多户": households named by what they do are growers, not the market players licensed to use the mark
  // …and households counted ("从业农户3200户", "其中种植户4.5万户") are no market players either
  const households = HOUSEHOLD_COUNT.test(after) && HOUSEHOLDS.test(before);
  // …and firms counted without a word of using the mark ("全县石雕石材企业1200多家") are all the firms, not the licensed ones
  const allFirms = namesAllFirms(before);
  const [only, ...more] = fields.filter((f) => f.type === 'count' && countUnit(f).test(after) && (f.unit === '人' || (!BY_WORK.test(before) && !households && !allFirms)));
  const parsed = only && more.length === 0 ? parseFor(form, only, after) : undefined;
  if (only && parsed?.ok) return { field: only, value: parsed.value };
  // "有两百三十家企业在用标": the count, then words naming its field
  const counted = only && more.length === 0 ? COUNT_THEN_WORDS.exec(after) : null;
  const named = counted?.[2] && !ACTION.test(counted[2]) && matchLabel(form, counted[2])[0];
  const again = only && counted?.[1] && named && named.field.id === only.id && named.score >= NAMED_AFTER ? parseFor(form, only, counted[1]) : undefined;
  return only && again?.ok ? { field: only, value: again.value } : undefined;
}

/** A count with its measure word, then a few words: "两百三十家|企业在用标". */
const COUNT_THEN_WORDS = /^([\d０-９.,，一二两三四五六七八九十百千万余多来]+(?:个)?[家个户人名位])(\p{Script=Han}{2,8})[。.!！]*$/u;
/** The words after a count name its field this clearly. */
const NAMED_AFTER = 70;

/** Firms named before a count, the words that make them all the firms of a place or a class, and those that make them the ones using the mark. */
const FIRMS = /企业|公司|合作社|厂家|商户|经营户|经营主体/u;
const ALL_OF = /全(?:县|市|区|州|省|旗|盟|镇|乡)|(?:县|市|区|省)(?:内|域)|境内|辖区|各类|规模以上|规上/u;
const USES_MARK = /用标|授权|获准|核准|许可|使用|专用标志|商标|标志/u;

/**
 * Words naming the firms of a whole place or class with no word of using the mark ("全县石雕石材企业"):
 * all the firms, never the licensed ones the form counts ("企业数" alone is the form's count).
 */
export const namesAllFirms = (words: string): boolean => FIRMS.test(words) && ALL_OF.test(words) && !USES_MARK.test(words);

/** Households, by the words that name them: 农户, 种植户, 养殖户, 户均. */
const HOUSEHOLDS = /农户|牧户|渔户|茶户|果户|菜户|养殖户|种植户|种养户|专业户|大户|贫困户|脱贫户|户均/u;
const HOUSEHOLD_COUNT = /^[\d.,０-９一二两三四五六七八九十百千万亿余多来]+户/u;

/** People or households named by the work they do: "种橙的", "养蟹的", "做陈皮的". */
const BY_WORK = /(?:种|养|做|干|搞|从事|卖|采|摘|加工)\p{Script=Han}{0,3}的/u;

/** The measure words of a count field: 人/名/位 for people, 家/个/户 for market players (人次 counts visits). */
const countUnit = (field: FormField): RegExp => (field.unit === '人' ? /[人名位](?!次)/u : /[家个户](?!次)/u);

const BARE_NUMBER = /^[\d０-９]+(?:[.．][\d０-９]+)?$/u;

/**
 * A field that an unlabelled piece can only be: a province, a choice, an announcement number, or a
 * figure of a type only one open field takes ("三成左右" when 溢价率 is the only open percentage).
 */
export function distinctive(form: Form, text: string, open: (f: FormField) => boolean): { field: FormField; value: FieldValue } | undefined {
  const cleaned = cleanLabel(text) || text;
  const fields = form.fields.filter(open);
  for (const type of NUMERIC) {
    const [only, ...more] = fields.filter((f) => f.type === type);
    // (a percentage may follow what the price is compared with: "价格比普通羊肉高20%")
    // (a lone numeral, "二" left of a list's number, is no figure at all)
    const figure = findFigure(text);
    // (a bare number, "0" or "51", says nothing of what it counts: a cell of a row whose header is elsewhere)
    const parsed = only && more.length === 0 && figure && (figure.index === 0 || type === 'percent') && !BARE_NUMBER.test(text.trim()) ? parseFor(form, only, text) : undefined;
    if (only && parsed?.ok) return { field: only, value: parsed.value };
  }
  const counted = countByUnit(form, text, fields);
  if (counted) return counted;
  for (const field of fields) {
    // "新疆的", "四川省的", "在江苏苏州": a province, with places inside it at most
    const place = text.trim().replace(LOCATIVE, '');
    if (field.type === 'province' && (canonicalProvince(place.replace(/的$/u, '')) || provinceOfPlaces(place))) {
      const parsed = parseField(field, place);
      if (parsed.ok) return { field, value: parsed.value };
    }
    if (field.type === 'choice') {
      const parsed = choiceIn(field, text, cleaned);
      if (parsed) return { field, value: parsed };
    }
    // "茶叶", "水果类": one of a field's typical values
    const typical = field.type === 'text' ? typicalValue(field, text) : undefined;
    if (typical) {
      const parsed = parseField(field, typical);
      if (parsed.ok) return { field, value: parsed.value };
    }
    if (field.type === 'registration' && /年|号|公告|注册/u.test(text)) {
      const parsed = parseField(field, text);
      if (parsed.ok) return { field, value: parsed.value };
    }
  }
  return undefined;
}


/** A province named in full ("云南省", "新疆维吾尔自治区") inside a short clause, the only one named: "普洱茶是云南省的地理标志产品". */
export function provinceNamed(form: Form, text: string, open: (f: FormField) => boolean): Routed | undefined {
  const field = form.fields.find((f) => f.type === 'province' && open(f));
  if (!field || text.length > CHOICE_CLAUSE_MAX + 6 || !/省|自治区/u.test(text) || findProvinces(text).length !== 1) return undefined;
  const parsed = parseField(field, text);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/**
 * A message shaped like a person's name ("马晓兰", "阿依古丽·买买提") that the field asked refused: the
 * open field holding a person's name. Among other pieces ("李花节、采摘游那些，差不多2.4亿") or with two
 * characters ("龙井" could be a product) only beside a phone number or e-mail address.
 */
export function personNamed(form: Form, text: string, open: (f: FormField) => boolean, context: { whole: boolean; besideContact: boolean }): Routed | undefined {
  const field = form.fields.find((f) => f.personName && open(f));
  const name = text.trim().replace(/[。.!！，,]+$/u, '');
  const sure = context.besideContact || (context.whole && [...name].length >= 3);
  // ("麻烦了", "辛苦了": a courtesy is shaped like a name, and is none)
  if (!field || !sure || !looksLikePersonName(name) || isCourtesy(name)) return undefined;
  const parsed = parseField(field, name);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/** "我叫赵磊": a person introducing themselves names the open field that holds a person's name. */
export function selfIntroduced(form: Form, text: string, open: (f: FormField) => boolean): Routed | undefined {
  const field = form.fields.find((f) => f.personName && open(f));
  if (!field || !SELF_INTRO.test(text.trim()) || withoutSelfIntro(field, text) === text) return undefined;
  const parsed = parseField(field, withoutSelfIntro(field, text));
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/**
 * "A是B" for a short text field, where B is unmistakably other values (a province, a choice …)
 * and A reads as the field: A is the answer, B's values go to their fields. "天津的小站稻": the
 * product's name owned by its province.
 */
export function subjectAnswer(form: Form, field: FormField, text: string, open: (f: FormField) => boolean): { value: FieldValue; others: Routed[] } | undefined {
  // "天津的小站稻" for the product's name: the province owning it is told beside it
  const owner = field.shape === 'product' ? OWNING_PROVINCE.exec(text.trim()) : null;
  if (owner?.[1] && canonicalProvince(owner[1])) {
    const parsed = parseFor(form, field, text.trim().slice(owner[0].length));
    const province = form.fields.find((f) => f.type === 'province' && open(f));
    const told = province ? parseField(province, owner[1]) : undefined;
    if (parsed.ok) return { value: parsed.value, others: province && told?.ok ? [{ field: province, value: told.value }] : [] };
  }
  const at = text.indexOf('是');
  if (at < 2) return undefined;
  const [subject, predicate] = [text.slice(0, at), text.slice(at + 1)];
  // (a predicate that is itself this field's value, "其实是中药材", is the answer, not other values)
  const found = [distinctive(form, predicate, open), provinceNamed(form, predicate, open)].filter((r): r is Routed => r !== undefined && r.field.id !== field.id);
  const others = found.length > 0 ? found : describedKind(form, predicate, open).filter((r) => r.field.id !== field.id);
  if (others.length === 0 || matchLabel(form, subject).length > 0) return undefined;
  const parsed = parseFor(form, field, subject);
  return parsed.ok ? { value: parsed.value, others } : undefined;
}

/** Where something is, said before the place: "在江苏苏州", "位于…". */
const LOCATIVE = /^(?:在|位于|地处|地属|属于)/u;
/** "新疆的…": a province owning what follows. */
const OWNING_PROVINCE = /^(\p{Script=Han}{2,8}?)的/u;
/** "…特色林果产品": a typical value the description ends on, before the word for a product. */
const PRODUCT_WORD = /(?:类产品|产品|类)?[。.!！~～]*$/u;

/**
 * What a description of the product says it is: "新疆的特色林果产品" is from 新疆 and of the category
 * 林果 — a province that owns the description, and a typical value it ends on.
 */
function describedKind(form: Form, predicate: string, open: (f: FormField) => boolean): Routed[] {
  const out: Routed[] = [];
  const owner = OWNING_PROVINCE.exec(predicate.trim())?.[1];
  const province = owner && canonicalProvince(owner) ? form.fields.find((f) => f.type === 'province' && open(f)) : undefined;
  const parsedProvince = province && owner ? parseField(province, owner) : undefined;
  if (province && parsedProvince?.ok) out.push({ field: province, value: parsedProvince.value });
  const head = predicate.trim().replace(PRODUCT_WORD, '');
  for (const field of form.fields.filter((f) => f.typicalValues.length > 0 && open(f))) {
    const typical = [...field.typicalValues].sort((a, b) => b.length - a.length).find((t) => head.endsWith(t));
    const parsed = typical ? parseField(field, typical) : undefined;
    if (parsed?.ok) out.push({ field, value: parsed.value });
  }
  return out;
}

/**
 * A value that is itself labelled, under a label that names a group: "关联产业产值：加工2亿元"
 * is 加工 under 关联产业产值, read with both labels together ("关联产业产值加工" → 加工产值).
 */
export function innerLabelled(form: Form, outer: string, value: string): { field: FormField; value: FieldValue } | undefined {
  const inner = labelOf(form, value);
  if (inner.label === undefined || !inner.value) return undefined;
  const field = matchLabel(form, `${outer}${inner.label}`)[0]?.field;
  const parsed = field ? parseFor(form, field, inner.value) : undefined;
  return field && parsed?.ok ? { field, value: parsed.value } : undefined;
}


/** Choice names this long are read inside a clause ("2003年批的地理标志保护产品"); shorter ones only alone. */
const CHOICE_NAME_IN_CLAUSE = 4;
const CHOICE_CLAUSE_MAX = 32;

/** Where a clause names a choice inside it: as what the clause ends on ("…是2004年批的地理标志产品", "作为证明商标注册的"), not as words of an action ("开展专用标志使用核准"). */
// ("按证明商标来报": the type the form is filled as, said with the verb of filling it)
const CHOICE_END = /^(?:注册的?|保护的?|的|(?:来|去)?(?:申报|填报|报|填|写))?(?:吧|啊|呀|哈|了)?[。.!！~～]*$/u;
const endsWithName = (text: string, name: string): boolean => {
  const at = text.lastIndexOf(name);
  return at >= 0 && CHOICE_END.test(text.slice(at + name.length).trim());
};

/** The one choice a short clause names: exactly, or by a long name inside it. */
function choiceIn(field: FormField, text: string, cleaned: string): FieldValue | undefined {
  const named = (field.choices ?? []).filter((choice) =>
    [choice, ...(field.choiceAliases[choice] ?? [])].some(
      (name) => name === cleaned || (name.length >= CHOICE_NAME_IN_CLAUSE && text.length <= CHOICE_CLAUSE_MAX && endsWithName(text, name)),
    ),
  );
  if (named.length !== 1 || namesAnotherChoice(field, text, named[0] as string)) return undefined;
  const parsed = parseField(field, named[0] as string);
  return parsed.ok ? parsed.value : undefined;
}

/** The choices `text` names by a long name (4+ characters: 证明商标, 地标产品). */
export function choicesNamedIn(field: FormField, text: string): string[] {
  const long = (choice: string): string[] => [choice, ...(field.choiceAliases[choice] ?? [])].filter((name) => name.length >= CHOICE_NAME_IN_CLAUSE);
  return (field.choices ?? []).filter((choice) => spansOf(long(choice), text).length > 0);
}

/** "我们既有证明商标也有地标产品保护": a clause naming another choice by a long name of its own (not inside the chosen one's) chooses neither. */
function namesAnotherChoice(field: FormField, text: string, chosen: string): boolean {
  const long = (choice: string): string[] => [choice, ...(field.choiceAliases[choice] ?? [])].filter((name) => name.length >= CHOICE_NAME_IN_CLAUSE);
  const chosenAt = spansOf(long(chosen), text);
  const others = (field.choices ?? []).filter((choice) => choice !== chosen).flatMap(long);
  return spansOf(others, text).some(([from, to]) => !chosenAt.some(([start, end]) => start <= from && to <= end));
}

/** Words that put a statement in the future (a plan) or the past (measures taken). */
export const FUTURE = /明年|下一年度|下一步|下年|来年|今后|计划|打算|拟|将|力争|争取|准备/u;
const PAST = /了|已|先后|累计|连续|建成|近年|去年|今年|多年来|以来/u;
const BOOK_TITLE = /《[^《》]*》/gu;
/** (voice input parts its clauses with spaces: "新增用标企业二十家 在长春开设专卖店") */
const STATEMENT_CLAUSE = /[，,；;。！!\n]+|(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/u;
/** A statement has at least this many clauses stating an action. */
const STATEMENT_ACTIONS = 2;
/**
 * Verbs a statement of measures uses besides ACTION's: "拿出三千万元支持…", "建了检测中心",
 * "联合打假", "列支资金…".
 */
export const SPOKEN_ACTION = /支持|扶持|补贴|奖补|奖励|拿出|投资|建了|建成|办了|搞了|推广|推进|推介|宣传|打假|维权|监管|整治|检测|培训|引进|加强|完善|提升|申请了|注册了|制定|列支|实施|落实|编制|发布|成立|创建|列入|纳入/u;
const SPOKEN_ACTION_ALL = new RegExp(`${ACTION.source}|${SPOKEN_ACTION.source}`, 'gu');
/** A run without a stop this long may be a spoken statement; a name or a short answer is shorter. */
const SPOKEN_STATEMENT_MIN = 24;
/** Without clauses to count, a spoken statement names this many actions. */
const SPOKEN_ACTIONS = 3;

/**
 * Whether `text` states actions: in two clauses, or, said in one run without a stop, three times —
 * unless the run opens with a figure field's name, which makes it that figure told with its reasons
 * ("产值一百一十个亿主要靠品牌推广…").
 */
function statesActions(form: Form, text: string): boolean {
  const clauses = text.split(STATEMENT_CLAUSE).filter((c) => c.trim());
  // (in clauses, the verbs of measures count as well: "每年列支…资金1.2亿元；建成…市场")
  // (a figure reached is data, not an action: "实现年产值23.5亿元")
  const acts = (c: string): boolean => (ACTION.test(c) || SPOKEN_ACTION.test(c)) && !reachedFigure(form, c);
  if (clauses.filter(acts).length >= STATEMENT_ACTIONS) return true;
  const opening = leadingName(form, text)?.field;
  if (clauses.length > 1 || (opening && NUMERIC.has(opening.type))) return false;
  return [...text.trim()].length >= SPOKEN_STATEMENT_MIN && [...text.matchAll(SPOKEN_ACTION_ALL)].length >= SPOKEN_ACTIONS;
}

/** A clause labelling a figure field's value by its name ("实现年产值23.5亿元"): what was reached, told as data. */
function reachedFigure(form: Form, clause: string): boolean {
  const { label, labelKind, value } = labelOf(form, clause.trim());
  const field = label === undefined ? undefined : matchLabel(form, label)[0]?.field;
  return labelKind === 'figure' && field !== undefined && NUMERIC.has(field.type) && parseField(field, value).ok;
}

/**
 * A statement sent while a question of another kind is asked ("县里出台了…政策，每年安排资金…；建设…",
 * or spoken in one run: "市里每年拿出三千万元支持品牌建设还搞了溯源系统"):
 * it goes to an open free-text field whose example is a statement too (measures, plans — not the
 * region), the plan when it speaks of the future and the measures when of the past, else the first
 * such field in the form. Undefined when the text is no statement of actions or no field is open.
 */
export function statementField(form: Form, text: string, open: (f: FormField) => boolean): FormField | undefined {
  if (!statesActions(form, text)) return undefined;
  const fields = form.fields.filter((f) => f.type === 'longtext' && open(f) && ACTION.test(f.example ?? ''));
  // (a document's title says nothing of when: "印发《…三年行动计划》" was done)
  const untitled = text.replace(BOOK_TITLE, '');
  const future = FUTURE.test(untitled);
  if (future === PAST.test(untitled)) return fields[0];
  // a field named for the future (下一年度工作计划) takes plans; the others take what was done
  return fields.find((f) => FUTURE.test(`${f.label}${f.keywords.join('')}`) === future);
}
