/**
 * The word that tells an act is done ("验收通过的示范区", "验收完的", "公示完了", "审核通过后"): like
 * the 后 of "验收后", it says when the asker's matter stands, and the notices state that matter
 * without it (通过验收 is their 确定 of the result).
 */
const COMPLETION = /(?:通过|完成|完毕|完)/u;

/** Right after the act's verb, and before what marks the act done (的, 了, 后 …) or the clause's end. (过 and 结束 also tell time passing: "现在过了几个月", "筹建期结束了吗".) */
const DONE_AFTER_ACT = new RegExp(`(?<=[\\p{Script=Han}]{2})(${COMPLETION.source})(?=的|了|后|之后|以后|以来|没|吗|呢|[,，。?？!！\\s]|$)`, 'gu');

/** … or 通过 before the act it passed and the 的 of what passed it ("通过验收的示范区"). */
const PASSED_ACT = /(通过)(?=[\p{Script=Han}]{2}的)/gu;

/**
 * The content words (as `surfaces` holds them) that only complete the act before them: searched,
 * but no key word a passage must hold. "通过邮件报送" (a means) is not of this shape.
 */
export function completionWords(normalized: string, surfaces: readonly string[]): string[] {
  const done = new Set<string>();
  for (const match of normalized.matchAll(DONE_AFTER_ACT)) {
    // the act is a word of the question ("已经完成了" completes no act it names)
    const before = normalized.slice(0, match.index);
    if (surfaces.some((surface) => surface.length >= 2 && before.endsWith(surface))) done.add(match[1]!);
  }
  for (const match of normalized.matchAll(PASSED_ACT)) done.add(match[1]!);
  return surfaces.filter((surface) => done.has(surface));
}
