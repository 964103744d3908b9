import type { FormField } from './form.js';
import { cleanLabel, type LabelMatch } from './labels.js';
import type { ParseResult } from './parsers/result.js';
import type { FieldValue } from '../store/nomination-types.js';

const NUMERIC = new Set<FormField['type']>(['money', 'count', 'percent']);

type Parse = (field: FormField, text: string) => ParseResult;

/**
 * "产值8000万左右" asked 加工业产值 when 年产值 is filled: words that name the filled figure field
 * only by the head noun of the one asked (产值 of 加工业产值) answer the question rather than change
 * the filled field — unless they say its value again.
 */
export function answersAsked(filled: Record<string, FieldValue>, current: FormField | undefined, named: FormField, words: string, value: string, parse: Parse): boolean {
  if (!current || !NUMERIC.has(current.type) || current.id in filled || !(named.id in filled) || named.type !== current.type) return false;
  const text = cleanLabel(words) || words;
  const noun = named.keywords.filter((k) => text.includes(k)).sort((a, b) => b.length - a.length)[0];
  if (!noun || !current.keywords.some((k) => k.length > noun.length && k.endsWith(noun))) return false;
  const parsed = parse(named, value);
  return parsed.ok && parsed.value.value !== filled[named.id]?.value && parse(current, value).ok;
}

/** The label's matches as ranked, or the field asked when the label only restates its head noun (see `answersAsked`). */
export function headNounOfAsked(filled: Record<string, FieldValue>, current: FormField | undefined, seg: { label?: string; value: string }, ranked: readonly LabelMatch[], parse: Parse): readonly LabelMatch[] {
  const answers = current && ranked.length > 0 && ranked.every((m) => answersAsked(filled, current, m.field, seg.label ?? '', seg.value, parse));
  return answers && current ? [{ field: current, score: ranked[0]?.score ?? 0 }] : ranked;
}
