/**
 * The counts a question names ("54个示范区", "哪七个地方") and whether a text holds one: as a whole
 * number, or — a count asked of the items a clause lists ("哪三个“高”" of 高标准建设、高水平保护、高质量发展,
 * "哪两个库" of 专家库、服务机构库, "哪三个方面" of …、…、…等方面): the notices state such a count by
 * listing, not by its number.
 */

/** What separates clauses: an enumeration (…、…、…) never runs across these. */
const CLAUSE_END = /[,，。;；:：()（）!！?？]/;

/** The opening of a numbered part (二、), whose 、 separates no items. */
const PART_OPENING = /^\s*[一二三四五六七八九十]{1,3}、/;

/**
 * True when a clause of the text lists exactly `size` items (、-separated), each holding `mark`, or
 * closed by what is counted (哪三个方面 of 在项目分配、部门协作、政策落地等方面: the items are the 方面).
 */
function enumerates(normalized: string, size: number, mark: string): boolean {
  if (size < 2 || !normalized.includes('、')) return false;
  return normalized.split(CLAUSE_END).some((clause) => {
    // a numbered part's opening ("二、各地要按照…") is no item of the clause's list
    const items = clause.replace(PART_OPENING, '').split('、');
    return items.length === size && (items.every((item) => item.includes(mark)) || items.at(-1)!.includes(`等${mark}`));
  });
}

/**
 * The counts a question names: a number with its measure word ("54个", "160件", "七个"), not a year,
 * a date or an ordinal. 一 is left out: "搞一个名录" counts nothing.
 */
const COUNTED = /(?<![\d.年月第])(\d+|[二两三四五六七八九十])\s*(?=[个件家项名所批])/g;
const ONE_NUMERAL: Record<string, string> = { 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/** The first character of what a count counts ("三个“高”" → 高, "两个库" → 库), past quotes. */
const COUNTED_MARK = /^[个件家项名所批]["“”'‘’「」『』\s]*(\p{Script=Han})/u;

/**
 * A count a question names, its pattern as a whole number (54 in "54个", not in "154"), and the
 * character each listed item holds when the count is of items a clause lists.
 */
interface NamedCount {
  number: string;
  whole: RegExp;
  mark?: string;
}

/** The counts a question names; undefined when it names none (the ranking then reads no text for them). */
export function namedCounts(normalized: string): NamedCount[] | undefined {
  const counts = new Map<string, NamedCount>();
  for (const m of normalized.matchAll(COUNTED)) {
    const number = ONE_NUMERAL[m[1]!] ?? m[1]!;
    if (counts.has(number)) continue;
    const mark = COUNTED_MARK.exec(normalized.slice(m.index! + m[0].length))?.[1];
    // (a number of years, months or days, 3年, is a length or a date: it counts no things)
    counts.set(number, { number, whole: new RegExp(`(?<![\\d.])${number}(?![\\d.]|\\s?[年月日天])`), ...(mark ? { mark } : {}) });
  }
  return counts.size === 0 ? undefined : [...counts.values()];
}

/** A question word that is a count ("三个", "54个"). */
const COUNT_WORD = /^(\d+|[二两三四五六七八九十])[个件家项名所批]$/;

/** The count a question's word names ("三个" → its count 3, with what is counted), if the word is one. */
export function countOfWord(surface: string, counts: readonly NamedCount[] | undefined): NamedCount | undefined {
  const numeral = counts && COUNT_WORD.exec(surface)?.[1];
  if (!numeral) return undefined;
  const number = ONE_NUMERAL[numeral] ?? numeral;
  return counts.find((count) => count.number === number);
}

/**
 * True when a text holds the count as a whole number (the plain substring test first: most texts
 * lack the digits at all), or lists that many items of what is counted.
 */
export const holds = (text: string, { number, whole, mark }: NamedCount): boolean =>
  (text.includes(number) && whole.test(text)) || (mark !== undefined && enumerates(text, Number(number), mark));
