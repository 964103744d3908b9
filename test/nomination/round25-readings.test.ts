import { describe, expect, it } from 'vitest';
import { globalIntent, dialogIntent } from '../../src/nomination/dialog/intents.js';
import { isProductName } from '../../src/nomination/dialog/product-name.js';
import { fieldAsked } from '../../src/nomination/dialog/field-question.js';
import { resumeRequest } from '../../src/nomination/dialog/resume-request.js';
import { readMessage } from '../../src/nomination/reading.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { dialogEnv, field, form } from './dialog-fixture.js';
import { read } from './reading-helpers.js';

describe('a clause ending in a one-character verb', () => {
  it('is a predicate, never the product', () => {
    for (const words of ['第一次弄', '马上填', '今天就报', '这会儿搞']) expect(isProductName(words), words).toBe(false);
  });
  it('leaves products whose last word the dictionary reads as a verb', () => {
    for (const name of ['岷县当归', '舟山带鱼', '霍城薰衣草', '安化黑茶', '涪陵榨菜']) expect(isProductName(name), name).toBe(true);
  });
  it('is not taken as the name beside a start request', () => {
    for (const text of ['hello，我想报个地标，第一次弄，麻烦指导下', '您好，要报名录，第一次弄', '想填申报书，马上填']) {
      const intent = globalIntent(text);
      expect(intent, text).toMatchObject({ kind: 'start' });
      expect(intent, text).not.toHaveProperty('name');
    }
  });
});

describe('the list named by a run of its own words', () => {
  it('is the list a request is for', () => {
    for (const text of ['领导让我报一下地标重点联系名录，要怎么弄啊', '我要报一下重点联系名录', '帮我报个地标运用促进名录', '想申报地标重点联系指导名录']) {
      expect(globalIntent(text), text).toMatchObject({ kind: 'start' });
    }
  });
  it('asks nothing of the form when the message asks about it', () => {
    for (const text of ['我想问一下重点联系名录的截止时间', '地标重点联系名录要交什么材料']) expect(globalIntent(text), text).toBeUndefined();
  });
});

describe('handing in on a condition said before it', () => {
  it('is a submit', () => {
    for (const text of ['好了的话帮我提交', '没问题的话就提交吧', '可以的话帮我交上去']) expect(dialogIntent(text)?.kind, text).toBe('submit');
  });
  it('is nothing when it holds a no', () => {
    for (const text of ['有问题的话先别提交', '不对的话不要提交']) expect(dialogIntent(text)?.kind, text).not.toBe('submit');
  });
});

describe('a question about filling a field in', () => {
  const current = field('product_category');
  it('names the field it asks about, however it is worded', () => {
    const asked: Array<[string, string]> = [
      ['保护类型是啥意思啊？', 'protection_type'],
      ['年产值是写去年的吗？', 'annual_output_value'],
      ['加工业产值是指什么？', 'related_output_processing'],
      ['从业人员怎么统计', 'employees'],
      ['溢价率咋算的', 'sales_premium'],
      ['扶持措施要写些什么', 'support_measures'],
      ['这个类别怎么填？榨菜算蔬菜还是加工食品？', 'product_category'],
      ['这一项是指什么', 'product_category'],
      ['产品类别包括哪些', 'product_category'],
    ];
    for (const [question, id] of asked) expect(fieldAsked(form, current, question)?.id, question).toBe(id);
  });
  it('leaves questions about the policy to the notices', () => {
    for (const question of ['申报材料包括哪些？', '截止时间是哪天', '支持政策包括哪些', '名录是什么意思', '用标企业包括合作社吗']) {
      expect(fieldAsked(form, current, question), question).toBeUndefined();
    }
  });
  it('is answered mid-form with the field help, and the form keeps its place', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('安化黑茶');
      await env.chat.as('u1').says('湖南');
      const replies = await env.chat.as('u1').says('保护类型是啥意思啊？');
      expect(replies.join('\n')).toContain(field('protection_type').help ?? '');
      expect(env.current()?.id).toBe('protection_type');
      await env.chat.as('u1').says('地理标志产品');
      expect(env.draft()?.fields.protection_type?.value).toBe('地理标志产品');
    } finally {
      env.close();
    }
  });
});

describe('a request verb beside a place or a product', () => {
  it('is the act: a place with it is who asks, and a product after it is the product', () => {
    expect(globalIntent('帮文山州报名录，开一份申报书')).not.toHaveProperty('name');
    expect(globalIntent('给临沂市填申报书')).not.toHaveProperty('name');
    expect(globalIntent('我来录阳澄湖大闸蟹的申报书，是苏州同事委托的')).toMatchObject({ kind: 'start', name: '阳澄湖大闸蟹' });
    expect(globalIntent('我来填安化黑茶')).toMatchObject({ kind: 'start', name: '安化黑茶' });
  });
});

describe('the name asked, among other answers', () => {
  it('is read after a piece that was surely another field\'s', () => {
    expect(read('gi_name', '调味品，郫县豆瓣，四川')).toEqual({ product_category: '调味品', gi_name: '郫县豆瓣', province: '四川省' });
    expect(read('gi_name', '水果、赣南脐橙、江西')).toEqual({ product_category: '水果', gi_name: '赣南脐橙', province: '江西省' });
  });
  it('is never a category word or a place, by position or after another answer', () => {
    expect(read('gi_name', '茶叶，福建')).toEqual({ product_category: '茶叶', province: '福建省' });
    expect(read('gi_name', '调味品，四川省郫都区')).not.toHaveProperty('gi_name');
    expect(read('gi_name', '水果，好的')).toEqual({ product_category: '水果' });
  });
});

describe('a region with a note in brackets', () => {
  it('is one region wherever it is sent', () => {
    const region = '江西省赣州市章贡区、南康区、赣县区、信丰县等18个县（市、区）现辖行政区域';
    expect(read('protection_type', region)).toEqual({ region });
    expect(read('annual_output_value', region)).toEqual({ region });
  });
});

describe('a table typed on one line', () => {
  it('reads rows parted by semicolons, with a caption naming no field dropped', () => {
    const text = '我直接贴表格里的：产品名称 | 所属省 | 保护形式 | 商标号 ； 赣南脐橙 | 江西省 | 证明商标 | 3986012';
    const reading = readMessage(form, {}, field('gi_name'), text);
    expect(read('gi_name', text)).toEqual({ gi_name: '赣南脐橙', province: '江西省', protection_type: '作为证明商标注册的地理标志', registration_no: '3986012' });
    expect(reading.unread).toEqual([]);
  });
  it('reads a header and its row run together by tabs', () => {
    const text = '表格粘过来了：地标名称\t省份\t类型\t公告号\t申请单位\t岷县当归\t甘肃\t地理标志产品\t2007年第104号\t岷县当归产业发展中心';
    expect(read('gi_name', text)).toEqual({ gi_name: '岷县当归', province: '甘肃省', protection_type: '地理标志产品', registration_no: '2007年第104号', applicant: '岷县当归产业发展中心' });
    expect(read('gi_name', '指标\t产值(万元)\t从业人员(人)\t用标企业(家)\t2022年\t286000\t52000\t47')).toEqual({ annual_output_value: 2860000000, employees: 52000, authorized_users: 47 });
  });
  it('gives the caption\'s unit to the columns, and stores neither of two columns for one field', () => {
    const reading = readMessage(form, {}, field('protection_type'), '2022年主要指标（单位：亿元）：综合产值 | 鲜果产值 | 加工产值 ； 190 | 128 | 21');
    expect(Object.fromEntries(Object.entries(reading.values).map(([id, v]) => [id, v.value]))).toEqual({ related_output_processing: 2100000000 });
    expect(reading.unread).toEqual(['综合产值（亿元）：190', '鲜果产值（亿元）：128']);
  });
  it('leaves a header row of more names than values a header', () => {
    expect(read('gi_name', '年产值\t出口额\t从业人数\t用标企业数')).toEqual({});
  });
});

describe('words saying two labelled answers are pasted', () => {
  it('are no label of their own', () => {
    expect(read('support_measures', '扶持措施和明年计划我一起贴：扶持措施：出台产业振兴十条，设立资金2000万元；明年计划：新增用标企业12家，开展示范基地建设。')).toEqual({
      support_measures: '出台产业振兴十条，设立资金2000万元',
      next_year_plan: '新增用标企业12家，开展示范基地建设。',
    });
  });
});

describe('a report paragraph sent while a text field is asked', () => {
  it('puts no share, sum or harvest in the region', () => {
    expect(read('region', '平谷区大桃种植面积22万亩，总产量3.1亿斤')).toEqual({});
    expect(read('region', '出口额1.1亿美元，占全县香菇销售额的32%')).toEqual({ export_value: 110000000 });
  });
  it('puts no figure in the category', () => {
    expect(read('product_category', '年产值按21.3亿填，58.6亿是全产业链的')).toEqual({ annual_output_value: 2130000000 });
  });
  it('still reads a total whose label has a colon', () => {
    expect(read('gi_name', '年产值：268亿元，其中原料产值86.5亿元，加工产值128亿元')).toEqual({
      annual_output_value: 8650000000,
      related_output_processing: 12800000000,
    });
  });
  it('reads the product\'s own part of a total opened by a caption', () => {
    expect(read('gi_name', '汇总：2022年全市茉莉花（茶）综合产值145亿元，其中茉莉花产值18亿元，茉莉花茶加工产值92亿元')).toEqual({
      annual_output_value: 1800000000,
      related_output_processing: 9200000000,
    });
  });
});

describe('free text with headings of its own items', () => {
  it('is the answer as typed', () => {
    for (const text of ['1.品牌建设：举办采茶节，开展宣传推介；2.标准化：制定地方标准3项', '品牌建设：举办采茶节，开展宣传推介；标准化建设：制定地方标准3项']) {
      expect(read('support_measures', text), text).toEqual({ support_measures: text });
    }
  });
  it('is no answer when nothing in it was done', () => {
    expect(read('support_measures', '获证时间：2001年；面积：30万亩')).toEqual({});
  });
});

describe('going on with a draft named by its product', () => {
  it('reads the name that closes the request', () => {
    expect(resumeRequest('继续申报文山三七')).toEqual({ name: '文山三七' });
    expect(resumeRequest('接着弄庆元香菇的')).toEqual({ name: '庆元香菇' });
    expect(resumeRequest('继续填写申报书')).toEqual({});
    for (const text of ['继续教育的材料', '继续努力工作', '接着开会']) expect(resumeRequest(text), text).toBeUndefined();
  });
  it('continues that draft, not the one open', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('安化黑茶');
      await env.chat.as('u1').says('新建');
      await env.chat.as('u1').says('赣南脐橙');
      expect(env.drafts()).toHaveLength(2);
      expect(env.draft()?.fields.gi_name?.value).toBe('赣南脐橙');
      await env.chat.as('u1').says('继续填安化黑茶');
      expect(env.draft()?.fields.gi_name?.value).toBe('安化黑茶');
    } finally {
      env.close();
    }
  });
});

describe('going on with a product named while the open draft has no name yet', () => {
  it('names that draft', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('继续横州茉莉花');
      expect(env.drafts()).toHaveLength(1);
      expect(env.draft()?.fields.gi_name?.value).toBe('横州茉莉花');
    } finally {
      env.close();
    }
  });
});

describe('two protection types named apart', () => {
  it('are no choice, while one named inside the other\'s name is', () => {
    const parsed = parseField(field('protection_type'), '我们既有证明商标也有地标产品保护');
    expect(parsed.ok).toBe(false);
    for (const [text, choice] of [['作为证明商标注册的地理标志', '作为证明商标注册的地理标志'], ['地理标志证明商标', '作为证明商标注册的地理标志'], ['是地理标志保护产品', '地理标志产品']]) {
      const one = parseField(field('protection_type'), text as string);
      expect(one.ok && one.value.value, text).toBe(choice);
    }
  });
});
