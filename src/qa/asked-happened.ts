/**
 * Whether something has happened yet (第二批名录公布了没, 结果出来了吗, 验收了没有): only a clause
 * stating that act answers. A clause about the matter that lacks the act (the call to apply for the
 * second batch) says nothing of whether it has happened.
 */

/** The asking of whether an act has happened, right after the act. */
const HAPPENED_ASKED = /了(?:没有|没|吗|么)(?=[\s?？!！。,，]|$)/gu;

/** The word of the question (as typed, two characters at least) whose happening is asked, if one is. */
export function askedHappening(normalized: string, surfaces: readonly string[]): string | undefined {
  for (const match of normalized.matchAll(HAPPENED_ASKED)) {
    const before = normalized.slice(0, match.index);
    const act = surfaces.find((surface) => surface.length >= 2 && before.endsWith(surface));
    if (act) return act;
  }
  return undefined;
}
