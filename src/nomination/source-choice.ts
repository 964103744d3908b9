import { findFigure } from './segment.js';

/**
 * "老王说产值62个亿，旗统计局的数是58亿，以统计局为准", "小马35亿，小艾37亿，按小艾的": figures from
 * several sources, then the source to go by. The message is read with the figure of the source chosen
 * in the place of the first one, and without the others and the choice.
 */

/** The closing clause naming the source to go by: "以统计局为准", "按小艾的", "咱们用马科长的", "」我们报蟹本身的". */
const CHOICE = /(?:[，,；;。]|[”"」』])\s*(?:那就|那|就|咱们|我们|还是|一般|通常|都|一律|统一)*(?:以|按照?|用|取|采用|报|填|写)\s*([^，,；;。\d\s]{1,10}?)(?:给)?的?(?:数据?|数字|口径|说的|报的|给的|那个)?(?:为准|吧|算|来|填|报)*[。.!！]*$/u;
const CLAUSE = /[，,；;。]/u;

interface Piece {
  text: string;
  at: number;
}

function clausesOf(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const part of text.split(CLAUSE)) {
    out.push({ text: part, at });
    at += part.length + 1;
  }
  return out;
}

/** The source's words as a clause may hold them: "统计局" in "旗统计局的数是58亿", "小艾" in "小艾37亿". */
const names = (clause: string, source: string): boolean => clause.includes(source.replace(/的$/u, ''));

/** The scale and unit after a clause's figure: 亿 of "62个亿", 万美元 of "500万美元". */
const MEASURE = /[\d.零〇一二两三四五六七八九十百千]+\s*(?:多|来)?\s*(?:个)?\s*([万亿]?\s*(?:美元|元|人|家|户|%)?)/u;
const YEAR = /^(?:19|20)\d{2}\s*年度?/u;
function measureOf(clause: string): string {
  const from = clause.slice(findFigure(clause)?.index ?? 0);
  // "2022年全产业链大概五十多亿": the year dates the figure that follows
  const year = YEAR.exec(from);
  const figured = year ? from.slice(year[0].length) : from;
  const rest = year ? figured.slice(findFigure(figured)?.index ?? 0) : figured;
  return MEASURE.exec(rest)?.[1]?.replace(/\s/gu, '') ?? '';
}

/** "…，以统计局为准，填128.6亿": the chosen source's figure said again as what to write. */
const WRITTEN_AGAIN = /(?:[，,；;]|[”"」』]?\s)\s*(?:那就|就|所以)?(?:填|写|报)(?:成|上)?\s*([^，,；;。\s]{1,16}?)(?:吧|就行|即可)?[。.!！]*$/u;

/** "…加上以后总数：产值257.1亿，…": the heading of the totals, and "按总数改" closing the message. */
const TOTALS_HEAD = /(?:^|[。；;\n，,])\s*[^，,。；;：:\n]{0,8}?(?:总数|合计|总计|汇总|加总)[：:]\s*/gu;
const BY_TOTALS = /[，,；;。]\s*(?:就|那就|都|统一)?(?:按照?|以)(?:总数|合计|总计|汇总|加总)(?:的)?(?:为准|来|算|填|报|改)+(?:一下|下)?(?:吧)?[。.!！]*$/u;

/**
 * "龙口市：产值12.3亿，…。加上以后总数：产值257.1亿，…，按总数改": a part's figures, then the totals
 * to go by: the message is read as the totals and the closing words.
 */
function chosenTotals(typed: string): string | undefined {
  const by = BY_TOTALS.exec(typed);
  if (!by) return undefined;
  const head = [...typed.slice(0, by.index).matchAll(TOTALS_HEAD)].at(-1);
  if (!head || head.index === undefined) return undefined;
  return `${typed.slice(head.index + head[0].length, by.index)}${by[0]}`;
}

export function chosenBySource(typed: string): string | undefined {
  const totals = chosenTotals(typed);
  if (totals !== undefined) return totals;
  const again = WRITTEN_AGAIN.exec(typed);
  const said = again?.[1];
  const before = again && said ? typed.slice(0, again.index) : typed;
  // "…全产业链产值约48亿，其中种植销售产值31亿” 填31亿": the figure to write is one of those said
  if (said && before.includes(said) && findFigure(said)?.index === 0) {
    const byFigure = chosenAmong(before, (clause) => clause.includes(said));
    if (byFigure !== undefined) return byFigure;
  }
  const text = said && before.includes(said) ? before : typed;
  const choice = CHOICE.exec(text);
  const source = choice?.[1];
  if (!choice || !source) return undefined;
  return chosenAmong(text.slice(0, choice.index), (clause) => names(clause, source));
}

/** `before` read with the one figured clause `isChosen` picks in the place of the first figure, the others gone. */
function chosenAmong(before: string, isChosen: (clause: string) => boolean): string | undefined {
  const figured = clausesOf(before).filter((c) => findFigure(c.text) !== undefined);
  if (figured.length < 2) return undefined;
  const chosen = figured.filter((c) => isChosen(c.text));
  if (chosen.length !== 1) return undefined;
  const [first] = figured;
  const pick = chosen[0] as Piece;
  // (sources give the same measure: "按美元报" beside 3亿 and 500万美元 chooses a currency, no source)
  if (!first || measureOf(first.text) !== measureOf(pick.text)) return undefined;
  const firstEnd = first.at + first.text.length;
  if (pick === first) return before.slice(0, firstEnd);
  const roughAt = findFigure(first.text)?.index ?? 0;
  const figureAt = findFigure(pick.text)?.index ?? 0;
  return `${before.slice(0, first.at)}${first.text.slice(0, roughAt)}${pick.text.slice(figureAt)}`;
}
