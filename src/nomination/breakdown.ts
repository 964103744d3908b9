import { ACTION } from './segment.js';

/**
 * "用标企业119家（县里96家、合作社23家）", "436家（之前说的是估的）": a figure's breakdown or a remark in
 * brackets right after it is no answer of its own; its commas and 、 would otherwise part the clause. A statement of actions keeps its
 * brackets as typed ("设立资金500万元（其中省级200万元）" is free text).
 */
const BREAKDOWN = /([\d零〇一二两三四五六七八九十百千万亿][\d.]*\s*[万亿千百]*\s*(?:来|多)?(?:个)?(?:家|个|人|户|元|万元|亿元|美元|%|％))\s*[（(]([^（）()]+)[）)]/gu;
const CLAUSE_ENDS = /[，,。；;\n：:]/gu;

export function withoutBreakdowns(text: string): string {
  return text.replace(BREAKDOWN, (whole: string, figure: string, _inside: string, at: number) => {
    const before = text.slice(0, at);
    const last = [...before.matchAll(CLAUSE_ENDS)].at(-1);
    const clause = before.slice(last ? (last.index ?? 0) + 1 : 0);
    return ACTION.test(clause) ? whole : figure;
  });
}
