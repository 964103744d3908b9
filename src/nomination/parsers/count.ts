import type { FormField } from '../form.js';
import { APPROX_MID, perField, readFigure, refusal, type FigureKind } from './figure.js';
import { CONNECTOR, ownNames, words } from './lead-words.js';
import { plain, scaled } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/**
 * Counts of people or of firms: "1.2万人", "一千二百人", "两万多人", "1500余人", "350家企业",
 * "用标的企业和合作社一共58家", "从事枸杞种植和加工的有12万人左右". The measure word must be the
 * field's own: a count of people (unit 人) refuses "58家", a count of firms (unit 个) refuses "1.2万人".
 */

/** Measure words and the nouns of what is counted, by the field's unit. */
const PEOPLE: { measure: RegExp; nouns: string; generic?: string; doing?: RegExp } = {
  measure: /^(?:人|名|位|个人)/u,
  /** After the people counted, what they do: "三十六万人靠茶吃饭", "12万人从事枸杞产业" (never 人口 or 人次). */
  doing: /^(?:从事|参与|靠|在|干|搞|做|种|养|吃|务|投身|依托|依靠|围绕)[^\d]{0,10}$/u,
  nouns: '从业人员|从业者|从业人数|从业|人员|人数|农户|农民|农牧民|职工|员工|工人|劳动力|劳动者|群众|种植户|养殖户|茶农|果农|菜农|椒农|药农|渔民|牧民|就业',
};
const FIRMS: typeof PEOPLE = {
  measure: /^(?:家|个|户|所)/u,
  nouns:
    '企业|合作社|专业合作社|市场主体|经营主体|主体|家庭农场|农场|养殖场|加工厂|公司|单位|商户|经营户|个体户|协会|' +
    '获准|核准|许可|授权|批准|使用|专用标志|地理标志|标志|商标|集体商标|证明商标|数量',
  /** Households are firms only where the field is named: "授权使用的牧户和企业共126家", not "带动养殖户1.2万户". */
  generic: '农户|牧户|养殖户|种植户|大户',
};
/** "从事枸杞种植和加工的（人）有…", "养殖和加工的从业人员…", "种葱的四万出头": who is engaged in the trade. */
const ENGAGED = words('从事[^\\d,:;。]{1,20}?的|[^\\d,:;。]{1,16}?的(?=从业)|(?:种|养|做|干|搞|卖|采|加工|经营|生产)[^\\d,:;。的]{0,8}的');
const DEFAULT_MAX = 1e9;

const makeKind = (field: FormField): FigureKind => {
  const { measure, nouns, generic, doing } = field.unit === '个' ? FIRMS : PEOPLE;
  // "350家企业", "150多家企业用标": what is counted, and the field's own name after it
  const trailing = new RegExp(`^(?:${nouns})(?:(?:${CONNECTOR.pattern})(?:${nouns}))*${ownNames(field).pattern}?`, 'u');
  return {
    lead: [words(nouns), CONNECTOR, ...(generic ? [words(generic, 'generic')] : []), ...(field.unit === '个' ? [] : [ENGAGED])],
    after: (rest) => {
      let text = rest;
      let approximate = false;
      const take = (re: RegExp, approx = false): void => {
        const m = re.exec(text);
        if (!m) return;
        text = text.slice(m[0].length);
        approximate ||= approx;
      };
      take(APPROX_MID, true);
      const counted = measure.exec(text) !== null;
      take(measure);
      take(APPROX_MID, true);
      take(trailing);
      if (counted && doing) take(doing);
      return text === '' ? { approximate } : undefined;
    },
  };
};

/** Made once per field: its lead-in words are compiled once per kind. */
const kindFor = perField(makeKind);

const NONE = /^(?:无|没有|暂无)$/u;

export function parseCount(field: FormField, input: string, raw: string): ParseResult {
  // "无" says there is none, which a required figure (the output, the head count) never is; "0" is a figure
  if (NONE.test(input.trim())) return field.required ? fail(field, 'nothing') : done(field, raw, 0, false);
  if (/^(?:零|0)$/u.test(input.trim())) return done(field, raw, 0, false);
  const figure = readFigure(field, input, kindFor(field));
  if (!figure) return refusal(field, input, field.unit === '个' ? 'firms' : 'people', 'not_count');
  const rounded = Number(figure.value.toPrecision(12));
  if (!Number.isInteger(rounded)) return fail(field, 'not_integer', { number: plain(rounded) });
  if (field.min !== undefined && rounded < field.min) return fail(field, 'below_min', { min: field.min });
  const max = field.max ?? DEFAULT_MAX;
  if (rounded > max) return fail(field, 'above_max', { value: `${scaled(rounded)}${unitOf(field)}`, max: `${scaled(max)}${unitOf(field)}` });
  return done(field, raw, rounded, figure.approximate);
}

const unitOf = (field: FormField): '人' | '个' => (field.unit === '个' ? '个' : '人');

function done(field: FormField, raw: string, value: number, approximate: boolean): ParseResult {
  const unit = unitOf(field);
  const display = `${approximate ? '约' : ''}${scaled(value)}${field.displayUnit ?? unit}`;
  return ok(approximate ? { raw, value, unit, approximate, display } : { raw, value, unit, display });
}
