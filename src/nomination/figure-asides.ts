/**
 * What people say of a figure before giving it, which names no field: who reported it ("他们报的是
 * 2.3亿左右", "协会那边给的数是38家") and what it is counted over ("按全部从业人员算，4.5万"). The
 * figure then answers the field asked, or the one named before the aside ("加工的话，他们报的是…");
 * the words of the aside (从业人员) label nothing.
 */

/** A figure follows: digits, Chinese numerals, or a hedge before them. */
const FIGURE_AHEAD = '(?=\\s*(?:约|大约|大概|差不多|接近|超过|不到|近)?\\s*[\\d０-９零一二两三四五六七八九十百千万])';
const CLAUSE_START = '(?<=^|[，,。；;\\s])';

const REPORTED = new RegExp(
  `${CLAUSE_START}(?:他们|她们|他|她|人家|对方|县里|市里|区里|旗里|乡里|镇里|协会|企业|合作社)?(?:那边|这边)?(?:报|写|填|给|提供|统计|上报)(?:上来|过来)?的(?:数|数字|数据)?(?:是|为)${FIGURE_AHEAD}`,
  'gu',
);
const COUNTED_OVER = new RegExp(`${CLAUSE_START}(?:按照?|以)[^\\d，,。；;：:]{1,10}?(?:来)?(?:算|计算|统计)(?:的话)?[，,]?${FIGURE_AHEAD}`, 'gu');

export const withoutFigureAsides = (text: string): string => text.replace(REPORTED, '').replace(COUNTED_OVER, '');
