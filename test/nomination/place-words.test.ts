import { describe, expect, it } from 'vitest';
import { isProductName } from '../../src/nomination/dialog/product-name.js';
import { EVERY_LEVEL, PLACE_UNITS } from '../../src/nomination/place-words.js';
import { regionField } from '../../src/nomination/places.js';
import { provinceOfPlaces } from '../../src/nomination/provinces.js';
import { field, form } from './dialog-fixture.js';

/** One list of the words place names end with serves the province, region and product-name readers alike. */

const literal = (word: string): boolean => !/[.{]/u.test(word);
const UNITS = EVERY_LEVEL.flatMap((level) => PLACE_UNITS[level]).filter(literal);

describe('the place words shared by the readers', () => {
  it('make every place no product name, for the start reader', () => {
    const taken = UNITS.flatMap((unit) => ['旺苍', '阿拉善左', '大昌'].map((name) => `${name}${unit}`)).filter(isProductName);
    expect(taken).toEqual([]);
    expect(isProductName('兵团第一师')).toBe(false);
    expect(isProductName('景德镇瓷器')).toBe(true);
  });

  it('make a list of places of any level a region, for the region reader', () => {
    const missed = UNITS.filter((unit) => unit !== '省').filter((unit) => regionField(form, `内蒙古自治区阿拉善盟甲${unit}、乙${unit}现辖行政区域`) !== field('region'));
    expect(missed).toEqual([]);
  });

  it('let a place below the province name it, for the province reader, and no product', () => {
    const places: Array<[string, string]> = [['安徽宿州砀山县', '安徽省'], ['安徽宿州市', '安徽省'], ['安徽砀山县城关镇', '安徽省'], ['内蒙古阿拉善左旗', '内蒙古自治区'], ['湖北恩施州', '湖北省']];
    for (const [text, province] of places) expect(provinceOfPlaces(text), text).toBe(province);
    expect(provinceOfPlaces('宁夏枸杞的')).toBeUndefined();
  });
});
