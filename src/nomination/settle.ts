import { withLabelUnits } from './parsers/label-unit.js';
import { mendDecimalPoints, mendLatinScales } from './parsers/numbers.js';
import { findFigure } from './segment.js';
import { withColumnUnits } from './table.js';
import { chosenBySource } from './source-choice.js';

/**
 * The figures of a message as meant, before it is read: a full stop typed for the decimal point
 * ("20。5亿") is the point, chat shorthand for a scale ("16w") is that scale, a unit in a pasted label or a table header's cell goes to its bare figure ("年产值（万元）：145000"
 * is 145000万元, see label-unit.ts and table.ts), and a figure settled on at the end ("比普通酥梨贵一倍以上，按120%算吧",
 * "产值十五六个亿，就按16亿算") takes the place of the rough one in the clause before it — so the words
 * in front of the rough figure (the field's name, what the price is compared with) still say what
 * the settled one is, and the rough figure is not read as a second value.
 */

/**
 * "，按120%算吧", "，就以16.8亿为准", "，写三成五", "，就填35%吧", "，准确说1.3亿", "，具体是208家", "，按136",
 * "，算下来百分之二十左右吧": the settling clause at the end of a message, as a basis to count by, as what
 * to write, as the exact figure or as what the figures before come to.
 */
const SETTLE = new RegExp(
  [
    '(?:[，,；;。\\s]\\s*|(?<=\\p{Script=Han})(?=所以))(?:所以|那就|那|就|还是|我们|咱们|先|暂时|暂且)*',
    '(?:(?:按照?|以)\\s*([^，,；;。\\s]{1,16}?)\\s*(?:来|去)?(?:算|计算|计|为准|填报|填|报)|(?:写|填|报)(?:成|上|个)?\\s*([^，,；;。\\s]{1,16}?)',
    // "，准确说1.3亿": the exact figure after the rough one
    '|(?:准确|确切|具体|精确)(?:点|些|地|的)?(?:(?:说|讲|来说|来讲|的?数字?)(?:是|为)?|是|为)\\s*([^，,；;。\\s]{1,16}?)',
    // "，按136": the figure to go by, bare
    '|按照?\\s*([\\d.]+[^，,；;。\\s\\d]{0,3}?)',
    // "，算下来百分之二十左右": what the figures before come to
    '|(?:算下来|算起来|折算下来|折合下来|换算下来|合下来|折合|折算|相当于)(?:是|为|大概|大约|约|差不多)*\\s*([^，,；;。\\s]{1,16}?))',
    '(?:好了|就行|就好|吧)?[。.!！~～]*$',
  ].join(''),
  'u',
);
const CLAUSE_END = /[，,；;。！!？?\n]/gu;
/** The lower end of a range before its upper one: "三到", "20至", "5~". */
const RANGE_LOW = /[\d.一二两三四五六七八九十百千]+\s*(?:到|至|~|～|-|—)\s*$/u;

/** `text` with its figures as meant; `product` is the nomination's product name, when known. */
export function figuresAsMeant(text: string, product?: string): string {
  const mended = withRoughWrittenExact(withLabelUnits(withColumnUnits(mendLatinScales(mendDecimalPoints(text)))));
  const chosen = chosenBySource(mended);
  if (chosen !== undefined) return chosen;
  const whole = settling(mended) ?? narrowing(mended, product);
  return whole ? instead(mended, whole) : settledBySentence(mended);
}

/** "产值去年8个多亿，按8.4亿填吧。出口没有。": a sentence settling its own figure, with more said after it. */
function settledBySentence(text: string): string {
  const sentences = text.split(/(?<=[。！!])/u);
  if (sentences.length < 2) return text;
  return sentences.map((sentence) => instead(sentence, settling(sentence))).join('');
}

/**
 * "物流大概一个亿出头写1.1亿", "二十亿左右，填20.3亿": a rough figure, then at once the exact one to write —
 * anywhere in a message, as voice input runs answers together. The rough one goes.
 */
const ROUGH_THEN_WRITTEN = /[\d.零〇一二两三四五六七八九十百千]+(?:多|来|余)?个?[万亿]?(?:元|人|家|户)?(?:左右|上下|出头|多)[，,]?\s*(?:那就|就|所以)?(?:写|填)成?\s*(?=[\d一二两三四五六七八九十])/gu;
const withRoughWrittenExact = (text: string): string => text.replace(ROUGH_THEN_WRITTEN, '');

/** A figure that replaces the rough one before it: where its clause starts, and the figure with what follows it. */
interface Instead {
  at: number;
  figure: string;
  /** The figure is the total of all said before it, which it replaces from the first on. */
  total?: boolean;
}

/**
 * "贵一倍左右就是溢价百分之一百", "…，也就是说1.2亿": the same figure said again, at the end, after 就是 —
 * a few words may name what it is (溢价) before it.
 */
const RESTATED = /(?:也就是说?|就是说?|即)\s*([^，,；;。\s]{1,20})[。.!！~～]*$/u;
/** Words naming what the restated figure is ("溢价"), before it. */
const NAMING_WORDS = 4;

function restating(text: string): Instead | undefined {
  const said = RESTATED.exec(text);
  const tail = said?.[1];
  if (!said || !tail || !findFigure(text.slice(0, said.index))) return undefined;
  for (let named = 0; named <= NAMING_WORDS && named < tail.length; named += 1) {
    if (!/^\p{Script=Han}*$/u.test(tail.slice(0, named))) break;
    const figure = tail.slice(named);
    // (a stop before 就是 ends the clause of the rough figure, as a settling clause's does)
    if (findFigure(figure.replace(/^百分之/u, ''))?.index === 0) return { at: /[，,；;\s]$/u.test(text.slice(0, said.index)) ? said.index - 1 : said.index, figure };
  }
  return undefined;
}

/** "…，还是填一半吧，6个亿": a clause saying what to write, then the figure alone in the last clause. */
const SETTLED_AFTER = /[，,；;]\s*(?:那就|那|就|还是|我们|咱们)?(?:填|写|报|按)[^，,；;。\d]{0,8}?(?:算)?吧\s*[，,：:]\s*([^，,；;。\s]{1,16}?)[。.!！~～]*$/u;

function settling(text: string): Instead | undefined {
  const restated = restating(text);
  if (restated) return restated;
  const after = SETTLED_AFTER.exec(text);
  if (after?.[1] && findFigure(after[1])?.index === 0) return { at: after.index, figure: after[1] };
  const settle = SETTLE.exec(text);
  const said = settle?.[1] ?? settle?.[2] ?? settle?.[3] ?? settle?.[4] ?? settle?.[5];
  // "先按这两个合计127家填": the total of the parts said before goes in their place
  const total = said ? TOTAL_LEAD.exec(said)?.[0] : undefined;
  const figure = total ? said?.slice(total.length) : said;
  // ("按百分之一百二十算": the percentage word opens the figure)
  if (!settle || !figure || findFigure(figure.replace(/^百分之/u, ''))?.index !== 0) return undefined;
  return { at: settle.index, figure, ...(total ? { total: true } : {}) };
}

/** Words saying a figure is the total of those before: "这两个合计", "加起来", "一共". */
const TOTAL_LEAD = /^(?:(?:这|那)?(?:两|二|三|四|几)个(?:数)?)?(?:加起来|合计|一共|共计|总共|总计)\s*/u;

/** "其中", "光是", "单": words that narrow the figure before to a part of it. */
const NARROW_OPENER = /^(?:其中|光是|光|单是|单|只算|仅)/u;
/** Words between the part named and its figure: "这块大概", "本身的", "有". */
const NARROW_REST = /^(?:这块|这一块|这部分|那块|那一块|本身|单品)?的?(?:大概|大约|约|差不多|有|是|为|在)*$/u;
/** The product said by what it is rather than by its name: "地标产品", "地理标志产品", "产品本身". */
const THE_PRODUCT = /^(?:地标产品|地理标志产品|地标|产品)(?=本身|这块|这一块|单品|的|$)|^(?:地标产品|地理标志产品)/u;
/** The shortest part of a product's name that names it: "翠芽" of 湄潭翠芽. */
const NAME_PART = 2;

/**
 * "全县茶产业产值一百来个亿，翠芽这块大概四十五亿", "产值一百亿，其中湄潭翠芽四十五亿": a last clause that
 * gives the figure of the product itself (named by part of its name, or after 其中), narrower than
 * the figure of the clause before, which is the wider trade's.
 */
function narrowing(text: string, product: string | undefined): Instead | undefined {
  const at = clauseStart(text);
  const clause = text.slice(at);
  const figure = findFigure(clause);
  if (at === 0 || !figure) return undefined;
  const words = clause.slice(0, figure.index).trim();
  const opener = NARROW_OPENER.exec(words)?.[0] ?? '';
  const rest = words.slice(opener.length);
  const part = [...Array(rest.length + 1).keys()]
    .map((end) => rest.slice(0, end))
    .find((name) => [...name].length >= NAME_PART && product?.includes(name) && NARROW_REST.test(rest.slice(name.length)));
  // "地标产品本身31.7亿": the product named by what it is
  const self = THE_PRODUCT.exec(rest)?.[0];
  const selfNamed = self !== undefined && NARROW_REST.test(rest.slice(self.length));
  if (!part && !selfNamed && !(opener && NARROW_REST.test(rest))) return undefined;
  // (a part is of the same measure as the whole: "一百来个亿" and "四十五亿", not "三千人")
  const narrow = clause.slice(figure.index);
  const whole = lastClause(text.slice(0, at - 1));
  const rough = findFigure(whole);
  if (!rough || measure(whole.slice(rough.index)) !== measure(narrow)) return undefined;
  return { at: at - 1, figure: narrow };
}

/** Words after a figure's measure that say nothing of it: "左右", "吧", "出头". */
const MEASURE_TAIL = /(?:左右|上下|出头|多|吧|的样子|[。.!！~～])+$/u;
/** The measure word a figure ends on: 亿 of "一百来个亿", 人 of "三千人". */
const measure = (figure: string): string | undefined => /[^\d.\s]$/u.exec(figure.replace(MEASURE_TAIL, ''))?.[0];
/** Where the last clause of `text` starts. */
const clauseStart = (text: string): number => Math.max(0, ...[...text.matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + 1));
const lastClause = (text: string): string => text.slice(clauseStart(text));

/** The unit after a rough figure's number: 家 of "136家", 万人 of "3.2万人". */
const ROUGH_UNIT = /^[\d.]+\s*((?:个)?[万亿]?\s*(?:美元|元|人|家|户|个|%)?)/u;

/** A clause conceding something of the figure before it. */
const CONCESSION = /^\s*(?:但是?|不过|可是?|只是)/u;

/** `text` with the figure of the clause before `found` replaced by the one it gives; as typed when there is none. */
function instead(text: string, found: Instead | undefined): string {
  if (!found) return text;
  if (found.total) {
    const first = findFigure(text.slice(0, found.at));
    return first ? `${text.slice(0, first.index)}${found.figure}` : text;
  }
  // (a clause conceding something of the figure may stand between: "…大约12个亿，但不全是羊肉带动的，还是填一半吧，6个亿")
  let head = text.slice(0, found.at);
  while (head && CONCESSION.test(lastClause(head)) && !findFigure(lastClause(head))) head = head.slice(0, Math.max(0, clauseStart(head) - 1));
  const start = clauseStart(head);
  const clause = head.slice(start);
  const rough = findFigure(clause);
  if (!rough) return text;
  // ("三到四成": a range's lower end opens the rough figure)
  const from = rough.index - (RANGE_LOW.exec(clause.slice(0, rough.index))?.[0].length ?? 0);
  // ("截至目前136家，按136": a bare figure settled on keeps the unit of the one it replaces)
  const unit = /^[\d.]+$/u.test(found.figure) ? (ROUGH_UNIT.exec(clause.slice(rough.index))?.[1] ?? '') : '';
  return `${head.slice(0, start)}${clause.slice(0, from)}${found.figure}${unit}`;
}
