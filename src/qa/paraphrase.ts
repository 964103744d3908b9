import { dictionaryWords as cut } from '../text/segmenter.js';
import { SYNONYM_GROUPS } from './lexicon.js';

/**
 * Generated variants of a question for the paraphrase stress test: the same question as
 * officers type it differently must get the same decision. Deterministic: the same question
 * always gives the same variants.
 */

export type VariantKind = 'synonym' | 'ending' | 'order' | 'width';

export interface Variant {
  kind: VariantKind;
  q: string;
}

/** Everyday swaps beyond the lexicon's synonym groups (both directions are tried). */
const SWAPS: [string, string][] = [
  ['地理标志', '地标'],
  ['什么时候', '啥时候'],
  ['什么', '啥'],
  ['怎么', '如何'],
  ['是否', '是不是'],
  ['可以', '能'],
  ['需要', '要'],
  ['哪些', '哪几个'],
  ['多少', '几'],
  ['提交', '交'],
  ['材料', '资料'],
];

/** Colloquial endings and openings officers type around a question. */
const ENDINGS = ['{q}啊', '{q}呀？', '{q}呢？', '{q}，谢谢！', '请问一下，{q}？', '{q}来着？', '那个，{q}？', '想问下{q}', '{q}，麻烦告知一下'];
/**
 * Each question gets this many synonym variants (one swap each). Two would also swap 名单 for 名录,
 * which reads as the 名录 programme's name: "千企百城首批名录的通知是哪天发的" then fits two
 * notices (a matter of scope reading, left to it).
 */
const SYNONYM_VARIANTS = 1;
const QUESTION_WORDS = /什么|啥|哪|怎么|如何|多少|几|谁|是否|是不是|能不能|可不可以|有没有|吗/;


const bare = (q: string): string => q.replace(/[?？!！。.，,\s]+$/u, '');

/** FNV-1a of a text: a stable pick (a variant's ending, a question's fold) that no run changes. */
export function stableHash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

/** Synonym swaps, one each: words of the question with another form, from SWAPS or the lexicon's groups. */
function synonymSwaps(q: string): string[] {
  const swapped: string[] = [];
  const used: string[] = [];
  for (const [a, b] of SWAPS) {
    const from = q.includes(a) ? a : q.includes(b) ? b : undefined;
    // "什么时候" and the "什么" in it are one swap, not two.
    if (!from || used.some((word) => word.includes(from) || from.includes(word))) continue;
    used.push(from);
    swapped.push(q.replace(from, from === a ? b : a));
  }
  for (const word of cut(q)) {
    const group = SYNONYM_GROUPS.find((g) => g.includes(word) && word.length > 1);
    const other = group?.find((w) => w !== word && w.length > 1);
    if (other) swapped.push(q.replace(word, other));
  }
  return swapped;
}

/** Moves the part before the first question word to the end ("申报书什么时候截止" → "什么时候截止，申报书"). */
function dislocate(q: string): string | undefined {
  const words = cut(bare(q));
  const at = words.findIndex((word, i) => i > 0 && QUESTION_WORDS.test(word));
  if (at <= 0 || at >= words.length - 1) return undefined;
  return `${words.slice(at).join('')}，${words.slice(0, at).join('')}？`;
}

/** Half-width to full-width (letters, digits, ? and ,) or the other way round. */
function flipWidth(q: string): string | undefined {
  const full = q.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (full !== q) return full;
  const half = q.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return half !== q ? half : `${bare(q)}?`;
}

export function paraphrases(q: string): Variant[] {
  const variants: Variant[] = [];
  const push = (kind: VariantKind, text: string | undefined): void => {
    if (text && text !== q && !variants.some((v) => v.q === text)) variants.push({ kind, q: text });
  };
  for (const swapped of synonymSwaps(q).slice(0, SYNONYM_VARIANTS)) push('synonym', swapped);
  push('ending', ENDINGS[stableHash(q) % ENDINGS.length]!.replace('{q}', bare(q)));
  push('order', dislocate(q));
  push('width', flipWidth(q));
  return variants;
}
