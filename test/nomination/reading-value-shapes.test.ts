import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * Values that answer another question than the one asked, told by their shape: a category word
 * (the form's typical values), a place list (the region), a person's name. Each kind is stressed
 * with generated variants, and the look-alikes that must stay where they are sit beside them.
 */

const cross = <T extends unknown[]>(...lists: { [K in keyof T]: T[K][] }): T[] =>
  lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]) as T[];

const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, v.value]));

const readAsked = (asked: string | undefined, text: string, filled: Record<string, FieldValue> = {}) =>
  readMessage(form, filled, asked ? field(asked) : undefined, text);

const CATEGORIES = ['茶叶', '水果', '中药材', '粮油', '水产品', '食用菌', '调味品'];

describe('a category word goes to the category, whatever is asked', () => {
  const ASKED = ['region', 'applicant', 'gi_name', 'annual_output_value', 'support_measures', 'contact_name'];
  const SHAPES = ['{c}', '{c}类', '{c}嘛', '就是{c}吧', '{c}。'];
  const cases = cross<[string, string, string]>(CATEGORIES, SHAPES, ASKED).filter(([, , asked]) => asked !== 'support_measures');

  it(`in ${cases.length} generated answers, and into no other field`, () => {
    const wrong = cases.flatMap(([category, shape, asked]) => {
      const text = shape.replace('{c}', category);
      const got = plain(readAsked(asked, text).values);
      const want = shape.includes('类') ? `${category}类` : category;
      return JSON.stringify(got) === JSON.stringify({ product_category: want }) ? [] : [`${asked} | ${text} → ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(CATEGORIES)('after an answer to the question asked: "…协会 ,%s"', (category) => {
    expect(plain(readAsked('applicant', `修文县猕猴桃产业发展协会 ,${category}`).values)).toEqual({
      applicant: '修文县猕猴桃产业发展协会',
      product_category: category,
    });
  });

  it('reads the class in "属于水果类" and keeps "水果类" typed alone', () => {
    expect(readAsked('province', '申请人是库尔勒市香梨协会，属于水果类。').values.product_category?.value).toBe('水果');
    expect(readAsked('product_category', '水果类').values.product_category?.value).toBe('水果类');
    expect(readAsked('product_category', '畜禽肉类').values.product_category?.value).toBe('畜禽肉类');
  });
});

describe('the region takes only places, and a region goes whole to the region', () => {
  const FOLLOWING = ['', '，年产值150亿左右', '，年产值150亿左右，从业人员120万人', '；用标企业30家'];

  it.each(cross<[string, string]>(CATEGORIES, FOLLOWING))('"%s%s" while the region is asked fills no region', (category, rest) => {
    const reading = readAsked('region', `${category}${rest}`);
    expect(reading.values.region).toBeUndefined();
    expect(reading.values.product_category?.value).toBe(category);
  });

  const REGIONS = [
    '青海省海西蒙古族藏族自治州德令哈市、格尔木市、都兰县、乌兰县现辖行政区域',
    '河南省信阳市浉河区、平桥区、罗山县、光山县、新县、商城县现辖行政区域',
    '重庆市巫山县巫峡镇、曲尺乡、大昌镇等26个乡镇（街道）',
    '贵州省黔东南苗族侗族自治州麻江县现辖行政区域',
  ];
  const ASKED = ['gi_name', 'applicant', 'product_category', 'annual_output_value', 'registration_no', 'contact_name'];

  it(`goes whole to the region in ${REGIONS.length * ASKED.length} generated messages, nothing else filled`, () => {
    const wrong = cross<[string, string]>(REGIONS, ASKED).flatMap(([region, asked]) => {
      const got = plain(readAsked(asked, region).values);
      return JSON.stringify(got) === JSON.stringify({ region }) ? [] : [`${asked} | ${region} → ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(REGIONS)('sent for the province question, gives the province it opens with: %s', (region) => {
    const values = plain(readAsked('province', region).values);
    expect(values.region).toBe(region);
    expect(values.province).toBe(region.match(/^\p{Script=Han}+?(?:省|市|自治区)/u)?.[0]);
  });

  it('keeps the region typed for its own question, figures and all', () => {
    const region = '重庆市巫山县巫峡镇、曲尺乡、大昌镇等26个乡镇（街道）';
    expect(plain(readAsked('region', region).values)).toEqual({ region });
  });

  it('ends the region at a clause clearly naming another field', () => {
    expect(plain(readAsked('region', '辽宁省盘锦市现辖行政区域，年产值60亿元').values)).toEqual({
      region: '辽宁省盘锦市现辖行政区域',
      annual_output_value: 6_000_000_000,
    });
  });
});

describe('a person\'s name is never a category, and goes to the open contact', () => {
  const NAMES = ['马晓兰', '欧阳晓燕', '阿依古丽·买买提', '吴光明'];

  it.each(NAMES)('"%s" while the category is asked', (name) => {
    expect(plain(readAsked('product_category', name).values)).toEqual({ contact_name: name });
  });

  it.each(cross<[string, string, string]>(NAMES, ['，', ' ', '；'], ['18999612345', '0898-86212345']))(
    '"%s%s%s" beside a phone number while a choice is asked',
    (name, joiner, phone) => {
      const values = plain(readAsked('protection_type', `${name}${joiner}${phone}`).values);
      expect(values.contact_name).toBe(name);
      expect(Object.keys(values).sort()).toEqual(['contact_name', 'contact_phone']);
    },
  );

  it.each([
    ['related_output_tourism', '李花节、采摘游那些，差不多2.4亿'],
    ['province', '龙井'],
    ['annual_output_value', '金华'],
  ])('a name-like word among other words, or of two characters alone, is no contact (%s: %s)', (asked, text) => {
    expect(readAsked(asked, text).values.contact_name).toBeUndefined();
  });
});

describe('a typed answer read inside a clause leaves the choice the clause ends on', () => {
  it.each(cross<[string, string]>(['新疆', '四川省', '我们河南的'], ['地理标志产品', '地理标志证明商标', '集体商标']))(
    '"%s的…是2004年批的%s"',
    (province, choice) => {
      const values = plain(readAsked('province', `${province}的这个产品是2004年批的${choice}`).values);
      expect(values.province).toBeDefined();
      expect(values.protection_type).toBeDefined();
    },
  );

  it('does not read a choice out of the name asked', () => {
    expect(plain(readAsked('gi_name', '库尔勒香梨').values)).toEqual({ gi_name: '库尔勒香梨' });
  });
});

describe('"没有邮箱": an optional field of another kind said to be nothing is skipped', () => {
  const cases = cross<[string, string]>(['没有邮箱', '邮箱没有', '暂无邮箱', '没有电子邮箱', '邮箱暂无'], ['contact_name', 'contact_phone', 'product_category', 'next_year_plan']);

  it.each(cases)('"%s" while %s is asked skips the e-mail and stores nothing', (text, asked) => {
    const reading = readAsked(asked, text);
    expect(reading.skipped).toEqual(['contact_email']);
    expect(reading.values).toEqual({});
  });

  it('never skips a required field so', () => {
    expect(readAsked('contact_email', '没有联系人').skipped).toEqual([]);
    expect(readAsked('contact_email', '没有电话').skipped).toEqual([]);
  });
});

describe('a figure with a tail affirming it ("50%是有的") is that figure', () => {
  const FIGURES: Array<[string, string, number]> = [
    ['sales_premium', '50%', 50],
    ['sales_premium', '三成', 30],
    ['annual_output_value', '3000万', 30_000_000],
    ['employees', '两万人', 20_000],
    ['authorized_users', '80家', 80],
  ];
  const TAILS = ['是有的', '肯定有', '应该有吧', '起码有的', '是肯定有的。'];

  it.each(cross<[[string, string, number], string]>(FIGURES, TAILS))('%j + "%s"', ([id, figure, value], tail) => {
    expect(readAsked(id, `${figure}${tail}`).values[id]?.value).toBe(value);
  });

  it('keeps refusing a bare affirmation', () => {
    expect(readAsked('related_output_tourism', '有的').values).toEqual({});
  });
});

describe('"没有加工厂": no place for the activity a figure field names is none', () => {
  const cases = cross<[[string, string], string, string]>(
    [
      ['related_output_processing', '加工'],
      ['export_value', '出口'],
    ],
    ['没有{n}厂', '没有{n}企业', '我们没有{n}企业', '暂无{n}业务'],
    ['', '，都是卖鲜货'],
  );

  it.each(cases)('%j "%s%s" while it is asked', ([id, name], shape, rest) => {
    const reading = readAsked(id, `${shape.replace('{n}', name)}${rest}`);
    expect(reading.values[id]?.value).toBe(0);
    expect(Object.keys(reading.values)).toEqual([id]);
  });

  it('a facility without the field\'s name says nothing of which figure', () => {
    expect(readAsked('related_output_processing', '没有厂').values).toEqual({});
  });
});
