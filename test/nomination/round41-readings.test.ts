import { describe, expect, it } from 'vitest';
import { read } from './reading-helpers.js';

/** The v41 round: a product named after a county whose name opens like "the whole prefecture", a premium said as a half. */

describe('a product named after a county called 全州 or the like', () => {
  it('is the product, though 全州 / 全县 before a unit word otherwise points at a place', () => {
    expect(read('gi_name', '全州禾花鱼')).toEqual({ gi_name: '全州禾花鱼' });
    expect(read('gi_name', '全州香米，广西的，集体商标')).toEqual({
      gi_name: '全州香米',
      province: '广西壮族自治区',
      protection_type: '作为集体商标注册的地理标志',
    });
  });
  it('is no product when the determiner points at a place that is no county\'s name', () => {
    expect(read('gi_name', '全县从事种植的')).not.toHaveProperty('gi_name');
  });
});

describe('a premium said as a half or a whole again, with no numeral', () => {
  it('goes to the premium while a name is asked, never into the name', () => {
    expect(read('gi_name', '价钱比普通草鱼高出一半')).toEqual({ sales_premium: 50 });
    expect(read('applicant', '卖得比一般的贵一倍左右')).toEqual({ sales_premium: 100 });
  });
});
