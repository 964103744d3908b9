import type { FormField } from '../form.js';
import { parseNumber } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/**
 * Approval announcement numbers, kept as typed with their issuer ("国家质检总局2008年第138号公告",
 * "2008年第138号") and trademark registration numbers (6–10 digits, kept as typed: "第3129876号" or "3129876"); several may be given. Besides
 * the numbers, only the usual issuer and document words may appear.
 */

const ISSUER = '(?:原)?(?:国家质量监督检验检疫总局|国家质检总局|质检总局|国家市场监督管理总局|市场监督管理总局|国家知识产权局|国家工商行政管理总局商标局|国家工商总局商标局|商标局|农业农村部|农业部)';
const ANNOUNCEMENT = new RegExp(`(${ISSUER})?\\s*((?:19|20)\\d{2})\\s*年(?:度)?\\s*第?\\s*(\\d{1,4}|[零一二三四五六七八九十百]{1,6})\\s*号(公告)?`, 'gu');
const TRADEMARK = /(?<![\d.])(第\s*)?(\d{6,10})(\s*号)?(?![\d.])/gu;
const WORDS =
  /原|国家|市场监督管理总局|质量监督检验检疫总局|质检总局|知识产权局|商标局|工商行政管理总局|工商总局|农业农村部|批准|公告|商标|集体|证明|注册证?|编?号|第|码|地理标志|产品|保护|No\.?|[\s:：,，;；、/()（）《》.。-]|和|及|以及|为|是/giu;

export function parseRegistration(field: FormField, input: string, raw: string): ParseResult {
  const tokens: string[] = [];
  let rest = input.replace(ANNOUNCEMENT, (_, issuer: string | undefined, year: string, number: string, notice: string | undefined) => {
    const n = /^\d+$/u.test(number) ? Number(number) : parseNumber(number);
    if (n === undefined || n === 0) return '\u0000';
    // the issuer stays with its number: the same number means another announcement from another office
    tokens.push(`${issuer ?? ''}${year}年第${n}号${notice ?? ''}`);
    return ' ';
  });
  rest = rest.replace(TRADEMARK, (_, ordinal: string | undefined, digits: string, suffix: string | undefined) => {
    tokens.push(ordinal && suffix ? `第${digits}号` : digits);
    return ' ';
  });
  const leftover = rest.replace(WORDS, '');
  if (tokens.length === 0 || tokens.length > 5 || leftover.length > 12 || /[\p{N}\p{Script=Latin}\u0000]/u.test(leftover)) {
    return fail(field, 'not_registration');
  }
  const value = [...new Set(tokens)].join('；');
  return ok({ raw, value, display: value });
}
