import type { FormField } from '../form.js';
import { EVERY_LEVEL, placeWords } from '../place-words.js';
import { findProvinces } from '../provinces.js';
import { fail, hasControlChars, ok, type ParseResult } from './result.js';
import { hasEmoji } from '../../text/emoji.js';
import { nameKindProblem, withoutNameLead } from '../name-kind.js';
import { withoutPlaceLabel } from '../place-label.js';

/**
 * Free text (names, regions, plans): trimmed, whitespace tidied, within the field's length
 * limits, and refused when it is empty, only punctuation/symbols/emoji, one character repeated,
 * carries control characters, or (for a short text) is only a word for nothing ("没有", "不清楚").
 */

const DEFAULT_MAX = { text: 100, longtext: 2000 } as const;
/** "没有", "不清楚": a word for nothing is no name, unit or category. */
const NOTHING = /^(?:还?没有的?|没|无|暂无|不知道|不清楚|不详|未知|待定|暂缺|空|没统计|不用填|不填)[。.!！~～]*$/u;

/** A figure in words with its measure ("贵一倍左右", "两万多人", "三个亿"): no digits, yet a figure all the same. */
const SPELLED_FIGURE = /[一二两三四五六七八九十百千万]+(?:个)?(?:倍|成(?![都品])|万|亿|元|块钱|人|家|户|吨|斤)/u;

/** Words that name a place or an area: a region holds at least one (or a province's name). */
const PLACE = new RegExp(placeWords(EVERY_LEVEL, '岛|境内|全境|辖|流域|山脉|盆地|师|农场|林场'), 'u');

/** A unit word after a determiner names no place of its own: "带动全市果农增收", "本县", "各乡镇". */
const DETERMINED_UNIT = /(?:全|本|该|我|各|整个|周边)(?:省|市|州|盟|县|区|旗|乡镇|镇|乡|村)/gu;
const namesPlace = (text: string): boolean => {
  const rest = text.replace(DETERMINED_UNIT, '');
  return PLACE.test(rest) || findProvinces(rest).length > 0;
};

const YEAR_OPENING = /^(?:19|20)\d{2}\s*年(?!\d)/u;
const CAPTION = /^([^：:，,。\n]{1,10})[：:]/u;
const REGION_CAPTION = /包括|包含|涵盖|范围|区域|地域|产地|区划|行政区/u;
/**
 * A report's line, not a region: one opening with a year ("2023年，湄潭县茶园面积…") or under a
 * caption that names no place ("年度总结：…"); a region's own caption ("范围包括：") is another matter.
 */
const isReportLine = (text: string): boolean => {
  const caption = CAPTION.exec(text)?.[1];
  return YEAR_OPENING.test(text) || (caption !== undefined && !REGION_CAPTION.test(caption) && !namesPlace(caption));
};

/** A body's name, and who registered or applied ("…蜜柚产业协会注册的"): never a region, though it opens with a place. */
const BODY = /(?:协会|学会|商会|联合会|促进会|研究会|合作社|联合社|公司|集团|中心|局|委员会|办公室|政府)(?:(?:注册|申请|申报|管理|负责)的?|的)?$/u;

/** A share, a sum, a weight or a head count ("占全县销售额的32%", "总产量3.1亿斤"): a report's figure, never part of a region. */
const MEASURED = /\d[\d.]*\s*(?:万|亿|千)?\s*(?:%|％|元|美元|吨|斤|公斤|千克|人|家|户)/u;

export function parseText(field: FormField, original: string, raw: string = original): ParseResult {
  if (hasControlChars(original)) return fail(field, 'control_chars');
  const long = field.type === 'longtext';
  const text = long
    ? withoutPlaceLabel(field, original.normalize('NFC').replace(/[ \t\u3000]+/gu, ' ').replace(/ *\r?\n */gu, '\n').replace(/\n{3,}/gu, '\n\n').trim())
    : withoutNameLead(field, original.normalize('NFC').replace(/[\s\u3000]+/gu, ' ').trim());
  if (!text) return fail(field, 'empty');
  const length = [...text].length;
  const max = field.maxLength ?? DEFAULT_MAX[long ? 'longtext' : 'text'];
  if (length > max) return fail(field, 'too_long', { length, max });
  if (hasEmoji(text)) return fail(field, 'emoji');
  if (!/[\p{L}\p{N}]/u.test(text)) return fail(field, 'no_content');
  if (!long && NOTHING.test(text)) return fail(field, 'nothing');
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  if ([...letters].length >= 2 && new Set(letters).size === 1) return fail(field, 'no_content');
  if (field.minLength !== undefined && length < field.minLength) return fail(field, 'too_short', { min: field.minLength });
  if (field.requireHan && !/\p{Script=Han}/u.test(text)) return fail(field, 'need_han');
  if (field.forbidDigits && (/\p{N}/u.test(text) || SPELLED_FIGURE.test(text))) return fail(field, 'no_digits');
  if (field.shape === 'place' && (!namesPlace(text) || isReportLine(text) || BODY.test(text.replace(/[。.!！]+$/u, '')) || MEASURED.test(text))) return fail(field, 'not_place');
  const notName = nameKindProblem(field, text);
  if (notName) return fail(field, notName);
  return ok({ raw, value: text, display: text });
}
