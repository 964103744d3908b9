import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection, findCorrections } from '../../src/nomination/extract.js';
import { nameKindProblem } from '../../src/nomination/name-kind.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { withoutSelfIntro } from '../../src/nomination/person-name.js';
import { withSoftWrapsJoined } from '../../src/nomination/soft-wraps.js';
import { field, form } from './dialog-fixture.js';
import { read, stored } from './reading-helpers.js';

/**
 * The v36 round: a long opening that names its product and goes on with answers, a section's heading, how a
 * figure changed and the basis it is counted on, a category said with a verb, a line broken by a pasted
 * document's width, a remark after the region, the full name asked for, a contact changed "换一下".
 */

describe('a long message opening with the request that names its product', () => {
  it('starts the form with the product, the clauses after it read as answers', () => {
    const intent = globalIntent('您好！我是乐清市市场监管局知识产权科的林晓东，这次代表我们市申报“雁荡山铁皮石斛”这个地理标志，它在浙江省，保护类型是地理标志产品，批准公告号是2012年第63号公告，麻烦您帮忙录入一下。');
    expect(intent).toMatchObject({ kind: 'start', name: '雁荡山铁皮石斛' });
    expect(intent?.kind === 'start' ? intent.rest : undefined).toMatch(/保护类型是地理标志产品/u);
  });
  it('starts nothing when it asks a question', () => {
    expect(globalIntent('您好，我是乐清市市场监管局知识产权科的林晓东，这次代表我们市申报“雁荡山铁皮石斛”这个地理标志，它在浙江省，请问截止时间是哪天？')?.kind).not.toBe('start');
  });
});

describe('a section’s heading', () => {
  it('is no product’s name', () => {
    expect(nameKindProblem(field('gi_name'), '社会效益方面')).toBeDefined();
    expect(nameKindProblem(field('gi_name'), '雁荡山铁皮石斛')).toBeUndefined();
  });
});

describe('a figure beside how it changed and the basis it is counted on', () => {
  it('stores the figure, never the rate of change as the premium', () => {
    expect(read('product_category', '年产值21亿元，同比增长12%')).toEqual({ annual_output_value: 2_100_000_000 });
    expect(read('contact_name', '出口额2600万元，比上年增长9.5%')).toEqual({ export_value: 26_000_000 });
    expect(read('product_category', '溢价率30%')).toEqual({ sales_premium: 30 });
  });
  it('reads the figure past the basis', () => {
    const parsed = parseField(field('annual_output_value'), '产值按2023年统计口径约为21亿元');
    expect(parsed.ok && parsed.value.value).toBe(2_100_000_000);
    expect(read('annual_output_value', '产值按2023年统计口径约为21亿元，比上年增长9.5%')).toEqual({ annual_output_value: 2_100_000_000 });
  });
});

describe('the category asked, beside other answers', () => {
  it('takes no clause said with a verb or a place, nor words saying there is nothing to give', () => {
    expect(read('product_category', '出口额大概2600万元，主要销往东南亚。')).toEqual({ export_value: 26_000_000 });
    expect(read('product_category', '年产值约为18.6亿元。深加工的加工产值另算，大约9.2亿元。')).toMatchObject({ annual_output_value: 1_860_000_000 });
    expect(read('product_category', '年产值约为18.6亿元。深加工的加工产值另算，大约9.2亿元。').product_category).toBeUndefined();
    expect(read('product_category', '物流这块我们不单独统计，没法填，您跳过就行。旅游产值大约有4.5亿元。')).toEqual({ related_output_tourism: 450_000_000 });
  });
  it('is read after the field’s name, who says it and how usually', () => {
    expect(read('annual_output_value', '产品类别我们一般归到中药材。')).toEqual({ product_category: '中药材' });
    expect(read('gi_name', '嗯，是中药材')).toEqual({ product_category: '中药材' });
  });
});

describe('a value broken over two lines by a pasted document', () => {
  it('is joined where the line broke inside it', () => {
    expect(withSoftWrapsJoined(form, '（四）批准公告号：2011年第\n152号公告\n（五）产地范围：广西壮族自治区北海市合浦县\n现辖行政区域')).toBe(
      '（四）批准公告号：2011年第152号公告\n（五）产地范围：广西壮族自治区北海市合浦县现辖行政区域',
    );
    expect(withSoftWrapsJoined(form, '四、已采取的扶持措施\n县政府设立南珠产业发展专项资金1500万元，\n建设南珠种质资源保护区。')).toBe('四、已采取的扶持措施\n县政府设立南珠产业发展专项资金1500万元，建设南珠种质资源保护区。');
  });
  it('leaves apart a heading, an item, a label waiting for its value, a number of its own and a short name', () => {
    for (const text of ['二、经济效益\n年产值：\n4.8亿元', '扶持措施：\n1.设立专项资金\n2.建设基地', '联系人：黄海燕\n13912345678', '地理标志名称：合浦南珠\n珍珠', '保护范围：合浦县现辖行政区域。\n申请人：合浦县南珠协会']) {
      expect(withSoftWrapsJoined(form, text), text).toBe(text);
    }
  });
});

describe('a remark after the region', () => {
  it('is no part of it', () => {
    expect(read('region', '保护范围是浙江省乐清市现辖行政区域，这个在公告里写得很清楚')).toEqual({ region: '浙江省乐清市现辖行政区域' });
  });
});

describe('changes said in the officer’s words', () => {
  it('takes the full name asked for', () => {
    expect(findCorrection(form, '等下，申请人名称要用全称：丹东市黄蚬子产业协会', 'contact_email', stored('applicant', '丹东市黄蚬子协会'))).toEqual({
      field: 'applicant',
      value: '丹东市黄蚬子产业协会',
    });
  });
  it('reads a contact to be changed in one clause and the new one in the next', () => {
    const filled = { ...stored('contact_name', '王立新'), ...stored('contact_phone', '0536-8231234') };
    expect(findCorrections(form, '不好意思，联系人换一下，改成科里的刘倩负责，电话 150 6361 2345', 'related_output_logistics', filled)).toContainEqual({ field: 'contact_name', value: '科里的刘倩负责' });
    expect(withoutSelfIntro(field('contact_name'), '科里的刘倩负责')).toBe('刘倩');
    expect(withoutSelfIntro(field('contact_name'), '由刘倩负责')).toBe('刘倩');
  });
  it('keeps an old figure said to be right', () => {
    expect(findCorrection(form, '出口额核了，是3050万美元，之前那个2.3亿是对的，按这个报', undefined, stored('export_value', '2.3亿元'))).toBeUndefined();
  });
});
