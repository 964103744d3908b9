/**
 * A unit written in a label instead of after the figure, as tables and pasted forms do:
 * "年产值（万元）：145000" is 145000万元, "从业人员(人)\t60000" is 60000人, "溢价率（单位：%）：20" is 20%.
 * The unit moves to the figure only when the figure is bare; one with a unit of its own
 * ("年产值（万元）：14.5亿元") keeps it, and a bracket that holds no unit is left where it is.
 */

const UNIT = '万元|亿元|千元|元|万美元|美元|万人|人|家|个|户|%|％|万';
/** label（unit）, the separator, a bare figure that ends there (a line, a clause, the message). */
const LABEL_UNIT = new RegExp(
  `(?<=\\p{Script=Han})[ \\t]*[（(][ \\t]*(?:单位[ \\t]*[:：]?[ \\t]*)?(${UNIT})[ \\t]*[)）]([ \\t]*[:：=][ \\t]*|[ \\t]+)([\\d０-９][\\d０-９,，.．]*)(?=[ \\t]*(?:$|[\\r\\n；;。]|[，,](?![\\d０-９])|[ \\t]{2,}))`,
  'gmu',
);

/** The message with each label's unit moved onto the bare figure after it. */
export function withLabelUnits(text: string): string {
  return text.replace(LABEL_UNIT, (_, unit: string, separator: string, figure: string) => {
    // thousands separators go: "1,450,000" → "1450000万元"
    const digits = figure.replace(/[,，](?=[\d０-９]{3})/gu, '');
    return `${separator}${digits}${unit}`;
  });
}
