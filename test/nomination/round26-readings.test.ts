import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { readMessage } from '../../src/nomination/reading.js';
import { field, form } from './dialog-fixture.js';
import { read, stored } from './reading-helpers.js';

describe('a demonstrative after the product named in a start request', () => {
  it('points at the name and is no part of it', () => {
    const said: Array<[string, string]> = [
      ['地标申报，文昌鸡这个', '文昌鸡'],
      ['我要报地标，庆元香菇那个产品', '庆元香菇'],
      ['申报名录 五常大米这款', '五常大米'],
      ['想报个重点联系名录，郫县豆瓣这一个', '郫县豆瓣'],
    ];
    for (const [text, name] of said) expect(globalIntent(text), text).toMatchObject({ kind: 'start', name });
  });
  it('alone names nothing', () => {
    for (const text of ['帮我报一下这个', '想报名录，这个']) expect(globalIntent(text), text).not.toHaveProperty('name');
  });
});

describe('a table of label/value rows with a note column', () => {
  const lines = ['| 项目 | 数值 | 备注 |', '| 年产值 | 约96亿元 | 含育苗 |', '| 从业人员 | 4万余人 | 含加工 |', '| 授权企业 | 142家 | 截至2022年底 |'];
  const expected = { annual_output_value: 9_600_000_000, employees: 40_000, authorized_users: 142 };
  it('reads each row as its label and value, on lines or run together on one line', () => {
    expect(read('region', `报告里的表：\n${lines.join('\n')}`)).toEqual(expected);
    expect(read('region', `报告里的表：${lines.join('')}`)).toEqual(expected);
    expect(read('region', lines.map((l) => l.replace(/^\| | \|$/gu, '').replace(/ \| /gu, '\t')).join('\n'))).toEqual(expected);
  });
  it('quotes the notes back as not understood, and never the header', () => {
    const unread = readMessage(form, {}, field('region'), lines.join('\n')).unread;
    expect(unread).toEqual(expect.arrayContaining(['含育苗', '含加工', '截至2022年底']));
    expect(unread.join('')).not.toMatch(/项目|数值/u);
  });
  it('is left as typed when two columns hold values (which one is meant is no guess)', () => {
    const twoYears = ['| 项目 | 2022年 | 2023年 |', '| 年产值 | 90亿元 | 96亿元 |', '| 从业人员 | 3.8万人 | 4万人 |'].join('\n');
    expect(read('region', twoYears)).not.toHaveProperty('annual_output_value', 9_000_000_000);
  });
});

describe('a value the table had, then what it is on checking', () => {
  const filled = { ...stored('authorized_users', '142家'), ...stored('annual_output_value', '96亿元') };
  it('corrects the field that holds the old value', () => {
    const said: Array<[string, string, string]> = [
      ['授权企业刚才表里是142，核对后应该是138家', 'authorized_users', '138家'],
      ['表里是142，其实是138', 'authorized_users', '138'],
      ['刚才是142 查了下其实是138家', 'authorized_users', '138家'],
      ['产值表上是96亿，核实后是95亿', 'annual_output_value', '95亿'],
      ['用标主体写的142，其实是138家', 'authorized_users', '138家'],
    ];
    for (const [text, id, value] of said) expect(findCorrection(form, text, 'support_measures', filled), text).toEqual({ field: id, value });
  });
  it('changes nothing when the old value is no value the draft holds and no field is named', () => {
    expect(findCorrection(form, '表里是150，其实是138', 'support_measures', filled)).toBeUndefined();
  });
});

describe('the name asked, said as what the product is called', () => {
  it('is the name whatever points at the product', () => {
    for (const text of ['我们的地标产品叫平和琯溪蜜柚', '我们的产品叫平和琯溪蜜柚', '这个地标产品叫平和琯溪蜜柚', '咱们这个产品名字叫平和琯溪蜜柚']) {
      expect(read('gi_name', text), text).toEqual({ gi_name: '平和琯溪蜜柚' });
    }
  });
});

describe('the category said with its own verb', () => {
  it('is what follows 属于, whatever the subject', () => {
    for (const [text, category] of [['人参属于中药材', '中药材'], ['马铃薯属于蔬菜', '蔬菜'], ['我们这个属于调味品', '调味品'], ['黄桃属于水果', '水果']] as const) {
      expect(read('product_category', text), text).toEqual({ product_category: category });
    }
  });
});
