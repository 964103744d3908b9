import { describe, expect, it } from 'vitest';
import { parseFor } from '../../src/nomination/answer-parse.js';
import { isDeferral } from '../../src/nomination/none-answer.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { withWriterName } from '../../src/nomination/person-name.js';
import { readMessage } from '../../src/nomination/reading.js';
import { field, form } from './dialog-fixture.js';

/**
 * General readings found missing by the blind single answers (test/fixtures/nomination-fields/,
 * odd ids), each stressed with generated wordings: a premium said as a multiple or a half, a
 * message that only puts the answer off, and the writer pointing at themselves then naming
 * themselves.
 */

const fullWidth = (s: string): string => s.replace(/[0-9A-Za-z.%:;,]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const cross = (...lists: string[][]): string[] => lists.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => a + b)), ['']);

describe('a premium as a multiple or a half of the ordinary price', () => {
  const premium = field('sales_premium');
  const HALF = cross(['比普通的', '比一般产品', '比同类', '和普通的比', ''], ['贵', '高', '高出', '贵了', '贵出'], ['一半'], ['', '左右', '吧', '。', '左右吧']);
  const TIMES = [
    ...cross(['溢价', '溢价率', '销售溢价', '溢价幅度'], ['', '：', ':', ' ', '是', '大概', '约'], ['1倍', '一倍', '两倍', '2倍'], ['', '左右', '。']),
    ...cross(['溢价'], ['', '大概'], ['一半', '一半左右']),
  ];

  it('reads "贵一半" and its wordings as 50%', () => {
    const wrong = [...HALF, ...HALF.map(fullWidth)].filter((text) => {
      const parsed = parseFor(form, premium, text);
      return !parsed.ok || parsed.value.value !== 50;
    });
    expect(wrong).toEqual([]);
  });

  it('reads a multiple or a half after the premium’s own name as the excess ("溢价1倍" is 100%), alone or labelled in a message', () => {
    const want = (text: string): number => (/一半/u.test(text) ? 50 : /[2两]倍/u.test(text) ? 200 : 100);
    const wrong = TIMES.filter((text) => {
      const parsed = parseFor(form, premium, text);
      const read = readMessage(form, {}, field('employees'), `产值3亿，${text}`).values.sales_premium;
      return !parsed.ok || parsed.value.value !== want(text) || read?.value !== want(text);
    });
    expect(wrong).toEqual([]);
  });

  it('still refuses a bare multiple or half, a share of the price, and "多一半"', () => {
    for (const text of ['1倍', '两倍', '一半', '多一半', '是普通的30%', '溢价是普通的30%', '三半']) expect(parseField(premium, text).ok, text).toBe(false);
  });
});

describe('a message that only puts the answer off', () => {
  const LATER = ['等开完会再说', '明天再弄', '回头再补', '过两天再填', '领导定了以后再说', '回头补上'];
  const NOT_YET = ['计划还没定', '还没想好', '方案待定', '这个还没确定'];
  const STOPS = ['算了', '今天先到这吧', '先这样'];

  const messages = [
    ...LATER,
    ...cross(NOT_YET, ['，', ',', '。', ' '], LATER),
    ...cross(STOPS, ['，', '。'], LATER),
    ...cross(STOPS, ['，'], NOT_YET, ['，'], LATER),
  ];

  it('is no plan, no measure and no region', () => {
    const stored = messages.flatMap((text) =>
      ['next_year_plan', 'support_measures', 'region'].filter((id) => {
        const parsed = parseFor(form, field(id), text);
        return parsed.ok || Object.keys(readMessage(form, {}, field(id), text).values).length > 0;
      }).map((id) => `${id}: ${text}`),
    );
    expect(isDeferral(messages[0] as string)).toBe(true);
    expect(stored).toEqual([]);
  });

  it('but a plan that mentions later steps is the plan', () => {
    const plans = cross(['新建基地5000亩', '组织企业参加品牌节', '完善溯源体系'], ['，'], ['明年再扩大规模', '具体方案待定', '展会结束后再定']);
    const refused = plans.filter((text) => readMessage(form, {}, field('next_year_plan'), text).values.next_year_plan?.value !== text);
    expect(refused).toEqual([]);
  });
});

describe('the writer pointing at themselves, then naming themselves', () => {
  const PERSON = field('contact_name');
  const NAMES = ['赵磊', '欧阳晓燕', '韩雪梅', '贺明'];
  const SELF = ['联系人写我', '联系人就是我', '联系人填我吧', '联系人就写我吧', '联系人是我', '经办人是我'];
  const SEPARATORS = ['，', ',', ' ', '；', '。'];
  const INTROS = ['', '我叫', '我是', '名字叫', '本人'];

  it('gives the contact the name told, whatever field is asked and whoever writes', () => {
    const wrong: string[] = [];
    for (const name of NAMES) {
      for (const text of cross(SELF, SEPARATORS, INTROS, [name])) {
        for (const writer of [undefined, '小蜜蜂', '罗志刚']) {
          const rewritten = withWriterName(PERSON, false, text, writer);
          const values = readMessage(form, {}, field('next_year_plan'), rewritten).values;
          if (Object.keys(values).join() !== 'contact_name' || values.contact_name?.value !== name) wrong.push(`${text} (${writer}) → ${rewritten} → ${JSON.stringify(values)}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('keeps the writer’s name when no name follows, and a pointing clause after another one', () => {
    expect(withWriterName(PERSON, false, '电话13900001111，联系人就是我', '韩雪梅')).toBe(`电话13900001111，${PERSON.label}：韩雪梅`);
    expect(withWriterName(PERSON, false, '联系人就是我，张处长也可以联系', '韩雪梅')).toBe(`${PERSON.label}：韩雪梅，张处长也可以联系`);
    expect(withWriterName(PERSON, false, '联系人就是我，张处长也可以联系', undefined)).toBe('联系人就是我，张处长也可以联系');
  });
});

describe('a product as the heading of a labelled value, while its name is asked', () => {
  const PRODUCTS = ['盘锦大米', '西湖龙井', '霍山石斛', '赣南脐橙', '安溪铁观音', '定安黑猪'];
  const COLONS = ['：', ':', '： ', ' : '];
  const PAIRS: Array<[string, string, string | number]> = [
    ['产地范围为辽宁省盘锦市现辖行政区域', 'region', '辽宁省盘锦市现辖行政区域'],
    ['保护范围：浙江省杭州市西湖区现辖行政区域', 'region', '浙江省杭州市西湖区现辖行政区域'],
    ['申请人是盘锦市大米协会', 'applicant', '盘锦市大米协会'],
    ['年产值30亿', 'annual_output_value', 3_000_000_000],
    ['从业人员1.2万人', 'employees', 12_000],
  ];

  it('gives the name and the labelled value, each to its field', () => {
    const wrong: string[] = [];
    for (const product of PRODUCTS) {
      for (const colon of COLONS) {
        for (const [pair, id, value] of PAIRS) {
          const text = `${product}${colon}${pair}`;
          const values = readMessage(form, {}, field('gi_name'), text).values;
          const got = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value]));
          if (JSON.stringify(got) !== JSON.stringify({ gi_name: product, [id]: value })) wrong.push(`${text} → ${JSON.stringify(got)}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('never takes a lead-in, a place, a person or a field’s name for the product, nor a heading when another field is asked', () => {
    const HEADS = ['基本情况', '资料如下', '其他信息', '先说别的', '补充一下', '盘锦市', '辽宁省', '李婷', '产品名称', '另外'];
    const named: string[] = [];
    for (const [pair] of PAIRS) {
      for (const head of HEADS) {
        const text = `${head}：${pair}`;
        if (readMessage(form, {}, field('gi_name'), text).values.gi_name?.value === head) named.push(text);
      }
      for (const asked of ['applicant', 'contact_name', 'support_measures']) {
        const text = `盘锦大米：${pair}`;
        if (readMessage(form, {}, field(asked), text).values.gi_name !== undefined) named.push(`${asked}: ${text}`);
      }
    }
    expect(named).toEqual([]);
  });
});

describe('words around an answer that say nothing of it', () => {
  const ANSWERS: Array<[string, string, string | number]> = [
    ['contact_name', '欧阳晓红', '欧阳晓红'],
    ['contact_name', '张志刚', '张志刚'],
    ['applicant', '烟台市苹果协会', '烟台市苹果协会'],
    ['applicant', '庆元县食用菌产业中心', '庆元县食用菌产业中心'],
    ['region', '吉林省通化市集安市现辖行政区域', '吉林省通化市集安市现辖行政区域'],
    ['support_measures', '对核准用标企业给予一次性奖励10万元；建设标准化种植基地1.2万亩', '对核准用标企业给予一次性奖励10万元；建设标准化种植基地1.2万亩'],
    ['product_category', '水产品', '水产品'],
    ['export_value', '没出口', 0],
    ['annual_output_value', '1,280万元', 12_800_000],
  ];
  const LEADS = ['', '好的，', '好，', '收到，', 'ok ', 'OK，', '那个，', '嗯，那个，', '行，'];
  const TAILS = ['', '吧', '哈', '～', '。', '！'];

  it('leaves the answer as it is: an acknowledgement or a hesitation before it, a particle after it, full-width digits and commas', () => {
    const wrong: string[] = [];
    for (const [id, answer, value] of ANSWERS) {
      for (const lead of LEADS) {
        for (const tail of TAILS) {
          for (const width of [(s: string) => s, fullWidth]) {
            const text = width(`${lead}${answer}${tail}`);
            const values = readMessage(form, {}, field(id), text).values;
            // (free text is stored as typed, full-width digits and closing punctuation too)
            const got = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, field(k).type === 'longtext' ? String(v.value).normalize('NFKC').replace(/[。！～!~]$/u, '') : v.value]));
            const want = typeof value === 'string' && field(id).type === 'longtext' ? value.normalize('NFKC') : value;
            if (JSON.stringify(got) !== JSON.stringify({ [id]: want })) wrong.push(`${id} ${text} → ${JSON.stringify(got)}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('but a figure not known is no zero, and a particle after words of a conversation keeps them no value', () => {
    for (const text of ['暂无数据', '好的，暂无数据', '没统计哈', '收到，这个没数据']) {
      for (const id of ['export_value', 'income_per_employee', 'related_output_tourism']) expect(readMessage(form, {}, field(id), text).values, `${id} ${text}`).toEqual({});
    }
    for (const text of ['我问问吧', '你等等哈', '等我找找吧', '那个，好的']) {
      for (const id of ['gi_name', 'applicant', 'contact_name', 'next_year_plan']) expect(readMessage(form, {}, field(id), text).values, `${id} ${text}`).toEqual({});
    }
  });
});
