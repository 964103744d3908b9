import { describe, expect, it } from 'vitest';
import { findCorrection } from '../../src/nomination/extract.js';
import { relativeFigure } from '../../src/nomination/relative-figure.js';
import { resumeRequest } from '../../src/nomination/dialog/resume-request.js';
import { field, form } from './dialog-fixture.js';
import { stored } from './reading-helpers.js';

/** The v40 round: a figure given by another one, a field gone back to, a clause saying another field stays. */

describe('a figure given by another one', () => {
  const filled = { ...stored('annual_output_value', '28.5亿元'), ...stored('related_output_logistics', '2300万元'), ...stored('related_output_processing', '12.6亿元') };
  const given = (asked: string, text: string): [string, string] | undefined => {
    const found = relativeFigure(form, field(asked), filled, text);
    return found && [found.field.id, found.value.display];
  };
  it('is the figure above said again, or the one named', () => {
    expect(given('related_output_tourism', '同上')).toEqual(['related_output_tourism', '2300万元']);
    expect(given('related_output_tourism', '和物流一样')).toEqual(['related_output_tourism', '2300万元']);
  });
  it('is twice the figure said beside 翻了一番', () => {
    expect(given('income_per_employee', '比五年前翻了一番，五年前是2.1万')).toEqual(['income_per_employee', '4.2万元/人']);
    expect(given('authorized_users', '比去年翻了一番，去年是28家')).toEqual(['authorized_users', '56家']);
  });
  it('is a share of a filled figure the message names, for the other field it names or the one asked', () => {
    expect(given('export_value', '出口额占了产值的一成左右')).toEqual(['export_value', '2.85亿元']);
    expect(given('related_output_logistics', '加工的一半左右')).toEqual(['related_output_logistics', '6.3亿元']);
    expect(given('related_output_tourism', '出口占产值三成')).toEqual(['export_value', '8.55亿元']);
  });
  it('is nothing without a figure it surely starts from', () => {
    expect(given('export_value', '三成')).toBeUndefined();
    expect(given('export_value', '占产值三成，大概8亿')).toBeUndefined();
    expect(given('employees', '同上')).toBeUndefined();
  });
});

describe('a field gone back to', () => {
  it('is asked again', () => {
    expect(findCorrection(form, '回到产值那题', 'income_per_employee', {})).toEqual({ field: 'annual_output_value' });
    expect(findCorrection(form, '返回出口额那一项', 'income_per_employee', {})).toEqual({ field: 'export_value' });
  });
  it('is no product to resume', () => {
    expect(resumeRequest('回到产值那题')?.name).toBeUndefined();
  });
});

describe('a clause saying another field stays', () => {
  it('is no value of the field changed', () => {
    const filled = { ...stored('contact_name', '谭静'), ...stored('contact_phone', '13912345678') };
    expect(findCorrection(form, '联系人改一下，换成我同事刘一鸣，电话还是那个', 'contact_email', filled)).toEqual({ field: 'contact_name', value: '我同事刘一鸣' });
    expect(findCorrection(form, '联系人换成刘一鸣，电话不变', 'contact_email', filled)).toEqual({ field: 'contact_name', value: '刘一鸣' });
  });
});
