/**
 * A unit written in a label instead of after the figure, as tables and pasted forms do:
 * "年产值（万元）：145000" is 145000万元, "从业人员(人)：60000" is 60000人, "溢价率（%）：20" is 20%.
 * The unit goes to the value only when the value is a bare figure; a value with a unit of its own
 * ("年产值（万元）：14.5亿元") keeps it, and a label without a unit is left as it is.
 */

const UNIT = '万元|亿元|千元|元|万美元|美元|万人|人|家|个|户|%|万';
const IN_LABEL = new RegExp(`\\s*[（(]\\s*(?:单位\\s*[:：]?\\s*)?(${UNIT})\\s*[)）]\\s*$`, 'u');
/** Digits only, with thousands separators and a decimal point: "1,450,000", "6800", "20.5". */
const BARE = /^[\d０-９][\d０-９,，.．]*$/u;

/** The label without its unit, and the value with it when the value is a bare figure. */
export function withLabelUnit(label: string, value: string): { label: string; value: string } {
  const unit = IN_LABEL.exec(label);
  if (!unit?.[1]) return { label, value };
  const bare = label.slice(0, unit.index);
  if (!bare.trim()) return { label, value };
  const figure = value.trim();
  return { label: bare, value: BARE.test(figure) ? `${figure.replace(/[,，]/gu, '')}${unit[1]}` : value };
}
