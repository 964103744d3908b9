import type { Form, FormField } from './form.js';
import { looksLikePersonName } from './person-name.js';

/**
 * Which field a label names ("政策措施", "明年打算", "获准用标的市场主体"): a scored similarity
 * between the label and each field's names (label, keywords), after the form's synonym table
 * has rewritten the label's words (支持 → 扶持, 明年 → 下一年度). The head noun, the last two
 * characters (措施, 计划, 范围, 单位), weighs most: it names what the value is.
 */

/** A field and how well a label names it (100 = one of its names exactly). */
export interface LabelMatch {
  field: FormField;
  score: number;
}

/** Below this a label names no field. */
export const MIN_SCORE = 40;
/** A head noun that ends the names of one field only ("范围", "措施"). */
const HEAD_SCORE = 70;
/** A label that is one of a field's names. */
export const EXACT_SCORE = 100;

/** Words in front of a label that do not name anything: 另外明年打算 → 明年打算. */
const LEAD_WORDS = /^(?:另外|此外|还有|然后|以及|并且|同时|其中|再就是|最后|刚才|之前|前面|上面|我是|本人是|我们的?|咱们的?|我们这边|本单位的?|该产品的?|那个|这个|去年的?|今年的?|上一?年度?的?|全年的?|一年的?|\d{4}年度?的?)+/u;
/** Words after a label: 加工那块 → 加工, 产值为 → 产值, 申请人全称 → 申请人, 计划重新发一下 → 计划. */
const TAIL_WORDS = /(?:(?:重新|再)(?:发|写|填|给)(?:一下|一遍|一次|下)?|重发(?:一下)?|全称|全名|那块|这块|这一块|那一块|一块|方面|部分|这边|那边|情况|数据|的话|大概|大约|约|一共|共计|共|合计|总共|是|为|有|达到|达|的|也|都|则|吧|啊|哈|呀|呢|嘛)+$/u;

/** The label with filler words around it removed; '' when nothing is left. */
export function cleanLabel(label: string): string {
  let text = label.normalize('NFKC').replace(/[\s:：=（）()【】\[\]“”"']/gu, '').toLowerCase();
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(LEAD_WORDS, '').replace(TAIL_WORDS, '');
  }
  return text;
}

const bigrams = (s: string): Set<string> => {
  const chars = [...s];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
};

/**
 * A name with words put between its modifier and its head noun: "物流电商产值" is 物流(…)产值,
 * "乡村旅游带动产值" is 旅游(…)产值 — as good as the name itself at the end.
 */
function modifiedName(label: string, name: string): boolean {
  if (name.length < 4 || !label.endsWith(name.slice(-2))) return false;
  const at = label.indexOf(name.slice(0, 2));
  return at >= 0 && at + 2 <= label.length - 2 && isSubsequence(name.slice(2, -2), label.slice(at + 2, -2));
}

const isSubsequence = (part: string, whole: string): boolean => {
  let i = 0;
  for (const char of whole) if (char === part[i]) i += 1;
  return i >= part.length;
};

/** How well `label` (cleaned, synonyms applied) matches one name of a field. */
function nameScore(label: string, name: string): number {
  if (label === name) return 100;
  const long = name.length >= 2;
  if (long && label.endsWith(name)) return 70 + name.length;
  if (modifiedName(label, name)) return 70 + name.length;
  if (long && label.includes(name)) return 60 + name.length;
  if (label.length >= 2 && name.includes(label)) return 50 + label.length;
  if (mistypedOnce(label, name)) return TYPO_SCORE;
  const shared = [...bigrams(label)].filter((b) => bigrams(name).has(b)).length;
  const head = label.length >= 2 && name.length >= 2 && label.slice(-2) === name.slice(-2);
  return (head ? MIN_SCORE : 0) + shared * 3;
}

/** A name typed with one character wrong (申清人 for 申请人, 从叶人数 for 从业人数), never its head noun's last one. */
const TYPO_SCORE = 55;
const TYPO_MIN_LENGTH = 3;
function mistypedOnce(label: string, name: string): boolean {
  const [a, b] = [[...label], [...name]];
  if (a.length !== b.length || a.length < TYPO_MIN_LENGTH || a.at(-1) !== b.at(-1)) return false;
  return a.filter((char, i) => char !== b[i]).length === 1;
}

const names = new WeakMap<FormField, string[]>();

/** A field's names: its label (also without the bracketed part), its keywords. */
function namesOf(field: FormField): string[] {
  let found = names.get(field);
  if (!found) {
    found = [...new Set([field.label, field.label.replace(/[（(].*?[）)]/gu, ''), ...field.keywords])].map((n) => cleanName(n)).filter(Boolean);
    names.set(field, found);
  }
  return found;
}

const cleanName = (name: string): string => name.normalize('NFKC').replace(/[\s（）()]/gu, '').toLowerCase();

/** At most this many readings of one label (each shared word doubles them). */
const MAX_READINGS = 8;

/**
 * The label's words rewritten to the form's own words with the synonym table. A word listed
 * under several form words (名字: 名称 of the product, 姓名 of the contact) gives one reading for
 * each, so the label names all those fields and the value decides between them.
 */
function withSynonyms(form: Form, label: string): string[] {
  const owners = new Map<string, number>();
  for (const alternatives of Object.values(form.labelSynonyms)) for (const a of alternatives) owners.set(a, (owners.get(a) ?? 0) + 1);
  let readings = [label];
  for (const [word, alternatives] of Object.entries(form.labelSynonyms)) {
    const longestFirst = [...alternatives].sort((a, b) => b.length - a.length);
    readings = readings.flatMap((text) => {
      let out = text;
      let shared = false;
      for (const alternative of longestFirst) {
        if (!out.includes(alternative)) continue;
        out = out.split(alternative).join(word);
        shared ||= (owners.get(alternative) ?? 0) > 1;
      }
      return shared ? [out, text] : [out];
    });
    readings = [...new Set(readings)].slice(0, MAX_READINGS);
  }
  return readings;
}

/** Recent labels per form and what they name: a pasted report repeats the same few labels. */
const recent = new WeakMap<Form, Map<string, readonly LabelMatch[]>>();
const RECENT_MAX = 512;

/** Fields a label may name, best first, each at or above MIN_SCORE (the cached list itself: read-only). */
export function matchLabel(form: Form, rawLabel: string): readonly LabelMatch[] {
  let memo = recent.get(form);
  if (!memo) recent.set(form, (memo = new Map()));
  let found = memo.get(rawLabel);
  if (!found) {
    if (memo.size >= RECENT_MAX) memo.clear();
    found = scoreLabel(form, rawLabel);
    memo.set(rawLabel, found);
  }
  return found;
}

/**
 * What the sender or a colleague did with a field, after its name: "产值我报的(是前年的)", "联系人我写的",
 * "措施这块用小郑整理的", "扶持措施 科长念的"; or where it was copied from: "范围照注册证上抄的".
 */
const SENDER_COMMENT =
  /(?:这块|这一块|这部分)?(?:(?:用|按|以)?\s*(?:我们|咱们|我|俺|[小老阿]\p{Script=Han}|\p{Script=Han}{1,6}?(?:局|站|科|处|办|中心|所|委|协会)|副?(?:科长|处长|局长|主任|领导|同事|老师))(?:这边)?(?:报|填|写|说|算|统计|给|整理|提供|发|念|读|讲|口述)的?(?:原话)?|(?:照|按|从|根据)[^\d，,。；;:：]{1,10}?(?:抄|摘|复制|照抄|录|搬)(?:过来)?的)$/u;

const LABEL_YEAR = /^\s*(?:19|20)\d{2}\s*年度?(?:的)?(?=\p{Script=Han})/u;
/** …or after the product it is about: "文山三七2022年产值". */
const INNER_YEAR = /(?<=\p{Script=Han})(?:19|20)\d{2}\s*年度?(?:的)?(?=\p{Script=Han})/u;
/** A remark in brackets closing a label: "措施这块（协会原文）". */
const REMARK_AFTER = /^(.+?)\s*[（(][^（）()]{1,12}[）)]$/u;

function scoreLabel(form: Form, rawLabel: string): LabelMatch[] {
  // the field named before the comment is the topic ("产值我报的是前年的" is about 产值, not what is nominated)
  const topic = rawLabel.replace(SENDER_COMMENT, '');
  if (topic !== rawLabel && topic.trim()) {
    const named = scoreLabel(form, topic);
    if (named.length > 0) return named;
  }
  // "2027年目标", "2025年产值": the year a label opens with dates the value, it names no field
  const scored = scoredLabel(form, rawLabel.replace(LABEL_YEAR, '').replace(INNER_YEAR, ''));
  // "措施这块（协会原文）": a remark on where the value comes from, when the brackets name no field ("产值（加工）" does)
  const remarked = scored.length === 0 ? REMARK_AFTER.exec(rawLabel)?.[1] : undefined;
  return remarked ? scoredLabel(form, remarked) : scored;
}

function scoredLabel(form: Form, rawLabel: string): LabelMatch[] {
  const cleaned = cleanLabel(rawLabel);
  if (!cleaned || cleaned.length > 20 || /\d/u.test(cleaned)) return [];
  // Synonyms are also applied before cleaning, where they may end in a word cleaning drops: 我们报的 → 地理标志名称.
  const variants = [
    ...new Set([cleaned, ...withSynonyms(form, cleaned), ...withSynonyms(form, rawLabel.normalize('NFKC').toLowerCase()).map(cleanLabel)]),
  ].filter(Boolean);
  const scored = form.fields.map((field) => {
    let best = { score: 0, name: '' };
    for (const name of namesOf(field)) {
      for (const v of variants) {
        const score = nameScore(v, name);
        if (score > best.score) best = { score, name };
      }
    }
    return { field, ...best };
  });
  for (const match of scored) match.score = Math.max(match.score, refinedScore(match, scored, variants));
  // "范围", "措施": the head noun of one field's names alone names that field as clearly as a name ending in it
  const heads = scored.filter((m) => namesOf(m.field).some((n) => variants.some((v) => v.length >= 2 && n.length > v.length && n.endsWith(v))));
  if (heads.length === 1) (heads[0] as { score: number }).score = Math.max((heads[0] as { score: number }).score, HEAD_SCORE);
  return scored
    .filter((m) => m.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .map(({ field, score }) => ({ field, score }));
}

/**
 * A field that refines another one's name outscores it: "加工环节产值", "物流运输带动产值" name
 * 产值 (年产值) but also 加工 / 物流, and 加工产值 / 物流产值 are names of their own fields. So a
 * field wins over the best plain match when the label holds one of its names and another of its
 * names ends with the head noun (last two characters) that the plain match was found by.
 */
function refinedScore(
  match: { field: FormField; score: number },
  all: Array<{ field: FormField; score: number; name: string }>,
  variants: string[],
): number {
  const names = namesOf(match.field);
  let refined = 0;
  for (const other of all) {
    if (other.field === match.field || other.score < MIN_SCORE || other.name.length < 2) continue;
    const head = other.name.slice(-2);
    const qualifies = names.some((n) => n.length >= 2 && !n.includes(head) && !other.name.includes(n) && variants.some((v) => v.includes(n)));
    if (qualifies && names.some((n) => n.endsWith(head) && n.length > head.length)) refined = Math.max(refined, other.score + 1);
  }
  return refined;
}

/** Whether `text` is itself a field's name, or its head noun: "从业人员", "范围" (never a product's name). */
export const namesField = (form: Form, text: string): boolean => (matchLabel(form, text)[0]?.score ?? 0) >= HEAD_SCORE;

/** The longest name of any field that `text` starts with (after lead words), and where it ends. */
export function leadingName(form: Form, text: string): { field: FormField; start: number; end: number } | undefined {
  const lower = text.normalize('NFKC').toLowerCase();
  const lead = LEAD_WORDS.exec(lower)?.[0].length ?? 0;
  let best: { field: FormField; start: number; end: number } | undefined;
  for (const field of form.fields) {
    for (const name of field.keywords.map(cleanName)) {
      if (name.length >= 2 && lower.startsWith(name, lead) && (!best || lead + name.length > best.end)) best = { field, start: lead, end: lead + name.length };
    }
  }
  // a word of the synonym table that names a field by itself: "名字李婷"
  for (const word of Object.values(form.labelSynonyms).flat()) {
    if (word.length < 2 || !lower.startsWith(word, lead) || (best && lead + word.length <= best.end)) continue;
    const match = matchLabel(form, word)[0];
    if (match && match.score >= EXACT_SCORE) best = { field: match.field, start: lead, end: lead + word.length };
  }
  return best;
}

/**
 * Every field whose name (2+ characters) `text` holds, in order of appearance; a name inside a
 * longer one found first does not count ("加工业产值" names 加工, not also 产值).
 */
export function fieldsNamedIn(form: Form, text: string): FormField[] {
  const lower = cleanName(text);
  const taken = new Array<boolean>(lower.length).fill(false);
  const found: Array<{ field: FormField; at: number }> = [];
  const names = form.fields.flatMap((field) => field.keywords.map((k) => ({ field, name: cleanName(k) }))).filter((n) => n.name.length >= 2);
  for (const { field, name } of names.sort((a, b) => b.name.length - a.name.length)) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      if (taken.slice(at, at + name.length).some(Boolean)) continue;
      taken.fill(true, at, at + name.length);
      if (!found.some((f) => f.field === field)) found.push({ field, at });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.field);
}

/**
 * How well a value fits a field by its shape, for choosing between fields one label names about
 * equally well (名字 names the product and the contact): a person's name fits the field holding
 * one, any other text the other text fields; values of other types are left to their parsers.
 */
export function shapeFit(field: FormField, value: string): number {
  if (field.type !== 'text') return 1;
  return Number(field.personName === looksLikePersonName(value.replace(/[\s。.!！，,；;、]+$/u, '')));
}

/**
 * Of fields one label names equally well, the one `value` fits (see `shapeFit`), then the one
 * closest in the form to `near` (the question asked, or the last one): an officer correcting
 * "名字" while the contact's phone is asked means the contact.
 */
export function pickField(form: Form, fields: readonly FormField[], value: string | undefined, near: string | undefined): FormField | undefined {
  const at = (id: string | undefined): number => form.fields.findIndex((f) => f.id === id);
  const from = near === undefined ? form.fields.length - 1 : at(near);
  const fit = (f: FormField): number => (value === undefined ? 0 : shapeFit(f, value));
  return [...fields].sort((a, b) => fit(b) - fit(a) || Math.abs(at(a.id) - from) - Math.abs(at(b.id) - from))[0];
}
