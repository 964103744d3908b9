import { findFigure } from './segment.js';

/**
 * "老王说产值62个亿，旗统计局的数是58亿，以统计局为准", "小马35亿，小艾37亿，按小艾的": figures from
 * several sources, then the source to go by. The message is read with the figure of the source chosen
 * in the place of the first one, and without the others and the choice.
 */

/** The closing clause naming the source to go by: "以统计局为准", "按小艾的", "咱们用马科长的". */
const CHOICE = /[，,；;。]\s*(?:那就|那|就|咱们|我们|还是|一般|通常|都|一律|统一)*(?:以|按照?|用|取|采用)\s*([^，,；;。\d\s]{1,10}?)(?:给)?的?(?:数据?|数字|口径|说的|报的|给的|那个)?(?:为准|吧|算|来|填|报)*[。.!！]*$/u;
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
const measureOf = (clause: string): string => MEASURE.exec(clause.slice(findFigure(clause)?.index ?? 0))?.[1]?.replace(/\s/gu, '') ?? '';

/** "…，以统计局为准，填128.6亿": the chosen source's figure said again as what to write. */
const WRITTEN_AGAIN = /(?:[，,；;]|[”"」』]?\s)\s*(?:那就|就|所以)?(?:填|写|报)(?:成|上)?\s*([^，,；;。\s]{1,16}?)(?:吧|就行|即可)?[。.!！]*$/u;

export function chosenBySource(typed: string): string | undefined {
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
