/**
 * A unit written in a label instead of after the figure, as tables and pasted forms do:
 * "年产值（万元）：145000" is 145000万元, "从业人员(人)\t60000" is 60000人, "溢价率（单位：%）：20" is 20%.
 * The unit moves to the figure only when the figure is bare; one with a unit of its own
 * ("年产值（万元）：14.5亿元") keeps it, and a bracket that holds no unit is left where it is.
 */

const UNIT = '万元|亿元|千元|元|万美元|美元|万人|人|家|个|户|%|％|万';
/** A label's unit as its last words: "年产值（亿元）", "出口额(单位：万美元)", "人均年收入（元/人）", "产值/万元". */
const UNIT_AT_END = new RegExp(`^(.*?\\S)[ \\t]*(?:[（(【\\[][ \\t]*(?:单位[ \\t]*[:：]?[ \\t]*)?(${UNIT}|亿美元)(?:[/／]人)?[ \\t]*[)）】\\]]|[/／](${UNIT}|亿美元))[ \\t]*$`, 'u');
/** A figure written without a unit, "about" words around it allowed: "160", "1,450,000", "约95", "3.5左右". */
const BARE = /^((?:约|大约|大概|近|超过)?[ \t]*[\d０-９][\d０-９,，.．]*)([ \t]*(?:左右|多|余)?)$/u;

/** A label and the unit written in it ("年产值（亿元）" → 年产值, 亿元); the label alone when it holds none. */
export function labelUnit(label: string): { label: string; unit?: string } {
  const found = UNIT_AT_END.exec(label.trim());
  const unit = found?.[2] ?? found?.[3];
  return found?.[1] && unit ? { label: found[1], unit } : { label: label.trim() };
}

/** `value` with `unit` after its figure when the figure is bare ("160" → "160亿元"); any other value as it is. */
export function withUnit(value: string, unit: string | undefined): string {
  const bare = unit ? BARE.exec(value.trim()) : null;
  return bare?.[1] ? `${bare[1].replace(/[,，](?=[\d０-９]{3})/gu, '')}${unit}${bare[2] ?? ''}` : value;
}
/** Units a label may end on without brackets: "产值 万元：420000", "加工产值万元 38000" (one-character units would be words of it). */
const BARE_UNIT = '万元|亿元|千元|万美元|亿美元|美元|万人';
/** label（unit） or label unit, the separator (a table's bar too), a bare figure that ends there (a line, a clause, a cell, the message). */
const LABEL_UNIT = new RegExp(
  `(?<=\\p{Script=Han})[ \\t]*(?:[（(][ \\t]*(?:单位[ \\t]*[:：]?[ \\t]*)?(${UNIT})[ \\t]*[)）]|(${BARE_UNIT}))([ \\t]*[:：=|｜][ \\t]*|[ \\t]+)([\\d０-９][\\d０-９,，.．]*)(?=[ \\t]*(?:$|[\\r\\n；;。|｜]|[，,](?![\\d０-９])|[ \\t]{2,}))`,
  'gmu',
);

/** The message with each label's unit moved onto the bare figure after it. */
export function withLabelUnits(text: string): string {
  return text.replace(LABEL_UNIT, (_, bracketed: string | undefined, bare: string | undefined, separator: string, figure: string) => {
    const unit = bracketed ?? bare ?? '';
    // thousands separators go: "1,450,000" → "1450000万元"
    const digits = figure.replace(/[,，](?=[\d０-９]{3})/gu, '');
    return `${separator}${digits}${unit}`;
  });
}
