import { describe, expect, it } from 'vitest';
import { findCorrection, findCorrections } from '../../src/nomination/extract.js';
import { form } from './dialog-fixture.js';
import { read, stored } from './reading-helpers.js';

/** The v39 round: who reported a figure and what it is counted over, a unit before a contact's name, two values swapped, a zero too many in the figure above. */

describe('who reported a figure, and what it is counted over', () => {
  it('label nothing: the figure answers the field asked or the one named before them', () => {
    expect(read('related_output_processing', '加工的话，他们报的是2.3亿左右')).toEqual({ related_output_processing: 230_000_000 });
    expect(read('authorized_users', '协会那边给的数是38家')).toEqual({ authorized_users: 38 });
    expect(read('income_per_employee', '按全部从业人员算，4.5万')).toEqual({ income_per_employee: 45_000 });
  });
  it('leave a field named after them read as its own', () => {
    expect(read('income_per_employee', '县里说加工产值2.3亿')).toEqual({ related_output_processing: 230_000_000 });
  });
});

describe('a unit before a contact’s name', () => {
  it('is no part of the name', () => {
    expect(read('contact_name', '联系人是封丘县市场监管局赵红霞，手机13937310582')).toEqual({ contact_name: '赵红霞', contact_phone: '13937310582' });
    expect(read('contact_name', '市场监管局 赵红霞')).toEqual({ contact_name: '赵红霞' });
  });
});

describe('two values said to be swapped', () => {
  const filled = { ...stored('annual_output_value', '1.8亿元'), ...stored('export_value', '42亿元') };
  it('change places', () => {
    expect(findCorrections(form, '产值和出口额写反了', 'income_per_employee', filled)).toEqual([
      { field: 'annual_output_value', value: '42亿元' },
      { field: 'export_value', value: '1.8亿元' },
    ]);
  });
  it('only between two filled fields of one type', () => {
    expect(findCorrections(form, '产值和从业人数写反了', 'income_per_employee', { ...filled, ...stored('employees', '2万人') })).toEqual([]);
    expect(findCorrections(form, '产值和物流写反了', 'income_per_employee', filled)).toEqual([]);
  });
});

describe('a zero too many in the figure above', () => {
  it('is taken off the figure answered just before the question asked', () => {
    const filled = { ...stored('annual_output_value', '3.5亿元'), ...stored('employees', '230000人') };
    expect(findCorrection(form, '不对 上面那个数多写了个零', 'income_per_employee', filled)).toEqual({ field: 'employees', value: '23000' });
    expect(findCorrection(form, '产值多写了个零', 'income_per_employee', filled)).toEqual({ field: 'annual_output_value', value: '35000000' });
  });
});
