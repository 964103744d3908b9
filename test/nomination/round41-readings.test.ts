import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { withSharesOfFiguresRead } from '../../src/nomination/relative-figure.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';
import { plain, read, stored } from './reading-helpers.js';

/** The v41 round: a product named after a county whose name opens like "the whole prefecture", a premium said as a half, a share inside a paragraph. */

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

describe('a share said in a clause of a message that gave the figure it is of', () => {
  const shares = (asked: string, text: string, filled: Record<string, FieldValue> = {}): Record<string, unknown> =>
    plain(withSharesOfFiguresRead(form, filled, readMessage(form, filled, field(asked), text)).values);
  it('is worked out from that figure for the open field the clause names', () => {
    expect(shares('annual_output_value', '这几年发展不错，去年产值5.6亿元，比前年多了一些。出口额占了两成左右，主要销往东南亚。')).toMatchObject({
      annual_output_value: 560000000,
      export_value: 112000000,
    });
  });
  it('is left unread when two figures of its type were given, or the field is filled', () => {
    expect(shares('annual_output_value', '去年产值5.6亿元，加工产值1.2亿元，出口额占了两成左右')).not.toHaveProperty('export_value');
    expect(shares('annual_output_value', '去年产值5.6亿元，出口额占了两成左右', stored('export_value', '3000万元'))).not.toHaveProperty('export_value');
  });
});
