import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { readMessage } from '../../src/nomination/reading.js';
import { parseField } from '../../src/nomination/parsers/index.js';
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

describe('the answers after a start request', () => {
  it('are read as typed: brackets, widths and stops kept', () => {
    expect(globalIntent('我要申报名录，赣南脐橙，保护范围：江西省赣州市18个县（市、区）现辖行政区域')).toMatchObject({
      name: '赣南脐橙',
      rest: '保护范围：江西省赣州市18个县（市、区）现辖行政区域',
    });
    expect(globalIntent('我要报名录，郫县豆瓣，四川，年产值３．５亿')).toMatchObject({ name: '郫县豆瓣', rest: '四川，年产值３．５亿' });
  });
  it('part clauses where a bracket of the request closes among them', () => {
    expect(globalIntent('申报五常大米（黑龙江），年产值（亿元）：120')).toMatchObject({ name: '五常大米', rest: '黑龙江，年产值（亿元）：120' });
  });
  it('after a label are its value, never the product', () => {
    const intent = globalIntent('想报名录😊，扶持措施：设立专项资金，建设基地。');
    expect(intent).toMatchObject({ kind: 'start', rest: '扶持措施：设立专项资金，建设基地' });
    expect(intent).not.toHaveProperty('name');
  });
});

describe('a region', () => {
  it('names a place of its own, not one pointed at by 全/本/各', () => {
    for (const text of ['带动全市近百万果农增收', '全市从事葡萄种植', '本县各乡镇']) expect(parseField(field('region'), text).ok, text).toBe(false);
    for (const text of ['湄潭县全县', '平和县全境', '山东省烟台市现辖行政区域']) expect(parseField(field('region'), text).ok, text).toBe(true);
  });
});

describe("a product's name", () => {
  it('never opens with an everyday act or with 全市', () => {
    for (const text of ['全市从事葡萄种植', '从事养殖', '带动农户增收', '实现销售收入']) expect(parseField(field('gi_name'), text).ok, text).toBe(false);
  });
  it('may open with a place the dictionary tags as a verb', () => {
    for (const text of ['互助青稞酒', '兴化大米', '奉节脐橙', '安化黑茶', '抚松人参', '吐鲁番葡萄']) expect(parseField(field('gi_name'), text).ok, text).toBe(true);
  });
});

describe('a report paragraph pasted while the name is asked', () => {
  it('gives its figures and never a list item as the name', () => {
    const text = '2023年，吐鲁番市葡萄种植面积达55.6万亩，葡萄产业年产值68.3亿元，其中葡萄干等加工产值21亿元，全市从事葡萄种植、晾制、销售的人员约15.8万人。';
    const values = read('gi_name', text);
    expect(values).toMatchObject({ annual_output_value: 6_830_000_000, related_output_processing: 2_100_000_000, employees: 158_000 });
    expect(values).not.toHaveProperty('gi_name');
  });
  it('keeps a list of those who do something with the figure it qualifies', () => {
    expect(read('gi_name', '从事养殖、加工、销售的人员3.6万人')).toEqual({ employees: 36_000 });
  });
});

describe("a whole chain's output with the product's own after 其中", () => {
  it("gives the product's own", () => {
    expect(read('region', '全产业链产值超过1000亿元，其中苹果年产值386亿元，出口创汇2.85亿美元')).toMatchObject({ annual_output_value: 38_600_000_000 });
  });
  it("keeps the total when the part is one town's", () => {
    expect(read('region', '年产值15亿元，其中城关镇年产值8亿元')).toEqual({ annual_output_value: 1_500_000_000 });
  });
});

describe('the contact under the label 联络员', () => {
  it('is the contact person', () => {
    expect(read('support_measures', '联络员 罗建平 0879-2123456')).toMatchObject({ contact_name: '罗建平', contact_phone: '0879-2123456' });
  });
});

describe('two protection types named in one clause', () => {
  it('choose neither', () => {
    for (const text of ['我们既有证明商标也有地标产品保护', '证明商标和地理标志产品都有']) expect(read('protection_type', text), text).not.toHaveProperty('protection_type');
  });
  it('leave one named inside the other as that one', () => {
    expect(read('protection_type', '是地理标志证明商标')).toEqual({ protection_type: '作为证明商标注册的地理标志' });
  });
});

describe('a figure labelled after who it counts', () => {
  it('is labelled by the field name after 的', () => {
    expect(read('gi_name', '年产值达45亿元，从事养殖、销售、餐饮的从业人员3.6万余人')).toEqual({ annual_output_value: 4_500_000_000, employees: 36_000 });
  });
  it('labels nothing in a plan', () => {
    expect(read('gi_name', '计划新增的用标企业20家')).toEqual({});
  });
});

describe("a report's line sent while the region is asked", () => {
  it('is no region', () => {
    for (const text of ['年度总结：2023年，湄潭县茶园面积60万亩', '2023年，湄潭县茶园面积60万亩']) expect(parseField(field('region'), text).ok, text).toBe(false);
  });
  it("leaves a region under a place's or a range's own caption", () => {
    for (const text of ['范围包括：湄潭县、凤冈县', '湄潭县：全县15个镇']) expect(parseField(field('region'), text).ok, text).toBe(true);
  });
});

describe('pairs parted by a tab within and a space between', () => {
  it("keep an officer's own label out of the value before it", () => {
    const text = '申请人\t普洱市茶叶和咖啡产业发展中心 主管部门\t普洱市市场监督管理局 产品类别\t茶叶';
    const reading = readMessage(form, {}, field('gi_name'), text);
    expect(reading.values.applicant?.value).toBe('普洱市茶叶和咖啡产业发展中心');
    expect(reading.values.product_category?.value).toBe('茶叶');
    expect(reading.unread).toEqual(['主管部门：普洱市市场监督管理局']);
  });
  it('read every pair when all labels are the form’s', () => {
    expect(read('gi_name', '品名\t烟台苹果 省份\t山东 类型\t证明商标 商标注册号\t1571207 注册人\t烟台市苹果协会 品类\t水果')).toEqual({
      gi_name: '烟台苹果',
      province: '山东省',
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '1571207',
      applicant: '烟台市苹果协会',
      product_category: '水果',
    });
  });
});

describe('a value of a filled field, said while another is asked', () => {
  it('is asked about, never stored over the old one', () => {
    const reading = readMessage(form, stored('protection_type', '地理标志产品'), field('registration_no'), '那填证明商标吧，注册号是1548331');
    expect(reading.values).toHaveProperty('registration_no');
    expect(reading.values).not.toHaveProperty('protection_type');
    expect(reading.conflicts.protection_type?.value).toBe('作为证明商标注册的地理标志');
  });
  it('is asked about from a text question too', () => {
    expect(readMessage(form, stored('product_category', '茶叶'), field('gi_name'), '水果').conflicts.product_category?.value).toBe('水果');
  });
});

describe('figures said one after another while free text is asked', () => {
  it('are read as their fields and the free text stays empty', () => {
    expect(read('next_year_plan', '比外地猕猴桃贵百分之四十左右 人均一年四万二')).toEqual({ sales_premium: 40, income_per_employee: 42_000 });
  });
  it('leave a statement with a figure to the free text', () => {
    expect(read('support_measures', '每年安排资金2000万元')).toEqual({ support_measures: '每年安排资金2000万元' });
  });
});

describe('voice input parted by spaces', () => {
  it('ends a clause after a long number', () => {
    expect(read('registration_no', '商标注册号3085214 库尔勒香梨协会注册的')).toEqual({ registration_no: '3085214', applicant: '库尔勒香梨协会' });
  });
  it('ends a clause after a figure shortened in words', () => {
    expect(read('applicant', '从业的十五万人 人均三万六 比别的梨贵四成')).toEqual({ employees: 150_000, income_per_employee: 36_000, sales_premium: 40 });
  });
});

describe('a figure only one field takes, while a text field is asked', () => {
  it('goes to that field', () => {
    expect(read('applicant', '比外地猕猴桃贵百分之四十左右')).toEqual({ sales_premium: 40 });
    expect(read('applicant', '有两百三十家企业在用标')).toEqual({ authorized_users: 230 });
    expect(read('gi_name', '有两百三十家企业在用标')).toEqual({ authorized_users: 230 });
  });
  it('stays unread when the words after it name no field', () => {
    expect(read('applicant', '两百三十家企业参加展会')).toEqual({});
  });
});

describe('a category', () => {
  it('holds no figure spelled in words', () => {
    expect(parseField(field('product_category'), '比普通大米贵一倍左右').ok).toBe(false);
    expect(read('product_category', '比普通大米贵一倍左右')).toEqual({ sales_premium: 100 });
    for (const name of ['十三香', '五香粉', '一品茶', '三七']) expect(parseField(field('product_category'), name).ok, name).toBe(true);
  });
});

describe('the body that registered the mark, said while the region or the name is asked', () => {
  it('is the applicant', () => {
    for (const asked of ['region', 'gi_name']) {
      expect(read(asked, '是庆元县食用菌产业中心注册的'), asked).toEqual({ applicant: '庆元县食用菌产业中心' });
      expect(read(asked, '由五常市大米协会申请'), asked).toEqual({ applicant: '五常市大米协会' });
    }
    expect(read('region', '庆元县食用菌产业中心')).toEqual({ applicant: '庆元县食用菌产业中心' });
  });
  it('is named by 申请机构 too', () => {
    expect(read('applicant', '申请机构湄潭县茶产业发展中心')).toEqual({ applicant: '湄潭县茶产业发展中心' });
  });
});

describe('a row of label/value cells parted by tabs', () => {
  it('reads a value of up to three digits before the next label as that value, not as a row number', () => {
    expect(read('support_measures', '从业人员（人）\t12600\t人均年收入（元）\t48500\t溢价率（%）\t22\t用标企业（家）\t37')).toEqual({
      employees: 12_600,
      income_per_employee: 48_500,
      sales_premium: 22,
      authorized_users: 37,
    });
  });
});

describe('words after a labelled value and a space', () => {
  it('are another answer when unmistakably another field’s', () => {
    expect(read('region', '申请人南丰县蜜桔产业局 水果')).toEqual({ applicant: '南丰县蜜桔产业局', product_category: '水果' });
  });
  it('are quoted back otherwise', () => {
    expect(readMessage(form, {}, field('region'), '申请人：南丰县蜜桔产业局 我问过了').unread).toEqual(['我问过了']);
  });
});

describe('words naming the asked field as well as another', () => {
  it('label the asked one', () => {
    expect(read('income_per_employee', '收入三万八')).toEqual({ income_per_employee: 38_000 });
    expect(read('income_per_employee', '一年收入差不多三万八')).toEqual({ income_per_employee: 38_000 });
    expect(read('related_output_tourism', '收入三万八')).toEqual({ related_output_tourism: 38_000 });
  });
});

describe('voice input parted by spaces after a count in words', () => {
  it('ends a clause after its measure word', () => {
    expect(read('income_per_employee', '用标的一百五十七家 贵三成 人均两万八')).toEqual({ authorized_users: 157, sales_premium: 30, income_per_employee: 28_000 });
  });
});

describe('an optional figure said to have no data in a pasted block', () => {
  it('is passed over, as when typed alone', () => {
    const reading = readMessage(form, {}, field('region'), '溢价率\t28% 出口额\t暂无数据');
    expect(reading.skipped).toEqual(['export_value']);
    expect(reading.unread).toEqual([]);
    expect(read('region', '出口额：无\n溢价率：28%')).toEqual({ export_value: 0, sales_premium: 28 });
  });
});

describe('a phone number with its extension after a space', () => {
  it('keeps the extension', () => {
    expect(read('contact_phone', '0479-8225678 转6012')).toEqual({ contact_phone: '0479-8225678转6012' });
  });
});
