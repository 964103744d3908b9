import { describe, expect, it } from 'vitest';
import { askedCount, countsOneItemOfList, missesAskedCount } from '../../src/qa/asked-count.js';
import { shapesOf } from '../../src/qa/shapes.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

const asked = (q: string) => analyzeQuery(q).countAsked;

describe('a count asked as the answer', () => {
  it('is read when the count closes the question, or a total is asked', () => {
    for (const q of ['示范区一共批了几个', '推荐名额是多少', '补助标准是多少？', '我们市能报几件']) expect(asked(q), q).toBeDefined();
    expect(asked('示范区总共有多少个')).toBe('total');
  });

  it('is not read from a count that describes what is asked about, a length, or another kind of fact asked with it', () => {
    for (const q of ['那几个专项行动都是啥', '要加大的几个领域，有专利转化吗', '筹建期几年', '传真号多少', '各省推荐几个名额在哪看', '要统计从业人员数量吗', '公示是多少号挂出来的', '分配表是第多少个附件', '几个领域，有没有专利转化']) {
      expect(asked(q), q).toBeUndefined();
    }
    expect(askedCount('一共多少家', ['list', 'number'])).toBeUndefined();
  });

  it('is missed by a sentence with a length or no number, held by one with a count', () => {
    const shapes = (text: string) => shapesOf(text);
    expect(missesAskedCount('total', ['number'], shapes('现将名单予以公示(详见附件),公示期为30个工作日'), '', [])).toBe(true);
    expect(missesAskedCount('total', ['number'], shapes('确定了54个示范区'), '确定了54个示范区', ['示范区'])).toBe(false);
    // A pointer to a table of quotas answers how many each may send, not a total nor the asker's own share.
    const pointer = shapes('申报书和各省推荐名额分别见附件1、2');
    expect(missesAskedCount('count', ['number'], pointer, '', [])).toBe(false);
    expect(missesAskedCount('count', ['number', 'own'], pointer, '', [])).toBe(true);
    expect(missesAskedCount('total', ['number'], pointer, '', [])).toBe(true);
  });

  it('is missed by each one\'s share unless each one\'s is asked', () => {
    const cap = '各省报送数量不超过2个,请于2024年3月15日前报送';
    expect(asked('保护工程项目每个省最多报几个')).toBe('each');
    expect(asked('保护工程首批最后批了几个项目')).toBe('count');
    expect(missesAskedCount('each', ['number'], shapesOf(cap), cap, [])).toBe(false);
    expect(missesAskedCount('count', ['number'], shapesOf(cap), cap, [])).toBe(true);
    const both = '各省报送数量不超过2个,共确定14个项目';
    expect(missesAskedCount('count', ['number'], shapesOf(both), both, [])).toBe(false);
  });

  it('is missed by the count of a whole list when one of its items is asked about', () => {
    const products = '生产贺兰山东麓葡萄酒、平遥牛肉、沁州黄小米等14个产品的59家企业';
    const shapes = shapesOf(products);
    expect(missesAskedCount('count', ['number'], shapes, products, ['平遥', '牛肉', '企业'])).toBe(true);
    expect(missesAskedCount('count', ['number'], shapes, products, ['企业'])).toBe(false);
  });

  it('is declined, saying what the related clause lacks, when the clause states no count', async () => {
    const qa = await shippedQa();
    const total = await qa.ask('2021年示范区筹建名单总共有多少个示范区');
    expect(total.declined).toBe(true);
    expect(total.answer).toContain('没有写明具体数量');
    const amount = await qa.ask('示范区筹建的奖补资金是多少');
    expect(amount.declined).toBe(true);
    expect(amount.answer).toContain('没有写明资金、费用或金额');
    expect((await qa.ask('示范区筹建期是几年')).declined).toBe(false);
  });
});

describe('a count asked of one item of a list the notice counts as a whole', () => {
  const sentence = '生产南汇水蜜桃、苍山大蒜、六堡茶、和田大枣等4个产品的9家企业';
  const flagged = (q: string) => {
    const query = analyzeQuery(q);
    return countsOneItemOfList(query.countAsked, shapesOf(sentence), sentence, query.surfaces, query.normalized);
  };

  it('is read from 有几家 / 有多少个 as from a closing count', () => {
    expect(asked('这批里六堡茶有几家企业通过了核准')).toBe('count');
    expect(asked('名录里有多少个茶叶类的地标入选了')).toBe('count');
    expect(asked('有没有六堡茶的企业')).toBeUndefined();
  });

  it('is flagged when the item is what is counted, not when the item names the notice', () => {
    expect(flagged('六堡茶有几家企业通过了核准')).toBe(true);
    expect(flagged('苍山大蒜核准了多少家企业')).toBe(true);
    expect(flagged('苍山大蒜那次公告一共核准了多少家企业')).toBe(false);
    expect(flagged('这次一共核准了多少家企业')).toBe(false);
  });

  it('is declined by the shipped notices, saying only the total is given', async () => {
    const qa = await shippedQa();
    const one = await qa.ask('475号公告里六堡茶有几家企业获得核准');
    expect(one.declined).toBe(true);
    expect(one.answer).toContain('只写明了合计');
    expect((await qa.ask('475号公告一共核准了多少家企业')).declined).toBe(false);
  });
});
