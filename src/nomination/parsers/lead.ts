import type { FormField } from '../form.js';

/**
 * Strips what people put in front of an answer: a year ("2022年"), the field's own name
 * ("年产值", "联系人"), then a colon or "为/是" after that name, as in "2022年产值为3.5亿" or
 * "联系人：张三". Returns the input unchanged when nothing would remain.
 */
export function stripLead(field: FormField, text: string): string {
  let rest = text.replace(/^(?:19|20)\d{2}\s*年度?\s*(?=\D)/u, '');
  const keyword = field.keywords.find((k) => rest.toLowerCase().startsWith(k.toLowerCase()));
  if (keyword) rest = rest.slice(keyword.length).replace(/^\s*(?:[:：=]|是|为)?\s*/u, '');
  else rest = text;
  return rest.trim() ? rest.trim() : text;
}

/** Trailing sentence punctuation and a bracketed note at the end ("3.5亿元（2022年）"). */
export const stripTail = (text: string): string =>
  text.replace(/\s*[（(][^（）()]{0,30}[)）]$/u, '').replace(/[。.!！,，;；、~～]+$/u, '').trim();
