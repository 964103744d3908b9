import type { Form, FormField } from './form.js';
import { provinceOfLeadingPlaces } from './gazetteer.js';
import { EVERY_LEVEL, placeWords } from './place-words.js';
import { findProvinces } from './provinces.js';
import { parseField } from './parsers/index.js';
import { labelOf } from './segment.js';
import type { FieldValue } from '../store/nomination-types.js';

/**
 * A region told whole ("青海省海西州德令哈市、格尔木市、都兰县、乌兰县现辖行政区域") is a list of places,
 * wherever it is sent: it goes to the field shaped for places, whole, not to the question asked
 * clause by clause; sent for the province question, the province it opens with answers that.
 */

/** What ends a region as the notices word it: "现辖行政区域", "全境", "境内", "等26个乡镇（街道）". */
const REGION_END = /(?:现辖的?|所辖的?|辖)?(?:行政区域|行政区划|全境|境内|辖区|范围内?|乡镇|街道)[）)]*[。.]?$/u;
/** …and what ends it only as a region is worded: "…现辖行政区域". */
const ADMINISTRATIVE_END = /行政区(?:域|划)[）)]*[。.]?$/u;
/** A place's name, with a note in brackets after it ("…乡镇（街道）"). */
const PLACE_END = new RegExp(`${placeWords(EVERY_LEVEL)}(?:[（(][^）)]*[）)])?$`, 'u');
const PIECES = /[、，,和及与]|以及/u;
const BRACKET_NOTE = /[（(][^）)]*[）)]/gu;

/** The field that holds places (`shape: place`), when `text` is a whole region: places parted by 、 or ending as a region does. */
export function regionField(form: Form, text: string): FormField | undefined {
  const field = form.fields.find((f) => f.shape === 'place');
  const line = text.trim();
  // (a labelled region, "保护范围海南省…", is read as labelled; this is one told without its label)
  if (!field || /[:：；;\n]/u.test(line) || labelOf(form, line).label !== undefined || !parseField(field, line).ok) return undefined;
  // (a note in brackets, "18个县（市、区）", parts no places)
  const pieces = line.replace(REGION_END, '').replace(BRACKET_NOTE, '').split(PIECES).filter((p) => p.trim());
  // ("大昌镇等26个乡镇（街道）": what follows 等 counts the places before it)
  const places = pieces.every((p) => PLACE_END.test(p.trim().replace(/等.*$/u, '')));
  // ("成都市郫都区现辖行政区域": ending as an approval words a region, it needs no province named)
  const worded = ADMINISTRATIVE_END.test(line);
  return places && (worded || ((REGION_END.test(line) || pieces.length >= 2) && findProvinces(line).length > 0)) ? field : undefined;
}

/** The province a region opens with ("安徽省砀山县…"), read for the province field; none when it names several. */
export function provinceOfRegion(province: FormField, region: FieldValue): { field: FormField; value: FieldValue } | undefined {
  const text = String(region.value);
  const named = findProvinces(text);
  // with no province named, the one its places all lie in ("苏州市相城区、昆山市…")
  const lying = named.length === 0 ? placesProvince(text) : undefined;
  if (!lying && (named.length !== 1 || findProvinces(text.slice(0, 8)).length !== 1)) return undefined;
  const parsed = parseField(province, lying ?? (named[0] as string));
  return parsed.ok ? { field: province, value: parsed.value } : undefined;
}

/** The one province every piece of a region opens in, by the gazetteer; none when pieces differ or none is known. */
function placesProvince(text: string): string | undefined {
  const found = new Set(
    text
      .split(/[、，,；;和及与]|以及/u)
      .map((piece) => provinceOfLeadingPlaces(piece.trim()))
      .filter((p): p is string => p !== undefined),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * `values` with the province the region among them lies in, when the draft has no province yet:
 * "地域范围：苏州市相城区…" says the product is Jiangsu's. A province given or stored stays.
 */
export function withProvinceOfRegion(form: Form, filled: Record<string, FieldValue>, values: Record<string, FieldValue>): Record<string, FieldValue> {
  const province = form.fields.find((f) => f.type === 'province');
  const region = form.fields.find((f) => f.shape === 'place');
  const given = region && values[region.id];
  if (!province || !given || province.id in filled || province.id in values) return values;
  const lying = provinceOfRegion(province, given);
  return lying ? { ...values, [province.id]: lying.value } : values;
}
