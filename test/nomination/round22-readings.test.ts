import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCellLinesRead } from '../../src/nomination/cell-lines.js';
import { isDataRemark } from '../../src/nomination/data-remark.js';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { matchLabel } from '../../src/nomination/labels.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { framed, read, stored } from './reading-helpers.js';

const bestField = (label: string): string | undefined => matchLabel(form, label)[0]?.field.id;

describe('labels written with an equals sign after a comma', () => {
  it('reads every pair of the line', () => {
    expect(read('gi_name', '品名＝阳澄湖大闸蟹，所属省＝江苏，注册证号＝9301357，注册单位＝苏州市阳澄湖大闸蟹行业协会，品类＝水产品')).toEqual({
      gi_name: '阳澄湖大闸蟹',
      province: '江苏省',
      registration_no: '9301357',
      applicant: '苏州市阳澄湖大闸蟹行业协会',
      product_category: '水产品',
    });
  });
});

describe('a label with a remark in brackets or a year in front', () => {
  it('names the field the words before the remark name, and brackets that name a field still do', () => {
    expect(bestField('措施这块（协会原文）')).toBe('support_measures');
    expect(bestField('相关产业产值（加工）')).toBe('related_output_processing');
    expect(bestField('2027年目标')).toBe('next_year_plan');
    expect(bestField('2024年度出口额')).toBe('export_value');
  });
  it('keeps a source remark out of the value and the pending field', () => {
    expect(read('next_year_plan', '措施这块（协会原文）：实行“一蟹一码”防伪蟹扣管理，市区两级财政每年安排品牌保护资金1500万元。')).toEqual({
      support_measures: '实行“一蟹一码”防伪蟹扣管理，市区两级财政每年安排品牌保护资金1500万元。',
    });
  });
  it('reads a dated target as the plan, its figures kept in it', () => {
    expect(read('gi_name', '2027年目标：郫县豆瓣产值突破150亿元，用标企业达到120家')).toEqual({ next_year_plan: '郫县豆瓣产值突破150亿元，用标企业达到120家' });
    expect(read('gi_name', '明年计划：产值突破150亿元，用标企业达到120家')).toEqual({ next_year_plan: '产值突破150亿元，用标企业达到120家' });
  });
});

describe('a figure chosen among several by what it is', () => {
  it('takes the figure whose clause holds the words chosen', () => {
    expect(figuresAsMeant('「2022年全产业链大概五十多亿，其中蟹本身的销售产值是31.7亿」我们报蟹本身的')).toContain('31.7亿');
    expect(figuresAsMeant('「2022年全产业链大概五十多亿，其中蟹本身的销售产值是31.7亿」我们报蟹本身的')).not.toContain('五十多亿');
  });
  it('reads the totals a message says to go by, not the part before them', () => {
    expect(figuresAsMeant('龙口市：产值12.3亿，用标企业9家。加上以后总数：产值257.1亿，用标186家，按总数改')).toBe('产值257.1亿，用标186家，按总数改');
  });
});

describe('a price said higher than a named product', () => {
  it('is the premium', () => {
    expect(read('sales_premium', '价格高出同类湖蟹一倍左右')).toEqual({ sales_premium: 100 });
    expect(read('sales_premium', '溢价率 科长说价格差不多高一倍')).toEqual({ sales_premium: 100 });
  });
});

describe('a remark in brackets inside a clause', () => {
  it('stays in its clause', () => {
    const reading = readMessage(form, {}, field('annual_output_value'), '加工产值3.2亿元，物流（冷链+快递）7.6亿元，旅游（蟹宴、农家乐）12亿元');
    expect(reading.unread).toEqual([]);
    expect(Object.keys(reading.values)).toEqual(['related_output_processing', 'related_output_logistics', 'related_output_tourism']);
  });
});

describe('corrections pointed at, or made by a total', () => {
  it('changes the field the labelled clause before "以这个为准" names', () => {
    const filled = stored('authorized_users', '约400家');
    expect(findCorrection(form, '协会回了，经许可使用集体商标的主体是436家，以这个为准', undefined, filled)).toEqual({ field: 'authorized_users', value: '436家' });
  });
  it('changes the field holding the old figure said before the one pointed at', () => {
    const filled = stored('authorized_users', '436家');
    expect(findCorrection(form, '对了，用标主体刚才写的436家是去年底的数，协会说截至今年10月底是451家，以这个为准', undefined, filled)).toEqual({ field: 'authorized_users', value: '451家' });
    expect(findCorrection(form, '协会回了，是451家，以这个为准', undefined, filled)).toBeUndefined();
  });
  it('takes the figure to go by after a stored one is said to be of another scope', () => {
    const filled = stored('annual_output_value', '146亿');
    expect(findCorrection(form, '前面产值核实了,146亿是全产业链口径,茶叶本身按112.6亿报,改一下', undefined, filled)).toEqual({ field: 'annual_output_value', value: '112.6亿' });
  });
  it('takes the total after a part is corrected', () => {
    const filled = stored('annual_output_value', '37.4亿');
    expect(findCorrection(form, '尉犁县刚发来更正，他们产值是8.6亿，表里写成6.8了，合计应该是39.2亿，麻烦改一下', undefined, filled)).toEqual({ field: 'annual_output_value', value: '39.2亿' });
  });
});

describe('words about the data while a free text is asked', () => {
  it('are no measures', () => {
    for (const text of ['刚跟王科长通了电话', '出口这个1350万美元我原来觉得偏高，问过了，说是海关那边核过的，不用改', '第5条人均收入那个是农业农村局抽样调查的，可能偏低，先这样', '龙口的数来了']) {
      expect(isDataRemark(form, field('support_measures'), text), text).toBe(true);
      expect(read('support_measures', text), text).toEqual({});
    }
  });
  it('leave measures that name a field or do something', () => {
    for (const text of ['对获准用标企业每家奖励5万元', '出台扶持办法，安排资金800万元']) expect(isDataRemark(form, field('support_measures'), text), text).toBe(false);
  });
});

describe('what is never a name', () => {
  it('keeps another field, a remark or an apology out of the product name', () => {
    expect(read('gi_name', '溢价，正宗郫县豆瓣比普通豆瓣酱贵一倍')).toEqual({ sales_premium: 100 });
    expect(read('gi_name', '出口至德国、比利时')).toEqual({});
    expect(read('gi_name', '物流2.6亿，邮件里没写')).toEqual({ related_output_logistics: 260_000_000 });
    expect(read('gi_name', '主任口述我来打字，有错别字见谅')).toEqual({});
  });
  it('reads a person with the unit in brackets, and a unit with words of when', () => {
    expect(read(undefined, '联系人 阿依古丽·买买提（巴州市场监管局）')).toEqual({ contact_name: '阿依古丽·买买提' });
    expect(read('applicant', '当时是西峡县香菇产业发展中心')).toEqual({ applicant: '西峡县香菇产业发展中心' });
  });
  it('knows the holder of a mark and the managing unit as the applicant, and more categories', () => {
    expect(bestField('管理单位')).toBe('applicant');
    expect(bestField('商标持有人')).toBe('applicant');
    const parsed = parseField(field('product_category'), '畜禽肉类');
    expect(parsed.ok).toBe(true);
    expect(read('gi_name', '畜禽肉类')).toEqual({ product_category: '畜禽肉类' });
  });
});

describe('an announcement number in brackets after the protection type', () => {
  it('is the registration number', () => {
    expect(read(undefined, '保护类型：地理标志产品（原国家质检总局批准公告2002年第40号）')).toEqual({ protection_type: '地理标志产品', registration_no: '2002年第40号' });
    expect(read(undefined, '地理标志产品（2005年第148号公告）')).toEqual({ protection_type: '地理标志产品', registration_no: '2005年第148号公告' });
  });
});

describe('a region closed by its customary words', () => {
  it('ends with its line', () => {
    expect(read('gi_name', '保护范围：江苏省兴化市现辖行政区域\n3、2025年全市河蟹养殖面积60万亩，产量7.3万吨')).toEqual({ region: '江苏省兴化市现辖行政区域' });
  });
  it('goes on over lines that are still places', () => {
    expect(read('gi_name', '保护范围：江苏省兴化市\n戴南镇、张郭镇现辖行政区域')).toEqual({ region: '江苏省兴化市\n戴南镇、张郭镇现辖行政区域' });
  });
});

describe('a table pasted one cell per line', () => {
  const table = ['表1 主要指标', '指标', '2024年', '2025年', '年产值（亿元）', '26.1', '28.6', '从业人员（人）', '21500', '23000', '获准用标企业（家）', '118', '131'].join('\n');
  it('is read row by row in the newest year', () => {
    expect(withCellLinesRead(table)).toBe(['表1 主要指标', '年产值（亿元）：28.6', '从业人员（人）：23000', '获准用标企业（家）：131'].join('\n'));
  });
  it('leaves lines that are no such table as typed', () => {
    const text = '指标\n年产值\n28.6';
    expect(withCellLinesRead(text)).toBe(text);
  });
});

describe('framing of a forwarded colleague', () => {
  it('drops a unit and a name parted by a space on the speaker line', () => {
    expect(framed('【转发】蒲江县市场监管局 周建华：\n名称：蒲江猕猴桃')).toBe('名称：蒲江猕猴桃');
  });
  it('drops who read a text out', () => {
    expect(framed('科长念的：市政府出台宣威火腿产业发展规划')).toBe('市政府出台宣威火腿产业发展规划');
  });
});

describe('start requests, round 22', () => {
  it('reads a product in quotation marks, and relayed pasting beside the request', () => {
    expect(globalIntent('我是济南市局孙婷，帮章丘区报“章丘大葱”')).toMatchObject({ kind: 'start', name: '章丘大葱' });
    expect(globalIntent('你好，锡盟这边报锡林郭勒羊肉，几个旗的同事分头给的数，我整理了一段一段贴过来')).toMatchObject({ kind: 'start', name: '锡林郭勒羊肉' });
  });
  it('never takes a rank for the product', () => {
    const read = globalIntent('你好，我是百色市芒果产业协会的，会长让我把申报报一下');
    expect(read?.kind).toBe('start');
    expect(read && 'name' in read ? read.name : undefined).toBeUndefined();
  });
});

describe('through the dialog, round 22', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('changes every total said to be gone by, and keeps a remark out of the measures', async () => {
    const user = 'u22-totals';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('烟台苹果');
    await env.chat.as(user).says('产值244.8亿，从业221000人，用标177家');
    await env.chat.as(user).says('扶持措施');
    await env.chat.as(user).says('接着填，龙口的数来了');
    expect(env.draft(user)?.fields.support_measures).toBeUndefined();
    await env.chat.as(user).says('龙口市：产值12.3亿，从业人员11600人，用标企业9家。加上以后总数：产值257.1亿，从业232600人，用标186家，按总数改');
    expect(env.draft(user)?.fields).toMatchObject({ annual_output_value: { value: 25_710_000_000 }, employees: { value: 232_600 }, authorized_users: { value: 186 } });
    expect(env.draft(user)?.fields.support_measures).toBeUndefined();
  });

  it('replaces figures from an old table with the new one', async () => {
    const user = 'u22-new-table';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('五常大米');
    await env.chat.as(user).says('产值98.6亿，从业人数11.2万人，用标企业80家');
    await env.chat.as(user).says('扶持措施');
    await env.chat.as(user).says('昨天贴的那行是2024年的老表，今年新表出来了：2025年产值103.2亿，从业人数11.6万人，其他不变');
    expect(env.draft(user)?.fields).toMatchObject({ annual_output_value: { value: 10_320_000_000 }, employees: { value: 116_000 }, authorized_users: { value: 80 } });
    expect(env.draft(user)?.fields.support_measures).toBeUndefined();
  });
});
