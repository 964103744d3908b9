import { describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { readMessage } from '../../src/nomination/reading.js';
import { unwrapWritten } from '../../src/nomination/pending-text.js';
import { field, form } from './dialog-fixture.js';

/**
 * A text field being asked takes words only when they read as its value: never thanks or
 * courtesy, never a clause that describes what follows it ("全市养蜂加上深加工的，从业人员…"); and
 * a value wrapped in words asking to write it ("就写茶叶吧") is the value. Generated over the short
 * text fields, with real values that look like chatter stored all the same.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;
const TEXT_FIELDS = ['gi_name', 'applicant', 'product_category', 'contact_name'].map(field);
const COURTESY = ['谢谢啦', '谢谢', '好的，辛苦了', '多谢', '收到～', '麻烦了', '好嘞谢谢', '辛苦您了！', '感谢感谢', '明白了', '知道啦', '好滴', '了解'];

describe('chatter is never a text value', () => {
  it(`stores none of ${COURTESY.length * TEXT_FIELDS.length} courtesy answers in the text field asked`, () => {
    const stored = TEXT_FIELDS.flatMap((asked) => COURTESY.map((text) => ({ asked: asked.id, text, values: readMessage(form, {}, asked, text).values }))).filter(
      (r) => Object.keys(r.values).length > 0,
    );
    expect(stored).toEqual([]);
  });

  /** A clause ending in 的, then a labelled figure: the clause describes what follows. */
  const SCOPES = ['全市养蜂加上深加工的', '全县种茶和制茶的', '整个产业链上下游的', '连同合作社社员在内的', '种植加上运输的'];
  const FOLLOWING = ['从业人员差不多3万人', '从业人数大约一万二', '带动就业4500人左右'];
  it(`stores no describing clause in the category, and still reads the figure after it (${SCOPES.length * FOLLOWING.length} messages)`, () => {
    const wrong = SCOPES.flatMap((scope, s) => FOLLOWING.map((after, a) => `${scope}${pick(['，', ',', '；'], s + a)}${after}`)).filter((text) => {
      const { values } = readMessage(form, {}, field('product_category'), text);
      return 'product_category' in values || !('employees' in values);
    });
    expect(wrong).toEqual([]);
  });

  /** Real values that end in 的 or look like chatter, answered alone, are stored. */
  const REAL: Array<[string, string, string]> = [
    ['product_category', '粮油', '粮油'],
    ['product_category', '水果类', '水果类'],
    ['applicant', '县农业农村局', '县农业农村局'],
    ['gi_name', '谢家集红皮花生', '谢家集红皮花生'],
    ['contact_name', '谢晓东', '谢晓东'],
    ['contact_name', '麻建华', '麻建华'],
    ['gi_name', '好客山东大花生', '好客山东大花生'],
  ];
  it('stores real values that look like chatter', () => {
    for (const [id, text, value] of REAL) {
      expect(readMessage(form, {}, field(id), text).values[id]?.value, text).toBe(value);
    }
  });
});

/** Remarks that the answer comes later, is elsewhere, is undecided, or that the question is unclear. */
const LATER = ['马上发', '回头发你', '等会儿给你哈', '资料在同事那，回头发你', '文件还在办公室', '这个我得问问', '等我问一下', '容我想想', '查一下再说', '不着急', '等领导定', '稍后补'];
const UNDECIDED = ['领导还没定', '还没想好', '这个待定', '单位还在商量'];
const UNCLEAR = ['啥意思', '这是什么意思？', '没看懂', '不太明白'];
/** Values that open with the same characters: they are answers. */
const VALUE_LOOKALIKES: Array<[string, string]> = [
  ['gi_name', '查干湖胖头鱼'],
  ['gi_name', '马家沟芹菜'],
  ['applicant', '回族自治县茶叶协会'],
  ['gi_name', '明光绿豆'],
  ['product_category', '等级大米'],
];

describe('remarks mid-form are no answers', () => {
  it(`waits on ${LATER.length} remarks that the answer comes later, asks on ${UNDECIDED.length} undecided, helps on ${UNCLEAR.length} unclear`, () => {
    expect(LATER.filter((text) => dialogIntent(text)?.kind !== 'wait')).toEqual([]);
    expect(UNDECIDED.filter((text) => dialogIntent(text)?.kind !== 'unknown')).toEqual([]);
    expect(UNCLEAR.filter((text) => dialogIntent(text)?.kind !== 'help')).toEqual([]);
  });

  it('reads values that open like a remark as values', () => {
    for (const [id, text] of VALUE_LOOKALIKES) {
      expect(dialogIntent(text), text).toBeUndefined();
      expect(readMessage(form, {}, field(id), text).values[id]?.value, text).toBe(text);
    }
  });
});

describe('a value inside words asking to write it', () => {
  const VALUES = ['粮油', '水果', '茶叶', '中药材', '水产品'];
  const WRAPS: Array<(v: string) => string> = [(v) => `就填${v}吧`, (v) => `写${v}就行`, (v) => `填${v}就好`, (v) => `那就写${v}吧`, (v) => `写成${v}就可以了`, (v) => `直接填${v}即可`];
  it(`stores the value of all ${VALUES.length * WRAPS.length} wrapped answers`, () => {
    const wrong = VALUES.flatMap((v) => WRAPS.map((wrap) => [wrap(v), v] as const)).filter(
      ([text, v]) => readMessage(form, {}, field('product_category'), text).values.product_category?.value !== v,
    );
    expect(wrong).toEqual([]);
  });

  it('leaves text without such words as it is', () => {
    for (const text of ['粮油', '写字楼', '填海造地', '水果吧']) expect(unwrapWritten(text)).toBe(text);
  });
});

describe('a question asked inside free text', () => {
  it.each([
    ['next_year_plan', '对了产值那个是万元没错吧？1350000万元就是135亿'],
    ['support_measures', '措施那块写多少字合适？我这边还在整理材料'],
  ])('is not stored as %s: "%s"', (id, text) => {
    expect(readMessage(form, {}, field(id), text).values).not.toHaveProperty(id);
  });

  it('a plan that asks nothing is read whole', () => {
    const plan = '新增用标企业10家，办好涪陵榨菜文化节，开拓东南亚出口市场，力争出口额增长10%。';
    expect(readMessage(form, {}, field('next_year_plan'), plan).values.next_year_plan?.value).toBe(plan);
  });
});
