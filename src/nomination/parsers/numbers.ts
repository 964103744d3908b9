/**
 * Reading numbers the way people write them in Chinese reports: 3.5亿, 8千万, 12,000, 1.2万,
 * 三千五百万, 壹亿, 3亿5000万, "3.2个亿". The words around a figure are read in figure.ts.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const DIGIT_CHARS = Object.keys(DIGITS).join('');
const SMALL_UNIT_CHARS = Object.keys(SMALL_UNITS).join('');
const UNIT_CHARS = [...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)].join('');

/** Arabic digits, half- or full-width (a message is searched for figures before it is normalised). */
const ARABIC = '\\d０-９';
/** "2.8万一年", "两万一个人": 一 after a scale counts the period or the person the figure is per, no digit of it. */
const PER_ONE = '(?<=[万萬亿億千仟百佰][一二两三四五六七八九]?)一(?=年|人|天|个人|个月)';
/** A numeric expression: Arabic numbers, Chinese digits and units, and 点 decimals. */
export const NUMBER_PATTERN = `(?:[${ARABIC}]+(?:,[${ARABIC}]{3})*(?:[.．][${ARABIC}]+)?|[${DIGIT_CHARS}点]|[十拾])(?:(?!${PER_ONE})[${ARABIC},.．${DIGIT_CHARS}${UNIT_CHARS}点]|个(?=[万亿]))*`;

/** The whole part of a Chinese decimal written with units ("二十", "一百二十"), as digits; never a run of digits ("三五"). */
function wholeLeft(a: string): string | undefined {
  if (!new RegExp(`[${SMALL_UNIT_CHARS}]`, 'u').test(a)) return undefined;
  const n = parseNumber(a);
  return n !== undefined && Number.isInteger(n) ? String(n) : undefined;
}

/**
 * "20。5亿", "3。6万人", "12。5%": the full stop a Chinese keyboard types for "." between a short
 * whole part and its decimals, right before a scale or unit, read as the decimal point. A full stop
 * after a long number ("…13800138000。2万") or before a year ("…15。2024年") ends a sentence.
 */
const TYPED_POINT = /(?<![\d０-９.．])([\d０-９]{1,4})[。｡]([\d０-９]{1,3})(?=\s*(?:[万萬亿億千百%％元块人家倍]|个亿))/gu;
export const mendDecimalPoints = (text: string): string => text.replace(TYPED_POINT, '$1.$2');

/**
 * "16w左右", "3.5W元", "8k": the Latin letters chat shorthand writes for 万 and 千 after a figure,
 * read as those scales; never inside a word, a code or an address ("zhang16w@…", "QW16w1").
 */
const LATIN_SCALE = /(?<![A-Za-z\d.．_@-])([\d０-９]+(?:[.．][\d０-９]+)?)\s?([wWkK])(?![A-Za-z\d０-９_@.-])/gu;
const SCALE_OF: Record<string, string> = { w: '万', k: '千' };
export const mendLatinScales = (text: string): string => text.replace(LATIN_SCALE, (_, figure: string, scale: string) => `${figure}${SCALE_OF[scale.toLowerCase()]}`);

/** Reads Chinese digits written one by one ("三点五" → "3.5"), for the decimal part. */
function digitRun(s: string): string | undefined {
  let out = '';
  for (const ch of s) {
    if (/\d/.test(ch)) out += ch;
    else if (ch in DIGITS) out += String(DIGITS[ch]);
    else return undefined;
  }
  return out;
}

/**
 * The value of a whole numeric expression, or undefined when it is not one. Units must come in
 * falling order; 零 only stands alone or between units ("一千零五"); a single digit after a unit
 * is the colloquial next place ("九千六" = 9600, "1万5" = 15000); two numbers in a row ("3 5",
 * "一二") or figures after a decimal's unit ("1.5万3000") are not a number.
 */
export function parseNumber(expression: string): number | undefined {
  const s = expression
    .normalize('NFKC')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/个(?=[万亿])/gu, '');
  if (!s || s.length > 40) return undefined;
  if (/^[零〇]$/u.test(s)) return 0;
  // Chinese decimal: "三点五亿" → 3.5 then 亿, "二十点五亿" → 20.5 then 亿
  const withDecimal = s.replace(new RegExp(`([\\d${DIGIT_CHARS}${SMALL_UNIT_CHARS}]+)点([\\d${DIGIT_CHARS}]+)`, 'u'), (whole, a: string, b: string) => {
    const left = /^\d+$/.test(a) ? a : a.length === 1 && a in DIGITS ? digitRun(a) : wholeLeft(a);
    const right = digitRun(b);
    return left !== undefined && right !== undefined ? `${Number(left)}.${right}` : whole;
  });
  if (withDecimal.includes('点')) return undefined;
  const tokens = withDecimal.match(new RegExp(`\\d+(?:\\.\\d+)?|[${DIGIT_CHARS}]|[${UNIT_CHARS}]|.`, 'gu')) ?? [];
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let previousUnit: number | undefined;
  let afterUnit = false;
  let zeroFiller = false;
  let decimalUsed = false;
  for (const token of tokens) {
    const isNumber = /^\d/.test(token) || token in DIGITS;
    if (isNumber) {
      const n = /^\d/.test(token) ? Number(token) : (DIGITS[token] as number);
      if (pending !== undefined || decimalUsed) return undefined;
      if (n === 0 && token in DIGITS) {
        if (!afterUnit || zeroFiller) return undefined;
        zeroFiller = true;
        continue;
      }
      if (zeroFiller || !afterUnit) previousUnit = undefined;
      zeroFiller = false;
      pending = n;
      afterUnit = false;
      continue;
    }
    if (token in SMALL_UNITS) {
      const unit = SMALL_UNITS[token] as number;
      if (unit >= lastSmall || (zeroFiller && pending === undefined)) return undefined;
      if (pending === undefined && (section !== 0 || total !== 0)) return undefined;
      if (pending !== undefined && !Number.isInteger(pending)) decimalUsed = true;
      section += (pending ?? 1) * unit;
      lastSmall = unit;
    } else if (token in BIG_UNITS) {
      const unit = BIG_UNITS[token] as number;
      const amount = section + (pending ?? 0);
      // "0万元" is nothing, as "0" is; a unit with no figure before it ("万") is no figure
      if ((amount === 0 && total === 0 && pending !== 0) || (zeroFiller && pending === undefined)) return undefined;
      if (unit >= lastBig && amount !== 0) return undefined;
      if (pending !== undefined && !Number.isInteger(pending)) decimalUsed = true;
      total = amount === 0 ? total * unit : total + amount * unit;
      section = 0;
      lastSmall = Infinity;
      lastBig = amount === 0 ? Infinity : unit;
    } else return undefined;
    previousUnit = token in SMALL_UNITS ? (SMALL_UNITS[token] as number) : (BIG_UNITS[token] as number);
    pending = undefined;
    afterUnit = true;
    zeroFiller = false;
  }
  if (zeroFiller) return undefined;
  let tail = pending ?? 0;
  // "九千六" = 9600: a lone digit right after a unit (no 零) is worth a tenth of that unit.
  if (pending !== undefined && previousUnit !== undefined && previousUnit >= 100 && Number.isInteger(pending) && pending < 10) {
    tail = (pending * previousUnit) / 10;
  }
  const value = total + section + tail;
  return Number.isFinite(value) ? value : undefined;
}

/** A number printed without float noise: 1.2000000000000002 → "1.2". */
export const plain = (n: number): string => String(Number(n.toPrecision(15)));

/** Rounds to two decimals (fen). */
export const cents = (n: number): number => Math.round(n * 100) / 100;

/** 350000000 → "3.5亿", 12000 → "1.2万", 800 → "800"; exact, so it parses back to the same value. */
export function scaled(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e8) return `${plain(n / 1e8)}亿`;
  if (abs >= 1e4) return `${plain(n / 1e4)}万`;
  return plain(n);
}
