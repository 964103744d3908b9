import { describe, expect, it } from 'vitest';
import { parseField } from '../../src/nomination/parsers/index.js';
import { NUMBER_PATTERN, parseNumber } from '../../src/nomination/parsers/numbers.js';
import { shippedForm } from './form-fixtures.js';

const form = shippedForm();
const field = (id: string) => {
  const f = form.field(id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
};

type Row = [fieldId: string, input: string, value: string | number, unit?: string, approximate?: boolean];

/** Answers as officers actually type them, and what they must normalise to. */
const ACCEPTED: Row[] = [
  // money, stored in 元 (or 美元, never converted)
  ['annual_output_value', '3.5亿元', 350_000_000, '元'],
  ['annual_output_value', '3.5亿', 350_000_000, '元'],
  ['annual_output_value', '8千万', 80_000_000, '元'],
  ['annual_output_value', '12,000', 12_000, '元'],
  ['annual_output_value', '１２，０００元', 12_000, '元'],
  ['annual_output_value', '1.2万元', 12_000, '元'],
  ['annual_output_value', '约5000万', 50_000_000, '元', true],
  ['annual_output_value', '壹亿', 100_000_000, '元'],
  ['annual_output_value', '三千五百万', 35_000_000, '元'],
  ['annual_output_value', '3.2个亿', 320_000_000, '元'],
  ['annual_output_value', '3亿5000万元', 350_000_000, '元'],
  ['annual_output_value', '三点五亿元', 350_000_000, '元'],
  ['annual_output_value', '2022年产值为3.5亿元左右', 350_000_000, '元', true],
  ['annual_output_value', '年产值：4.2亿元。', 420_000_000, '元'],
  ['annual_output_value', '人民币8000万元', 80_000_000, '元'],
  ['annual_output_value', '3000多万元', 30_000_000, '元', true],
  ['annual_output_value', '近2亿', 200_000_000, '元', true],
  ['annual_output_value', '超过1.5亿元', 150_000_000, '元', true],
  ['annual_output_value', '3.5亿元（2022年）', 350_000_000, '元'],
  ['annual_output_value', '￥5000万', 50_000_000, '元'],
  ['annual_output_value', '3.5 亿元', 350_000_000, '元'],
  ['annual_output_value', '九千六百万', 96_000_000, '元'],
  ['annual_output_value', '一亿二', 120_000_000, '元'],
  ['annual_output_value', '二十万零五百元', 200_500, '元'],
  ['export_value', '5000万美元', 50_000_000, '美元'],
  ['export_value', '300万美金', 3_000_000, '美元'],
  ['export_value', 'USD 120万', 1_200_000, '美元'],
  ['export_value', '无', 0, '元'],
  ['export_value', '约800万美元', 8_000_000, '美元', true],
  ['income_per_employee', '5.6万元/人', 56_000, '元/人'],
  ['income_per_employee', '人均收入4万元', 40_000, '元/人'],
  ['income_per_employee', '48000元', 48_000, '元/人'],
  ['income_per_employee', '每人每年5.6万元', 56_000, '元/人'],
  // counts
  ['employees', '1.2万人', 12_000, '人'],
  ['employees', '一千二百人', 1_200, '人'],
  ['employees', '12,000', 12_000, '人'],
  ['employees', '1500余人', 1_500, '人', true],
  ['employees', '约1.5万人', 15_000, '人', true],
  ['employees', '两万人左右', 20_000, '人', true],
  ['employees', '带动就业3000多人', 3_000, '人', true],
  ['employees', '3500名', 3_500, '人'],
  ['employees', '1万5千人', 15_000, '人'],
  ['employees', '1.2万名从业人员', 12_000, '人'],
  ['authorized_users', '120家', 120, '个'],
  ['authorized_users', '120家企业', 120, '个'],
  ['authorized_users', '三十五个市场主体', 35, '个'],
  ['authorized_users', '用标企业58家', 58, '个'],
  // colloquial figures seen in officers' answers (issue 11, pattern 7)
  ['annual_output_value', '去年大概150亿左右', 15_000_000_000, '元', true],
  ['annual_output_value', '4个亿上下', 400_000_000, '元', true],
  ['annual_output_value', '6000万吧', 60_000_000, '元', true],
  ['annual_output_value', '9000来万', 90_000_000, '元', true],
  ['annual_output_value', '两个多亿', 200_000_000, '元', true],
  ['annual_output_value', '去年总共8.6亿左右', 860_000_000, '元', true],
  ['related_output_processing', '加工这块两亿出头', 200_000_000, '元', true],
  ['related_output_processing', '加工产值4个亿多一点', 400_000_000, '元', true],
  ['related_output_tourism', '旅游带动十来个亿', 1_000_000_000, '元', true],
  ['export_value', '那就填150万美元', 1_500_000, '美元'],
  ['employees', '两万多人', 20_000, '人', true],
  ['employees', '三万来人', 30_000, '人', true],
  ['employees', '4万出头', 40_000, '人', true],
  ['employees', '七万几人', 70_000, '人', true],
  ['authorized_users', '一百二十几家', 120, '个', true],
  ['authorized_users', '用标企业20几家', 20, '个', true],
  ['employees', '一万二千人左右', 12_000, '人', true],
  ['employees', '从事枸杞种植和加工的有12万人左右', 120_000, '人', true],
  ['employees', '从业的有六百多人', 600, '人', true],
  ['authorized_users', '150多家', 150, '个', true],
  ['authorized_users', '获准用标的市场主体180家', 180, '个'],
  ['authorized_users', '用标的企业和合作社一共58家', 58, '个'],
  ['authorized_users', '有150多家企业用标', 150, '个', true],
  ['sales_premium', '四成左右', 40, '%', true],
  ['sales_premium', '三成五', 35, '%'],
  ['sales_premium', '比一般的高三成左右吧', 30, '%', true],
  ['sales_premium', '比一般榨菜贵个两成左右', 20, '%', true],
  ['sales_premium', '高出约20个百分点?', 20, '%', true],
  ['sales_premium', '翻了一番', 100, '%'],
  ['sales_premium', '比普通的便宜10%', -10, '%'],
  // percent
  ['sales_premium', '30%', 30, '%'],
  ['sales_premium', '３０％', 30, '%'],
  ['sales_premium', '百分之三十', 30, '%'],
  ['sales_premium', '溢价30%', 30, '%'],
  ['sales_premium', '高出20%左右', 20, '%', true],
  ['sales_premium', '三成', 30, '%'],
  ['sales_premium', '45', 45, '%'],
  ['sales_premium', '12.5%', 12.5, '%'],
  // phones
  ['contact_phone', '13800138000', '13800138000'],
  ['contact_phone', '138 0013 8000', '13800138000'],
  ['contact_phone', '138-0013-8000', '13800138000'],
  ['contact_phone', '+86 138 0013 8000', '13800138000'],
  ['contact_phone', '0571-8888 8888', '0571-88888888'],
  ['contact_phone', '(010)12345678', '010-12345678'],
  ['contact_phone', '（0471）6612345', '0471-6612345'],
  ['contact_phone', '0571-88888888转801', '0571-88888888转801'],
  ['contact_phone', '020 8765 4321', '020-87654321'],
  ['contact_phone', '057188888888', '0571-88888888'],
  ['contact_phone', '400-123-4567', '400-123-4567'],
  ['contact_phone', '13800138000 / 0571-88888888', '13800138000，0571-88888888'],
  // e-mail
  ['contact_email', 'ZhangSan@Example.COM', 'zhangsan@example.com'],
  ['contact_email', 'gi.office@zjipo.gov.cn', 'gi.office@zjipo.gov.cn'],
  ['contact_email', 'zhang＠163。com', 'zhang@163.com'],
  // provinces
  ['province', '浙江', '浙江省'],
  ['province', '浙江省', '浙江省'],
  ['province', '内蒙', '内蒙古自治区'],
  ['province', '广西', '广西壮族自治区'],
  ['province', '兵团', '新疆生产建设兵团'],
  ['province', '新疆', '新疆维吾尔自治区'],
  ['province', '京', '北京市'],
  ['province', '上海', '上海市'],
  ['province', '我们是浙江的', '浙江省'],
  ['province', '宁夏回族自治区', '宁夏回族自治区'],
  // choices
  ['protection_type', '集体商标', '作为集体商标注册的地理标志'],
  ['protection_type', '证明商标', '作为证明商标注册的地理标志'],
  ['protection_type', '产品', '地理标志产品'],
  ['protection_type', '3', '作为证明商标注册的地理标志'],
  ['protection_type', '第一个', '地理标志产品'],
  ['protection_type', '我们是注册的证明商标', '作为证明商标注册的地理标志'],
  // registration numbers
  ['registration_no', '2008年第138号', '2008年第138号'],
  ['registration_no', '2008年第138号公告', '2008年第138号公告'],
  ['registration_no', '国家质检总局2010年第135号公告', '国家质检总局2010年第135号公告'],
  ['registration_no', '商标注册号：12345678', '12345678'],
  ['registration_no', '第5678901号', '第5678901号'],
  // text
  ['gi_name', '西湖龙井', '西湖龙井'],
  ['gi_name', '\u200b西湖\u200b龙井', '西湖龙井'],
  ['gi_name', '  地理标志名称：  库尔勒香梨 ', '库尔勒香梨'],
  ['contact_name', '联系人张三', '张三'],
  ['contact_name', 'Li Na', 'Li Na'],
  ['applicant', '杭州市西湖龙井茶管理协会', '杭州市西湖龙井茶管理协会'],
];

/** Answers that must be refused, each with a Chinese reason. */
const REFUSED: Array<[fieldId: string, input: string]> = [
  ['annual_output_value', 'asdf'],
  ['annual_output_value', '3.5'],
  ['annual_output_value', '很多'],
  ['annual_output_value', '-500万'],
  ['annual_output_value', '3 5亿'],
  ['annual_output_value', '一二三'],
  ['annual_output_value', '5万亿亿'],
  ['annual_output_value', '八十'],
  ['annual_output_value', '元二'],
  ['annual_output_value', '零八亿'],
  ['annual_output_value', '1.5万3000'],
  ['annual_output_value', '3亿美元人民币'],
  ['income_per_employee', '1万美元'],
  ['employees', '1.5人'],
  ['employees', '很多人'],
  ['employees', '5亿人'],
  // a number that is not the field's value: another unit, another field, a year, an ordinal, a phone
  ['annual_output_value', '12万人'],
  ['annual_output_value', '关联产业产值8千万'],
  ['annual_output_value', '加工这块两亿出头'],
  ['annual_output_value', '2023年'],
  ['annual_output_value', '13800138000'],
  ['related_output_processing', '产值3.5亿'],
  ['income_per_employee', '1.2万人'],
  ['employees', '58家'],
  ['employees', '2.3万人次'],
  ['authorized_users', '1.2万人'],
  ['authorized_users', '明年新增用标企业20家'],
  ['authorized_users', '第三批用标企业58家'],
  ['authorized_users', '去年58家，今年60家'],
  ['sales_premium', '三倍'],
  ['sales_premium', '20%的企业'],
  ['sales_premium', '0.3'],
  ['sales_premium', '高'],
  ['contact_phone', '88888888'],
  ['contact_phone', '1380013800'],
  ['contact_phone', 'abc'],
  ['contact_phone', '12345678901'],
  ['contact_email', 'zhangsan@'],
  ['contact_email', 'zhang san@example'],
  ['contact_email', 'a..b@example.com'],
  ['province', '火星'],
  ['province', '香港'],
  ['province', '浙江和江苏'],
  ['protection_type', '地理标志'],
  ['protection_type', '9'],
  ['registration_no', 'hello'],
  ['registration_no', '申请中'],
  ['gi_name', ''],
  ['gi_name', '   '],
  ['gi_name', '!!!???'],
  ['gi_name', '😀😀😀'],
  ['gi_name', '龙井🍵'],
  ['gi_name', 'abc'],
  ['gi_name', '啊啊啊啊'],
  ['gi_name', '西湖\u0000龙井'],
  ['gi_name', '西湖\u202e龙井'],
  ['gi_name', '\u200b\u200b'],
  ['gi_name', '龙'.repeat(41)],
  ['contact_name', '张3'],
  ['support_measures', '好'],
];

describe('parseField on real-world answers', () => {
  it('has a large table', () => {
    expect(ACCEPTED.length + REFUSED.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ACCEPTED)('%s ← %j', (id, input, value, unit, approximate) => {
    const result = parseField(field(id), input);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.value.value).toBe(value);
    expect(result.value.unit).toBe(unit);
    expect(result.value.approximate ?? false).toBe(approximate ?? false);
    expect(result.value.raw).toBe(input.replace(/\u200b/gu, '').trim());
    expect(result.value.display.length).toBeGreaterThan(0);
  });

  it.each(REFUSED)('%s refuses %j', (id, input) => {
    const result = parseField(field(id), input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/\p{Script=Han}/u);
      expect(result.example).toBe(field(id).example);
    }
  });
});

describe('parseField details', () => {
  it('shows money in 亿/万 with the unit and keeps the approximate marker', () => {
    const result = parseField(field('annual_output_value'), '约5000万');
    expect(result.ok && result.value.display).toBe('约5000万元');
    const usd = parseField(field('export_value'), '500万美元');
    expect(usd.ok && usd.value.display).toBe('500万美元');
  });

  it('shows a count with the measure word from the form file', () => {
    const result = parseField(field('authorized_users'), '120家企业');
    expect(result.ok && [result.value.value, result.value.unit, result.value.display]).toEqual([120, '个', '120家']);
  });

  it('asks about a bare fraction for a percent instead of guessing', () => {
    const result = parseField(field('sales_premium'), '0.3');
    expect(!result.ok && result.reason).toMatch(/30%.*0\.3%/u);
  });

  it('asks for the area code of a landline', () => {
    const result = parseField(field('contact_phone'), '8888 8888');
    expect(!result.ok && result.reason).toContain('区号');
  });

  it('names the province candidates when several are mentioned', () => {
    const result = parseField(field('province'), '浙江和江苏');
    expect(!result.ok && result.reason).toMatch(/浙江省.*江苏省/u);
  });

  it('lists the options when a choice is ambiguous', () => {
    const result = parseField(field('protection_type'), '地理标志');
    expect(!result.ok && result.reason).toContain('作为集体商标注册的地理标志');
  });

  it('refuses a figure outside the field limits with the numbers', () => {
    const result = parseField(field('employees'), '5亿人');
    expect(!result.ok && result.reason).toContain('5亿人');
  });

  it('keeps line breaks in long text and tidies spaces', () => {
    const result = parseField(field('support_measures'), '一、出台扶持办法；   \n\n\n\n二、设立专项资金500万元。');
    expect(result.ok && result.value.value).toBe('一、出台扶持办法；\n\n二、设立专项资金500万元。');
  });

  it('says what a figure of another sort is instead of reading it', () => {
    const reason = (id: string, input: string): string => {
      const result = parseField(field(id), input);
      return result.ok ? `read ${result.value.display}` : result.reason;
    };
    expect(reason('annual_output_value', '从事种植的有12万人左右')).toBe('“12万人”是人数，本项要填的是金额。');
    expect(reason('employees', '大概58家')).toBe('“58家”是企业等主体的数量，本项要填的是人数。');
    expect(reason('authorized_users', '两万多人')).toBe('“两万多人”是人数，本项要填的是企业等主体的数量。');
    expect(reason('employees', '培训2.3万人次')).toBe('“2.3万人次”是人次，本项要填的是人数。');
    expect(reason('sales_premium', '每年安排资金3000万元')).toBe('“3000万元”是金额，本项要填的是百分比。');
    expect(reason('annual_output_value', '出口额1.1亿美元')).toMatch(/^没有识别出金额/u);
  });

  it('finds figures typed in full-width digits before the message is normalised', () => {
    const figure = new RegExp(NUMBER_PATTERN, 'u').exec('物流电商１５个亿');
    expect(figure?.[0]).toBe('１５个亿');
    expect(parseNumber(figure?.[0] ?? '')).toBe(1_500_000_000);
    expect(new RegExp(NUMBER_PATTERN, 'u').exec('约３．５亿元')?.[0]).toBe('３．５亿');
  });

  it('refuses absurdly long input without reading it', () => {
    const result = parseField(field('annual_output_value'), '1'.repeat(100_000));
    expect(result.ok).toBe(false);
  });
});
