import { withLabelUnits } from './parsers/label-unit.js';
import { mendDecimalPoints } from './parsers/numbers.js';
import { findFigure } from './segment.js';

/**
 * The figures of a message as meant, before it is read: a full stop typed for the decimal point
 * ("20。5亿") is the point, a unit in a pasted label goes to its bare figure ("年产值（万元）：145000"
 * is 145000万元, see label-unit.ts), and a figure settled on at the end ("比普通酥梨贵一倍以上，按120%算吧",
 * "产值十五六个亿，就按16亿算") takes the place of the rough one in the clause before it — so the words
 * in front of the rough figure (the field's name, what the price is compared with) still say what
 * the settled one is, and the rough figure is not read as a second value.
 */

/** "，按120%算吧", "，就以16.8亿为准": the settling clause at the end of a message. */
const SETTLE =
  /[，,；;。\s]\s*(?:那就|那|就|还是|我们|咱们)?(?:按照?|以)\s*([^，,；;。\s]{1,16}?)\s*(?:来|去)?(?:算|计算|计|为准|填报|填|报)(?:好了|就行|就好|吧)?[。.!！~～]*$/u;
const CLAUSE_END = /[，,；;。！!？?\n]/gu;

export function figuresAsMeant(text: string): string {
  return settled(withLabelUnits(mendDecimalPoints(text)));
}

function settled(text: string): string {
  const settle = SETTLE.exec(text);
  const figure = settle?.[1];
  // ("按百分之一百二十算": the percentage word opens the figure)
  if (!settle || !figure || findFigure(figure.replace(/^百分之/u, ''))?.index !== 0) return text;
  const head = text.slice(0, settle.index);
  const start = Math.max(0, ...[...head.matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + 1));
  const clause = head.slice(start);
  const rough = findFigure(clause);
  if (!rough) return text;
  return `${head.slice(0, start)}${clause.slice(0, rough.index)}${figure}`;
}
