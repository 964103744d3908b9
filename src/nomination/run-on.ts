import type { FieldType, Form, FormField } from './form.js';
import { fieldsNamedIn, leadingName } from './labels.js';
import { NO_FIGURE } from './none-answer.js';
import { dictionaryWords } from '../text/segmenter.js';
import { PROVINCE_NAMES } from './provinces.js';
import { REGION_CLOSE } from './place-words.js';
import { escapeRegExp } from '../text/regexp.js';

/**
 * Voice input runs answers together without a stop: "产值五十个亿左右然后出口没有加工的话十个亿物流
 * 三个亿", "申请单位是…协会然后类别的话就是水产品". A field's name after a figure's unit or after a
 * spoken link (然后, 还有 …) starts a new answer there, when its kind of value follows — or words
 * saying there is none to give ("旅游不太好算就不填了", "物流没统计"); so does a field's own name said with
 * its copula ("…现辖行政区域注册人是…协会品类是茶叶"). Only a long run of words without any stop
 * that names at least two fields is cut so; free text (typed while a free-text field is asked)
 * keeps its words together.
 */

/** How a region's description customarily ends. */
/** A run shorter than this is typed, not spoken. */
const MIN_RUN = 12;
/** Spoken links between answers. */
const LINKS = '然后|还有|另外|再就是|接着';
/**
 * Where a new answer may begin: after a figure's unit or its last numeral ("人均收入三万六溢价…"; and a
 * word of approximation), after a word for none, or before a spoken link.
 */
const BREAK = new RegExp(`(?<=[亿万元人家户个成倍%0-9零〇一二两三四五六七八九十百千](?:左右|上下|出头|多|来|吧)?|没有)(?=\\p{Script=Han})|(?=${LINKS})`, 'gu');
/** A field's name said with its copula ("注册人是…", "品类的话…") begins an answer wherever it stands in a run. */
const COPULA_AFTER = /^(?:就是|是|为|的话|有)/u;
const LINK_BEFORE = new RegExp(`(?:${LINKS})$`, 'u');
const FIGURES: ReadonlySet<FieldType> = new Set(['money', 'count', 'percent']);
const SHORT_ANSWER = 16;
const SAID_ANSWER = 40;
const FIGURE = /[0-9零〇一二两三四五六七八九十百千万亿]|没有/u;
const STOP = /[，,、；;。！!？?：:\n]/u;
const CLOSING = /[。.!！?？~～…\s]+$/u;
const NO_FIGURE_ALL = new RegExp(NO_FIGURE.source, 'gu');
const PARTICLES = /^(?:了|吧|啊|呀|哈|哦|的)+/u;

/** Where the words of `match` end, with the particles that close them ("不填了"). */
const endOfWords = (text: string, match: RegExpMatchArray): number => {
  const end = (match.index ?? 0) + match[0].length;
  return end + (PARTICLES.exec(text.slice(end))?.[0].length ?? 0);
};

/** The fields' names and the choices' names and aliases, of two characters or more. */
const namesByForm = new WeakMap<Form, readonly string[]>();
function wordsOf(form: Form): readonly string[] {
  let words = namesByForm.get(form);
  if (!words) {
    words = [...new Set(form.fields.flatMap((f) => [f.label, ...f.keywords, ...(f.choices ?? []), ...Object.values(f.choiceAliases).flat()]))].filter((word) => word.length >= 2);
    namesByForm.set(form, words);
  }
  return words;
}

/**
 * Where a field's own name followed by its copula starts ("…现辖行政区域注册人是…协会品类是茶叶"): at a
 * word boundary (not inside 证明商标, 注册号), and not a name another word modifies (加工的产值是).
 * With `copula` false, a name said without one too ("…现辖行政区域申请人…办公室类别水果").
 */
function namesAtWordStart(form: Form, text: string, copula = true): number[] {
  const starts = new Set<number>();
  let at = 0;
  for (const word of dictionaryWords(text)) {
    starts.add(at);
    at += word.length;
  }
  const own = (name: string): boolean => form.fields.some((f) => f.label === name || f.keywords.includes(name));
  // a name that a longer name or a choice holds ("物流产值是", "保护范围是", "证明商标注册号") is no break inside it
  const held = new Set<number>();
  for (const word of wordsOf(form)) {
    for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) for (let i = from + 1; i < from + word.length; i++) held.add(i);
  }
  const inside = (i: number): boolean => held.has(i);
  return [...starts].filter((i) => {
    // (after a link the break stands before the link: "…没有然后加工的话…")
    if (i === 0 || modifiedByName(text, i) || LINK_BEFORE.test(text.slice(0, i)) || inside(i)) return false;
    const name = leadingName(form, text.slice(i));
    // (without a copula, only inside a run of words: "区域申请人…", not "｜出口 1.2亿元", which its separators
    // part, nor a name joined to the one before it: "物流和旅游这两块…")
    if (name?.start !== 0 || !own(text.slice(i, i + name.end))) return false;
    if (copula) return COPULA_AFTER.test(text.slice(i + name.end));
    // (a figure's name without its copula is often a word of the sentence, "…带动产值…"; a figure is cut after its unit)
    return !FIGURES.has(name.field.type) && /\p{Script=Han}$/u.test(text.slice(0, i)) && !/[和与及或跟]$/u.test(text.slice(0, i));
  });
}

/**
 * Whether the name at `at` is modified through 的 ("加工的产值是", "她的手机"): then it is no answer of
 * its own. After a year and a verb, 的 closes a clause instead ("…2002年批的公告号是…"), and the name begins one.
 */
const modifiedByName = (text: string, at: number): boolean => text[at - 1] === '的' && !/(?:\d|[〇零一二三四五六七八九])年\p{Script=Han}{0,3}的$/u.test(text.slice(0, at));

/**
 * A province said in full with the places in it, as where the product is from: "…恩施玉露湖北省恩施州的是…",
 * "…平谷大桃北京市的地理标志产品…" (before 是, the end, or a choice said after it).
 */
const PROVINCE_OF = new RegExp(`(?:${PROVINCE_NAMES.filter((n) => n.length > 2).map(escapeRegExp).join('|')})\\p{Script=Han}{0,8}?的`, 'gu');

/**
 * Choices said after their copula or after 的 ("…的是证明商标", "…北京市的地理标志产品"): where the word
 * stands and where the cut before it goes (before 是, after 的). Only the longest word said at a place counts.
 */
/** The copula a value is said after ("…是证明商标", "…的属于地理标志产品"); the cut stands before it. */
const COPULA_BEFORE = /(?:是|属于)$/u;
const VALUE_COPULA_AFTER = /^(?:是|属于)/u;

function choicesSaid(form: Form, text: string): Array<{ at: number; cut: number; word: string; field: FormField }> {
  const found: Array<{ at: number; cut: number; word: string; field: FormField }> = [];
  const taken = new Set<number>();
  const words = form.fields
    .filter((field) => field.type === 'choice')
    .flatMap((field) => [...(field.choices ?? []), ...Object.values(field.choiceAliases).flat()].map((word) => ({ word, field })))
    .filter(({ word }) => word.length >= 2)
    .sort((a, b) => b.word.length - a.word.length);
  for (const { word, field } of words) {
    for (let from = text.indexOf(word, 1); from >= 1; from = text.indexOf(word, from + 1)) {
      const copula = COPULA_BEFORE.exec(text.slice(0, from))?.[0];
      if (taken.has(from) || (!copula && text[from - 1] !== '的')) continue;
      taken.add(from);
      found.push({ at: from, cut: from - (copula?.length ?? 0), word, field });
    }
  }
  return found;
}

/**
 * Where a value needing no field's name begins in a run: a choice said with its copula ("…的是证明商标
 * 注册号是…": the cut stands before 是, and after the choice where a named field follows), and the
 * province a product is from ("恩施玉露湖北省恩施州的").
 */
function valuesSaid(form: Form, text: string): Array<{ at: number; field: FormField }> {
  const cuts: Array<{ at: number; field: FormField }> = [];
  const said = choicesSaid(form, text);
  // (the cut stands before a copula: "信阳毛尖|是河南省的|属于地理标志产品")
  const provinces = [...text.matchAll(PROVINCE_OF)]
    .map((match) => ({ at: match.index ?? 0, end: (match.index ?? 0) + match[0].length }))
    .filter(({ end }) => end === text.length || VALUE_COPULA_AFTER.test(text.slice(end)) || said.some((choice) => choice.at === end));
  for (const field of form.fields) {
    if (field.type === 'province') for (const { at } of provinces) cuts.push({ at: at - (COPULA_BEFORE.exec(text.slice(0, at))?.[0].length ?? 0), field });
    if (field.type !== 'choice') continue;
    const afterProvince = ({ at, cut }: { at: number; cut: number }): boolean => cut < at || provinces.some((p) => p.end === at);
    for (const { at, word, cut } of said.filter((choice) => choice.field === field && afterProvince(choice))) {
      cuts.push({ at: cut, field });
      // …and ends where a field's name follows it ("是证明商标|注册号是8012345", "的地理标志产品|批准公告2005年…")
      const after = at + word.length;
      const next = leadingName(form, text.slice(after));
      if (next?.start === 0) cuts.push({ at: after, field: next.field });
    }
  }
  return cuts;
}

/** The longest of a choice field's choices and their other names that `text` opens with. */
function choiceWordAt(field: FormField, text: string): string | undefined {
  const words = [...(field.choices ?? []), ...Object.values(field.choiceAliases).flat()].filter((w) => w.length >= 2 && text.startsWith(w));
  return words.sort((a, b) => b.length - a.length)[0];
}

/**
 * The run with a comma where each answer begins. `namesOnly` (a region asked: free text, but places)
 * cuts only where a field's own name is said with its copula, so its places stay whole.
 */
export function withSpokenBreaks(form: Form, text: string, namesOnly = false): string {
  // (speech-to-text closes a run with a full stop: "…出口大概三个亿。" is still one run)
  if (STOP.test(text.replace(CLOSING, '')) || text.length < MIN_RUN) return text;
  // (an answer also ends where words saying there is no figure end: "旅游没统计物流三个亿")
  const said = new Set(namesAtWordStart(form, text));
  // (a name without its copula starts only a short answer of its kind, checked below)
  // (a region's words end at its customary close, "…现辖行政区域": after it, names without their copula part answers too)
  const closed = namesOnly ? namesAtWordStart(form, text, false).find((at) => REGION_CLOSE.test(text.slice(0, at))) : undefined;
  const ends = namesOnly
    ? [...said, ...(closed === undefined ? [] : namesAtWordStart(form, text, false).filter((at) => at >= closed))]
    : [
        ...[...text.matchAll(BREAK)].map((match) => match.index ?? 0),
        ...[...text.matchAll(NO_FIGURE_ALL)].map((match) => endOfWords(text, match)),
        ...namesAtWordStart(form, text, false),
      ];
  // (spaces part a typed list, read by its own reader: "阳澄湖大闸蟹 江苏的 是地理标志产品")
  const values = namesOnly || /\s/u.test(text.trim()) ? [] : valuesSaid(form, text);
  const valueAt = new Map(values.map((cut) => [cut.at, cut.field]));
  const named = [...new Set([...ends, ...valueAt.keys()])]
    .sort((a, b) => a - b)
    .map((at) => ({ at, field: leadingName(form, text.slice(at))?.field ?? valueAt.get(at) }))
    .filter((cut): cut is { at: number; field: FormField } => cut.at > 0 && cut.field !== undefined);
  // (a name may be a word of the synonym table, "从业的人…然后人均收入…", that no keyword holds)
  const opening = leadingName(form, text)?.field;
  // (…and a choice said first: "是证明商标注册号是…")
  const fields = new Set([...fieldsNamedIn(form, text), ...named.map((cut) => cut.field), ...values.map((cut) => cut.field), ...(opening ? [opening] : [])]);
  // (one field named is enough where an answer stands before it: "比普通人参价格高出两成用标的企业九十七家",
  // "集安人参吉林省的")
  const answerBefore = named.some(({ at }) => FIGURE.test(text.slice(0, at))) || values.some(({ at }) => at > 0);
  if (fields.size < 2 && !answerBefore) return text;
  // a field's name starts an answer only when its kind of value follows before the next one:
  // a figure (or a word for none, or for none to give) for a figure, a few words for a name or a choice
  // (a choice's name followed by one of its choices is that answer, which ends where a field's name
  // follows it: "类型证明商标|注册号20316548")
  const chosen = named.flatMap(({ at, field }) => {
    const name = leadingName(form, text.slice(at));
    const word = name && field.type === 'choice' ? choiceWordAt(field, text.slice(at + name.end)) : undefined;
    const after = word === undefined || !name ? -1 : at + name.end + word.length;
    return after > 0 && leadingName(form, text.slice(after))?.start === 0 ? [{ at, after }] : [];
  });
  // (a field named twice over, "旅游那个采摘游大概八个亿", starts its answer at the first name)
  const again = new Set(named.filter((cut, i) => i > 0 && named[i - 1]?.field === cut.field).map((cut) => cut.at));
  const cuts = named
    .filter(({ at, field }, i) => {
      if (chosen.some((c) => c.at === at)) return true;
      if (again.has(at)) return false;
      const piece = text.slice(at, named.find((cut, k) => k > i && !again.has(cut.at))?.at);
      // (a name said with its copula labels a longer answer, free text too: "申报主体就是武夷山市茶叶科学研究所",
      // "…第136号保护范围就是辽宁省盘锦市现辖行政区域")
      if (FIGURES.has(field.type)) return FIGURE.test(piece) || NO_FIGURE.test(piece);
      if (valueAt.get(at) === field) return true;
      return said.has(at) ? piece.length <= SAID_ANSWER : field.type !== 'longtext' && piece.length <= SHORT_ANSWER;
    })
    .map(({ at }) => at)
    .concat(chosen.map((c) => c.after))
    .sort((a, b) => a - b)
    .filter((at, i, all) => all.indexOf(at) === i);
  if (cuts.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of cuts) {
    out += `${text.slice(from, at)}，`;
    from = at;
  }
  return out + text.slice(from);
}
