import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

/**
 * What a question cannot read goes where it unmistakably belongs before anything is refused: a
 * spaced list of answers with labelled pairs after it ("青田石雕 浙江 集体商标 注册号 7734520") is
 * read as both, and a body's name sent while a choice or a figure is asked goes to the applicant,
 * the question asked staying open.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const plain = (text: string, asked: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(readMessage(form, {}, field(asked), text).values).map(([id, v]) => [id, v.value]));

const PRODUCTS: Array<[string, string, string]> = [
  ['青田石雕', '浙江', '浙江省'], ['信阳毛尖', '河南', '河南省'], ['五常大米', '黑龙江', '黑龙江省'], ['盐池滩羊', '宁夏', '宁夏回族自治区'], ['赣南脐橙', '江西省', '江西省'],
];
const TYPES: Array<[string, string]> = [
  ['集体商标', '作为集体商标注册的地理标志'], ['证明商标', '作为证明商标注册的地理标志'], ['地理标志产品', '地理标志产品'],
];
const PAIRS: Array<Array<[string, string, string, unknown]>> = [
  [['注册号', '7734520', 'registration_no', '7734520']],
  [['注册号', '6157392', 'registration_no', '6157392'], ['品类', '手工艺品', 'product_category', '手工艺品']],
  [['申请人', '青田县石雕行业协会', 'applicant', '青田县石雕行业协会']],
  [['类别', '茶叶', 'product_category', '茶叶'], ['注册人', '信阳市茶叶协会', 'applicant', '信阳市茶叶协会']],
];
const SPACES = [' ', '\u3000', '  '];

describe('a spaced list, then labelled pairs', () => {
  const cases = PRODUCTS.flatMap((product, p) => TYPES.map((type, t) => ({ product, type, pairs: pick(PAIRS, p + t), space: pick(SPACES, p + 2 * t) })));
  it.each(cases)('reads $product.0 $type.0 and the pairs after them', ({ product: [name, province, provinceValue], type: [type, typeValue], pairs, space }) => {
    const text = [name, province, type, ...pairs.flatMap(([label, value]) => [label, value])].join(space);
    const want = { gi_name: name, province: provinceValue, protection_type: typeValue, ...Object.fromEntries(pairs.map(([, , id, v]) => [id, v])) };
    expect(plain(text, 'gi_name')).toEqual(want);
  });

  it('leaves a spaced name that is no list as typed', () => {
    expect(plain('黄山 毛峰', 'gi_name')).toEqual({ gi_name: '黄山 毛峰' });
  });
});

const PLACES = ['青田县', '平度市', '五常市', '盐池县', '信阳市', '岷县'];
const TRADES = ['石雕行业', '马家沟芹菜', '大米', '滩羊', '茶叶', '中药材生产技术服务'];
const BODIES = ['协会', '中心', '合作社', '管理办公室', '产业发展促进会'];
const UNITS = PLACES.map((place, i) => `${place}${pick(TRADES, i + 1)}${pick(BODIES, i)}`);
const ASKED = ['protection_type', 'annual_output_value', 'employees', 'sales_premium', 'authorized_users'];

describe('a body\'s name sent while a question it cannot answer is asked', () => {
  it.each(ASKED.flatMap((asked, a) => UNITS.map((unit, u) => [asked, `${unit}${pick(['', '。', '，'], a + u)}`] as const)))('goes to the applicant while %s is asked: %s', (asked, text) => {
    const reading = readMessage(form, {}, field(asked), text);
    expect(Object.keys(reading.values)).toEqual(['applicant']);
    expect(reading.failure).toBeDefined();
    expect(reading.unread).toEqual([]);
  });

  it('is not routed when the applicant is filled, nor is a person\'s name', () => {
    const filled = { applicant: { raw: '盐池县滩羊协会', value: '盐池县滩羊协会', display: '盐池县滩羊协会' } };
    expect(readMessage(form, filled, field('protection_type'), '青田县石雕行业协会').values).toEqual({});
    expect(readMessage(form, {}, field('protection_type'), '王磊').values).toEqual({});
    // the writer's own unit is where they work
    for (const text of ['我们是云南文山州知识产权局', '我是青田县市场监督管理局', '这里是五常市农业农村局', '本单位是盐池县滩羊协会']) {
      expect(readMessage(form, {}, field('annual_output_value'), text).values).toEqual({});
    }
  });

  describe('through the dialog', () => {
    let env: DialogEnv;
    beforeAll(async () => {
      env = await dialogEnv();
    });
    afterAll(() => env.close());

    it('records the applicant and asks the protection type again', async () => {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('青田石雕');
      await env.chat.as('u1').says('浙江');
      expect(env.current()?.id).toBe('protection_type');
      const replies = await env.chat.as('u1').says('青田县石雕行业协会');
      expect(replies.join('\n')).toContain('青田县石雕行业协会');
      expect(env.draft()?.fields.applicant?.value).toBe('青田县石雕行业协会');
      expect(env.current()?.id).toBe('protection_type');
      await env.chat.as('u1').says('2');
      expect(env.draft()?.fields.protection_type?.value).toBe('作为集体商标注册的地理标志');
    });
  });
});
