import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsTheProduct } from '../../src/nomination/dialog/answers-opening.js';
import { documentHeading } from '../../src/nomination/dialog/document-heading.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { fieldAtItem, isLayoutHeader, withoutSerialCells, withUnitCellsJoined } from '../../src/nomination/table-layout.js';
import { headerRow, underHeader } from '../../src/nomination/header-row.js';
import { isDeferral } from '../../src/nomination/none-answer.js';
import { isCourtesy, withoutCourtesyTail } from '../../src/nomination/person-name.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));
const read = (asked: string | undefined, text: string, filled: Record<string, FieldValue> = {}): Record<string, unknown> =>
  plain(readMessage(form, filled, asked ? field(asked) : undefined, text).values);
const headingOf = (text: string): string | undefined => {
  const heading = documentHeading(form, text);
  return heading && (heading.kind === 'field' ? heading.field.id : heading.kind === 'section' ? `section:${heading.words}` : 'layout');
};

describe("another field's answer after the category's lead word", () => {
  it('reads a province after 属于 as the province', () => {
    expect(read('gi_name', '我们申报的是富平柿饼，属于陕西省，保护类型是地理标志产品')).toEqual({ gi_name: '富平柿饼', province: '陕西省', protection_type: '地理标志产品' });
  });
  it('reads a protection type after 属于 as the protection type', () => {
    expect(read('gi_name', '富平柿饼，属于地理标志产品')).toEqual({ gi_name: '富平柿饼', protection_type: '地理标志产品' });
  });
  it('still reads a category after 属于', () => {
    expect(read('product_category', '属于干果')).toEqual({ product_category: '干果' });
  });
});

describe('courtesy beside an answer', () => {
  it.each(['您好', '麻烦了', '麻烦您记一下', '谢谢您。'])('"%s" is courtesy', (text) => {
    expect(isCourtesy(text)).toBe(true);
  });
  it('drops thanks closing a free text', () => {
    expect(withoutCourtesyTail('陕西省渭南市富平县现辖行政区域，谢谢您。')).toBe('陕西省渭南市富平县现辖行政区域');
    expect(read('region', '陕西省渭南市富平县现辖行政区域 麻烦了 谢谢')).toEqual({ region: '陕西省渭南市富平县现辖行政区域' });
  });
  it('keeps a free text whose last clause says more than thanks', () => {
    expect(withoutCourtesyTail('设立专项资金，感谢省局支持下建成检测中心')).toBe('设立专项资金，感谢省局支持下建成检测中心');
  });
});

describe('words before a name', () => {
  it.each([
    ['这次报富平柿饼', 'gi_name', '富平柿饼'],
    ['今年报富平柿饼', 'gi_name', '富平柿饼'],
    ['全称是富平县柿子产业协会', 'applicant', '富平县柿子产业协会'],
  ])('"%s" is the name alone', (text, id, value) => {
    expect(read(id, text)).toEqual({ [id]: value });
  });
});

describe('a spoken run with its copulas', () => {
  it('parts name, province, protection type and number joined by 是 and 属于', () => {
    expect(read('gi_name', '我们报的是富平柿饼是陕西省的属于地理标志产品批准公告号是2009年第61号')).toEqual({
      gi_name: '富平柿饼',
      province: '陕西省',
      protection_type: '地理标志产品',
      registration_no: '2009年第61号',
    });
  });
});

describe('corrections said in more ways', () => {
  const stored = { registration_no: { raw: '1234567', value: '1234567', display: '1234567' } };
  it.each([
    ['注册号漏了一位 完整的是12345678', 'registration_no', '12345678'],
    ['产值还是按4.1亿报吧 把鲜果也算上', 'annual_output_value', '4.1亿'],
    ['上面品类打错字了 干果', 'product_category', '干果'],
    ['从业人员那个数是去年的，今年统计是6.8万人', 'employees', '6.8万人'],
  ])('"%s" corrects the field it names', (text, id, value) => {
    expect(findCorrection(form, text, undefined, stored)).toEqual({ field: id, value });
  });
  it('reads a field said to be last year\'s as a statement, not a correction', () => {
    expect(findCorrection(form, '产值是去年的')).toBeUndefined();
  });
});

describe('a phone number taken back', () => {
  it('gives way whole to the one said instead', () => {
    expect(read('contact_name', '联系人王芳，电话0913-6221547，不对不对，那是办公室座机，电话写我手机13976031284')).toEqual({
      contact_name: '王芳',
      contact_phone: '13976031284',
    });
  });
});

describe("a pasted row naming the product under the writer's own label", () => {
  it.each(['品名\t富平柿饼', '品名：富平柿饼', '报的产品：富平柿饼'])('"%s" opens the form', (text) => {
    expect(labelsTheProduct(form, text)).toBe(true);
  });
  it('is no opening when it asks', () => {
    expect(labelsTheProduct(form, '品名是啥')).toBe(false);
  });
});

describe("a document's heading sent alone", () => {
  it.each([
    ['（七）产品类别', 'product_category'],
    ['1.年产值', 'annual_output_value'],
    ['三、已采取的扶持措施：', 'support_measures'],
    ['4.获准使用地理标志的市场主体数量', 'authorized_users'],
  ])('"%s" names its field', (text, id) => {
    expect(headingOf(text)).toBe(id);
  });
  it('takes a numbered heading in words of its own, unless free text is asked', () => {
    expect(documentHeading(form, '7. 用标企业数量', field('employees'))).toEqual({ kind: 'field', field: field('authorized_users') });
    expect(documentHeading(form, '2.提高从业人员收入', field('support_measures'))).toBeUndefined();
  });
  it.each(['一、基本情况', '二、产业发展情况', '五、联系人及联系方式'])('"%s" opens a section', (text) => {
    expect(headingOf(text)).toMatch(/^section:/u);
  });
  it.each(['1、茶叶', '茶叶', '年产值：23.5亿', '产品类别是茶叶', '相关产业产值'])('"%s" is no heading', (text) => {
    expect(headingOf(text)).toBeUndefined();
  });
});

describe('a remark that the rest is not at hand', () => {
  it.each(['先这些，剩下的表里没有', '材料里就这些数，剩下的我问下农业农村局再来补'])('"%s" puts the answer off', (text) => {
    expect(isDeferral(text)).toBe(true);
  });
  it('is no deferral inside measures that say more', () => {
    expect(isDeferral('市里出台扶持办法，剩下的县里再补充完善')).toBe(false);
  });
});

describe('a figure reached, in a report', () => {
  it("reads the field named after 实现", () => {
    expect(read('annual_output_value', '2023年，富平柿饼产业实现总产值42亿元，其中出口创汇3800万美元')).toEqual({ annual_output_value: 4_200_000_000, export_value: 38_000_000 });
  });
  it('reads no figure of a plan', () => {
    expect(read('annual_output_value', '明年力争实现产值50亿元')).toEqual({});
  });
});

describe("a pasted table's layout", () => {
  it.each([
    ['13\t从业人员（人）\t81500', '从业人员（人）\t81500'],
    ['8  年产值（亿元）  68.5', '年产值（亿元）  68.5'],
    ['18 明年打算 新增用标企业8家', '明年打算 新增用标企业8家'],
  ])('drops the serial number of "%s"', (text, rest) => {
    expect(withoutSerialCells(form, text)).toBe(rest);
  });
  it.each(['30 家', '1、茶叶', '13 从业人员'])('keeps "%s" as typed', (text) => {
    expect(withoutSerialCells(form, text)).toBe(text);
  });
  it('reads the row without its serial number', () => {
    expect(read('annual_output_value', withoutSerialCells(form, '13\t从业人员（人）\t81500'))).toEqual({ employees: 81_500 });
  });
  it.each(['序号\t项目\t内容', '序号  指标名称  数值'])('"%s" is a header of the layout only', (text) => {
    expect(isLayoutHeader(text)).toBe(true);
    expect(headingOf(text)).toBe('layout');
  });
  it('is no layout header when a column names a field', () => {
    expect(isLayoutHeader('序号\t年产值')).toBe(false);
  });
  it.each([
    ['第14项', 'income_per_employee'],
    ['第（四）项', 'registration_no'],
    ['序号13那行', 'employees'],
  ])('"%s" is the form\'s item of that number', (phrase, id) => {
    expect(fieldAtItem(form, phrase)?.id).toBe(id);
  });
  it.each(['第30项', '第一批'])('"%s" names no item', (phrase) => {
    expect(fieldAtItem(form, phrase)).toBeUndefined();
  });
  it.each(['下面是第二部分', '第三部分：'])('"%s" opens a part', (text) => {
    expect(headingOf(text)).toMatch(/^section:第/u);
  });
});

describe('corrections that point back', () => {
  const stored: Record<string, FieldValue> = {
    employees: { raw: '815000', value: 815_000, display: '81.5万人' },
    export_value: { raw: '310万美元', value: 3_100_000, display: '310万美元' },
  };
  it('reads an item number as the field with that number', () => {
    expect(findCorrection(form, '第14项抄错了，应该是53200元')).toEqual({ field: 'income_per_employee', value: '53200元' });
  });
  it("prefers a field named with its value over an item number, which may be the writer's own row", () => {
    expect(findCorrection(form, '第1项抄错了，年产值应该是218.5亿元')).toEqual({ field: 'annual_output_value', value: '218.5亿元' });
  });
  it.each([
    ['序号13那行多打了个零', 'employees', '81500'],
    ['从业人数多打了一个0', 'employees', '81500'],
    ['出口额少写了个零', 'export_value', '31000000'],
  ])('"%s" fixes the zeros of the stored figure', (text, id, value) => {
    expect(findCorrection(form, text, undefined, stored)).toEqual({ field: id, value });
  });
  it('fixes no zeros of a field with no figure stored', () => {
    expect(findCorrection(form, '加工产值多打了个零', undefined, stored)).toBeUndefined();
  });
  it.each([
    ['出口创汇写成去年的了，今年是3350万美元', 'export_value', '3350万美元'],
    ['等下，从业人员那个数是十五万七千人，更新一下', 'employees', '十五万七千人'],
  ])('"%s" corrects the field it is about', (text, id, value) => {
    expect(findCorrection(form, text)).toEqual({ field: id, value });
  });
});

describe('talk about sending or finding the data', () => {
  it('is no product name', () => {
    expect(read('gi_name', '我从表里复制哈，一行一行发')).toEqual({});
  });
  it('is no measures text', () => {
    expect(isDeferral('稍等我找一下措施那段')).toBe(true);
  });
});

describe('a report paragraph pasted after words that send it', () => {
  it('drops the lead-in before its colon and reads the figures', () => {
    expect(read('annual_output_value', '我把年度总结里那一段贴过来：2023年 富平柿饼产业实现总产值42亿元 其中出口创汇3800万美元')).toEqual({
      annual_output_value: 4_200_000_000,
      export_value: 38_000_000,
    });
  });
  it('ends a clause at a space after an area or a weight', () => {
    expect(read('annual_output_value', '全县柿子种植面积30.2万亩 总产量52万吨 实现产值41.6亿元')).toEqual({ annual_output_value: 4_160_000_000 });
  });
});

describe('table rows with more columns', () => {
  it('joins a unit in a cell of its own to the figure', () => {
    expect(withUnitCellsJoined('年产值\t52.3\t亿元\t2022年度')).toBe('年产值\t52.3亿元\t2022年度');
    expect(read('export_value', withUnitCellsJoined('出口额\t3860\t万美元\t海关口径'))).toEqual({ export_value: 38_600_000 });
  });
  it('reads a field and its value in two cells as a pair, not a header', () => {
    expect(headerRow(form, '地域范围\t江西省上饶市婺源县现辖行政区域')).toBeUndefined();
  });
  it('keeps a header with a serial-number column, and reads the row under it without its number', () => {
    const header = headerRow(form, '序号\t地理标志名称\t所在省份\t产品类别');
    expect(header).toEqual(['地理标志名称', '所在省份', '产品类别']);
    expect(underHeader(header ?? [], '1\t富平柿饼\t陕西省\t干果')).toBe('地理标志名称\t所在省份\t产品类别\n富平柿饼\t陕西省\t干果');
  });
  it('takes households for neither people nor market players', () => {
    expect(read('employees', '从业农户\t3200户')).toEqual({});
    expect(read('employees', '从事柿子种植的人员约20万人，其中种植户4.5万户')).toEqual({ employees: 200_000 });
  });
  it('reads a report of figures reached as figures, not as measures', () => {
    expect(read('annual_output_value', '2022年全县柿子种植面积12.6万亩，实现年产值23.5亿元；带动加工业产值4.2亿元，举办柿子节接待游客36万人次，旅游收入1.1亿元')).toEqual({
      annual_output_value: 2_350_000_000,
      related_output_processing: 420_000_000,
      related_output_tourism: 110_000_000,
    });
  });
  it('reads e-commerce and cold chain as logistics, as the form names it', () => {
    expect(read('annual_output_value', '冷链物流、电商快递产值约6.2亿元')).toEqual({ related_output_logistics: 620_000_000 });
  });
  it('corrects a row by its number with the unit said apart', () => {
    expect(findCorrection(form, '序号8那一行的数改成45.3，单位还是亿元')).toEqual({ field: 'annual_output_value', value: '45.3亿元' });
  });
});

describe('talk that is no value', () => {
  it.each(['直接从表格里贴，格式可能有点乱', '去年报过一回没选上，我把去年那份申报表的内容贴过来'])('"%s" names no product', (text) => {
    expect(read('gi_name', text)).toEqual({});
  });
  it("takes a field's own name for no person", () => {
    expect(read('contact_name', '物流、旅游这两项去年就没填，今年也没有数据')).toEqual({});
  });
  it('reads the category after 应该算', () => {
    expect(read('province', '类别应该算调味品吧')).toEqual({ product_category: '调味品' });
  });
});

describe('through the dialog, round 19', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it("asks the field a heading names, and stores the next message there", async () => {
    const user = 'u19-heading';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('富平柿饼');
    await env.chat.as(user).says('一、基本情况').expectReply(/基本情况/u);
    expect(env.current(user)?.id).toBe('province');
    await env.chat.as(user).says('（七）产品类别').expectReply(/产品类别/u);
    expect(env.current(user)?.id).toBe('product_category');
    await env.chat.as(user).says('干果');
    expect(env.draft(user)?.fields).toMatchObject({ product_category: { value: '干果' } });
    expect(env.draft(user)?.fields).not.toHaveProperty('province');
  });

  it("opens the form at a pasted form's first heading", async () => {
    const user = 'u19-first-heading';
    await env.chat.as(user).says('一、地理标志名称');
    expect(env.current(user)?.id).toBe('gi_name');
    await env.chat.as(user).says('富平柿饼');
    expect(env.draft(user)?.fields).toMatchObject({ gi_name: { value: '富平柿饼' } });
  });

  it('does not answer thanks with "not understood"', async () => {
    const user = 'u19-thanks';
    await env.chat.as(user).says('/申报');
    const replies = await env.chat.as(user).says('富平柿饼，麻烦了');
    expect(replies.join('\n')).not.toMatch(/没能识别/u);
    expect(env.draft(user)?.fields).toMatchObject({ gi_name: { value: '富平柿饼' } });
  });
});
