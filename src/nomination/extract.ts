import type { Form, FormField } from './form.js';
import { matchLabel } from './labels.js';
import { parseField, type ParseResult } from './parsers/index.js';
import type { FieldValue } from './types.js';

/**
 * Reading several fields out of one message ("产值3.2亿，从业人员1.5万人", "联系人张三 电话
 * 13800138000") by the keywords in the form file, and spotting corrections ("产值改成3.5亿").
 */

/** One field found in a message: its id, what the parser made of it, and the text it read. */
export interface Extraction {
  fieldId: string;
  result: ParseResult;
  span: string;
}

/** A correction request: the field to change and, when given, the new answer as typed. */
export interface Correction {
  field: string;
  value?: string;
}

/** Messages longer than this are not scanned (a pasted report goes to the LLM extractor). */
const MAX_TEXT = 2000;
/** Where a value ends when no other keyword follows: sentence punctuation, a comma not inside 12,000. */
const VALUE_END = /[，；;。\n！!？?]|,(?!\d{3})/u;
const VALUE_LEAD = /^[\s:：=]*(?:是|为|有|达到|达)?[\s:：=]*/u;

interface Hit {
  field: FormField;
  start: number;
  end: number;
}

/** Keyword occurrences, read left to right, the longest keyword winning at each position. */
function keywordHits(form: Form, text: string): Hit[] {
  const lower = text.toLowerCase();
  const keywords = form.fields
    .flatMap((field) => field.keywords.map((keyword) => ({ field, keyword: keyword.toLowerCase() })))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  const hits: Hit[] = [];
  for (let i = 0; i < lower.length; ) {
    const found = keywords.find((k) => lower.startsWith(k.keyword, i));
    if (!found) {
      i += 1;
      continue;
    }
    hits.push({ field: found.field, start: i, end: i + found.keyword.length });
    i += found.keyword.length;
  }
  return hits;
}

const PATTERNS: Partial<Record<FormField['type'], RegExp>> = {
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u,
  phone: /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?:转\d{1,6})?(?!\d)/u,
};

/**
 * Every field named by a keyword in `text`, with the value that follows it (up to the next
 * keyword or the end of the clause), plus an e-mail address or phone number written without a
 * keyword. The first mention of a field wins; values that fail to parse come back as failures.
 */
export function extractFields(form: Form, text: string): Extraction[] {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return [];
  const hits = keywordHits(form, text);
  const out: Extraction[] = [];
  const seen = new Set<string>();
  const covered: Array<[number, number]> = [];
  hits.forEach((hit, i) => {
    const next = hits[i + 1];
    let segment = text.slice(hit.end, next ? next.start : text.length);
    const end = VALUE_END.exec(segment);
    if (end) segment = segment.slice(0, end.index);
    const span = segment.replace(VALUE_LEAD, '').trim();
    covered.push([hit.start, hit.end + segment.length]);
    if (!span || seen.has(hit.field.id)) return;
    seen.add(hit.field.id);
    out.push({ fieldId: hit.field.id, result: parseField(hit.field, span), span });
  });
  for (const field of form.fields) {
    const pattern = PATTERNS[field.type];
    if (!pattern || seen.has(field.id)) continue;
    if (form.fields.filter((f) => f.type === field.type).length !== 1) continue;
    const match = pattern.exec(text);
    if (!match || covered.some(([a, b]) => match.index >= a && match.index < b)) continue;
    seen.add(field.id);
    out.push({ fieldId: field.id, result: parseField(field, match[0]), span: match[0] });
  }
  return out;
}

/** The fields of `extractFields` that parsed, keyed by id. */
export function extractValues(form: Form, text: string): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const { fieldId, result } of extractFields(form, text)) if (result.ok) values[fieldId] = result.value;
  return values;
}

const CHANGE_VERB = '(?:修改为|修改成|更改为|更正为|变更为|改成|改为|改作|换成|应该是|应该为|应为|改|=)';
const WITH_VALUE = new RegExp(`^(?:我要|我想|请|麻烦)?(?:把|将)?(.{1,20}?)(?:一下)?(?:不对|错了|填错了)?[,，]?${CHANGE_VERB}[:：\\s]*(.+)$`, 'su');
const FIELD_ONLY = /^(?:我要|我想|请|麻烦)?(?:修改|更改|更正|改一下|改|重填|重新填写?|重新输入)(?:一下)?(.{1,20}?)(?:一下)?[。.!！]?$/u;
const FIELD_WRONG = /^(.{1,20}?)(?:填错了|写错了|不对|有误|错了)[。.!！]?$/u;

/** The field a short phrase names: its label, a keyword, its id, or the label matcher's clear first choice. */
function fieldNamed(form: Form, phrase: string): FormField | undefined {
  const name = phrase.trim().replace(/^的|的$/gu, '').toLowerCase();
  if (!name) return undefined;
  const exact = form.fields.find((f) => f.id === name || f.label.toLowerCase() === name || f.keywords.some((k) => k.toLowerCase() === name));
  if (exact) return exact;
  const [first, second] = matchLabel(form, name);
  return first && first.score >= CLEAR_MATCH && (!second || second.score < first.score) ? first.field : undefined;
}

/** A label matcher score this high names a field in a correction ("电话" → 联系电话). */
const CLEAR_MATCH = 60;
/** Words that make a message a correction. */
export const CORRECTION_MARKER = /改成|改为|修改|更改|更正|应该是|应该为|应为|不对|写错|填错|有误|错了|改一下|重填/u;
const CLAUSE = /[，,；;。！!\n]+/u;
const VALUE_LEAD_WORDS = /^(?:是|应该是|应为|改为|改成|正确的是|其实是|实际是)[:：\s]*/u;

/**
 * A correction anywhere in a message: "不对，产值应该是520亿，刚才写错了" (the clause that
 * names the field and the value), "联系人写错了，是王磊" (the field in one clause, the value in
 * the next). Only messages with a correction word are read.
 */
export function findCorrection(form: Form, text: string): Correction | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT || !CORRECTION_MARKER.test(text)) return undefined;
  const whole = detectCorrection(form, text);
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter(Boolean);
  for (const [i, clause] of clauses.entries()) {
    const found = detectCorrection(form, clause);
    if (!found) continue;
    if (found.value !== undefined) return found;
    const value = clauses
      .filter((c, j) => j !== i && !CORRECTION_MARKER.test(c.replace(VALUE_LEAD_WORDS, '')))
      .map((c) => c.replace(VALUE_LEAD_WORDS, '').trim())
      .find((c) => c && !/^(?:刚才|之前|前面|上面)/u.test(c));
    return value ? { field: found.field, value } : found;
  }
  return whole;
}

/**
 * A request to change a field: "产值改成3.5亿" / "把联系人改为李四" → field and new value;
 * "修改联系人" / "联系人填错了" → the field alone (the dialog asks for the new value).
 */
export function detectCorrection(form: Form, text: string): Correction | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
  const message = text.trim();
  const withValue = WITH_VALUE.exec(message);
  if (withValue?.[1] && withValue[2]) {
    const target = withValue[1].replace(/^(?:修改|更改|更正)/u, '');
    const field = fieldNamed(form, target);
    if (field) return { field: field.id, value: withValue[2].trim() };
  }
  const only = FIELD_ONLY.exec(message) ?? FIELD_WRONG.exec(message);
  if (only?.[1]) {
    const field = fieldNamed(form, only[1]);
    if (field) return { field: field.id };
  }
  return undefined;
}
