import { describe, expect, it } from 'vitest';
import { isNumberedFieldHeading } from '../../src/nomination/block.js';
import { opensWithAnswers } from '../../src/nomination/dialog/answers-opening.js';
import { withoutSenderLead } from '../../src/nomination/dialog/sender-lead.js';
import { bareProduct, besideName } from '../../src/nomination/dialog/product-offer.js';
import { withColumnUnits } from '../../src/nomination/table.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { matchLabel } from '../../src/nomination/labels.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import { dialogEnv, field, form } from './dialog-fixture.js';
import { parseFor } from '../../src/nomination/answer-parse.js';
import { read, stored } from './reading-helpers.js';

const bestField = (label: string): string | undefined => matchLabel(form, label)[0]?.field.id;

describe('a part heading written with a comma', () => {
  it('names the field its words name', () => {
    expect(isNumberedFieldHeading(form, '第三部分，已采取的扶持措施')).toBe(true);
    expect(isNumberedFieldHeading(form, '第二章，下一年度工作计划')).toBe(true);
    expect(isNumberedFieldHeading(form, '第一，出台了扶持办法')).toBe(false);
  });
  it('labels the lines under it, and leaves the heading out of the value', () => {
    expect(read('gi_name', '第四部分，下一年度工作计划\n（1）新增用标企业8家；\n（2）举办品牌推介会。')).toEqual({
      next_year_plan: '（1）新增用标企业8家；\n（2）举办品牌推介会。',
    });
  });
});

describe('a line announcing the pasted parts', () => {
  it('goes when numbered headings naming fields follow, whatever fields its own words name', () => {
    expect(
      read('gi_name', '措施和计划都在协会的附件里，一起发你：\n一、已采取的扶持措施\n市里出台扶持办法，每年安排资金800万元。\n二、下一年度工作计划\n新增用标企业12家。'),
    ).toEqual({ support_measures: '市里出台扶持办法，每年安排资金800万元。', next_year_plan: '新增用标企业12家。' });
  });
  it('stays a label when list items, not headings, follow', () => {
    expect(read('gi_name', '扶持措施：\n1.出台扶持办法；\n2.安排资金800万元。')).toEqual({ support_measures: '1.出台扶持办法；\n2.安排资金800万元。' });
  });
});

describe('the contact pointed at by rank or by where they work', () => {
  it('takes the name said after the rank', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('盐池滩羊');
      await env.chat.as('u1').says('联系人写主任，沈国庆');
      expect(env.draft()?.fields.contact_name?.value).toBe('沈国庆');
      await env.chat.as('u1').says('修改联系人');
      await env.chat.as('u1').says('就填我们科长吧，王小明');
      expect(env.draft()?.fields.contact_name?.value).toBe('王小明');
    } finally {
      env.close();
    }
  });
  it('keeps a rank alone out of the name', () => {
    expect(read('contact_name', '写主任')).toEqual({});
  });
  it('takes the name after the place they work', () => {
    expect(read('gi_name', '联系人填县里的周建华，手机180 8123 4567')).toEqual({ contact_name: '周建华', contact_phone: '18081234567' });
  });
});

describe('a greeting to whoever the message is for', () => {
  it('answers nothing, and the labelled name after it is read', () => {
    expect(read('gi_name', '何老师好，蒲江猕猴桃的申报材料如下\n名称：蒲江猕猴桃\n类别：水果')).toEqual({ gi_name: '蒲江猕猴桃', product_category: '水果' });
    expect(read('gi_name', '王科长好，苍溪红心猕猴桃')).toEqual({ gi_name: '苍溪红心猕猴桃' });
  });
});

describe('words saying who told what follows', () => {
  it('are no part of the free text asked', () => {
    expect(read('support_measures', '科长念的：市政府出台火腿产业发展规划，每年安排资金1000万元；修订地方标准。')).toEqual({
      support_measures: '市政府出台火腿产业发展规划，每年安排资金1000万元；修订地方标准。',
    });
    expect(read('next_year_plan', '局长的原话：新增用标企业20家，举办品牌推介会')).toEqual({ next_year_plan: '新增用标企业20家，举办品牌推介会' });
  });
});

describe('a label with where its value was copied from', () => {
  it('names the field before the remark', () => {
    expect(read('gi_name', '范围照注册证上抄的：内蒙古自治区锡林郭勒盟苏尼特左旗、苏尼特右旗现辖行政区域')).toEqual({
      region: '内蒙古自治区锡林郭勒盟苏尼特左旗、苏尼特右旗现辖行政区域',
    });
    expect(read('gi_name', '申请人按公告原文抄的：西峡县香菇产业发展中心')).toEqual({ applicant: '西峡县香菇产业发展中心' });
  });
});

describe('a figure pointed at past an aside about the old one', () => {
  const filled = stored('export_value', '2.3亿元');
  it('changes the field holding the old figure', () => {
    expect(findCorrection(form, '出口额刚跟海关核了，2025年是3050万美元，之前那个2.3亿人民币是估算的，按美元这个报', undefined, filled)).toEqual({
      field: 'export_value',
      value: '3050万美元',
    });
  });
  it('changes the one filled field named, when the old figure is not said', () => {
    expect(findCorrection(form, '出口额跟海关核了，是3050万美元，以这个为准', undefined, filled)).toEqual({ field: 'export_value', value: '3050万美元' });
  });
  it('changes nothing when the old figure is said to be right', () => {
    expect(findCorrection(form, '出口额核了，是3050万美元，之前那个2.3亿是对的，按这个报', undefined, filled)).toBeUndefined();
  });
});

describe('a spaced list before labelled answers', () => {
  it('parts the list as well as the answers', () => {
    expect(read('gi_name', '苏尼特羊肉 内蒙古的 证明商标 注册号是4560371 注册人是锡林郭勒盟苏尼特羊产业协会')).toEqual({
      gi_name: '苏尼特羊肉',
      province: '内蒙古自治区',
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '4560371',
      applicant: '锡林郭勒盟苏尼特羊产业协会',
    });
    // never the list run together into the name
    expect(read('gi_name', '乌珠穆沁羊肉 内蒙古 集体商标 注册人是东乌珠穆沁旗畜牧业协会').gi_name).toBe('乌珠穆沁羊肉');
  });
  it('reads spaced answers after the region asked is closed', () => {
    expect(read('region', '范围是浙江省湖州市安吉县现辖行政区域 注册人是安吉县茶叶协会 类别茶叶')).toEqual({
      region: '浙江省湖州市安吉县现辖行政区域',
      applicant: '安吉县茶叶协会',
      product_category: '茶叶',
    });
  });
});

describe('a dash before an option of a choice', () => {
  it('parts the name before it from the option, the bullet left out', () => {
    expect(read('gi_name', '■ 郫县豆瓣——国家地理标志保护产品（2005年第148号公告）\n■ 保护范围：四川省成都市郫都区现辖行政区域')).toEqual({
      gi_name: '郫县豆瓣',
      protection_type: '地理标志产品',
      registration_no: '2005年第148号公告',
      region: '四川省成都市郫都区现辖行政区域',
    });
    expect(read('gi_name', '龙井茶——证明商标')).toEqual({ gi_name: '龙井茶', protection_type: '作为证明商标注册的地理标志' });
  });
  it('stays a label’s dash when its words name a field, and free text keeps its dashes', () => {
    expect(read('gi_name', '保护类型——证明商标')).toEqual({ protection_type: '作为证明商标注册的地理标志' });
    expect(read('support_measures', '出台扶持办法——每年安排资金500万元，建设检测中心')).toEqual({ support_measures: '出台扶持办法——每年安排资金500万元，建设检测中心' });
  });
});

describe('a total of the whole trade split into the form’s narrower fields', () => {
  it('gives the product’s own part as the output value, the narrower parts to their fields', () => {
    expect(read('gi_name', '茶产业综合产值达到150亿元，其中干毛茶产值62亿元，精深加工产值55亿元，茶旅游产值33亿元。')).toEqual({
      annual_output_value: 6200000000,
      related_output_processing: 5500000000,
      related_output_tourism: 3300000000,
    });
  });
  it('keeps the total when no part is a narrower field, or when it is asked as free text', () => {
    expect(read('gi_name', '年产值50亿，其中鲜茶产值20亿，出口额3亿')).toMatchObject({ annual_output_value: 5000000000 });
    const measures = '全县茶产业综合产值150亿元，其中干毛茶产值62亿元，加工产值55亿元，是我们出台扶持办法的成效';
    expect(read('support_measures', measures)).toEqual({ support_measures: measures });
  });
});

describe('who told a labelled value, between its label and the colon', () => {
  it('leaves the label naming its field', () => {
    expect(read('support_measures', '扶持措施 科长念的：市政府出台火腿产业发展规划，设立资金每年1000万元；修订地方标准。')).toEqual({
      support_measures: '市政府出台火腿产业发展规划，设立资金每年1000万元；修订地方标准。',
    });
    expect(read('gi_name', '明年计划 主任说的：新增用标企业10家，建设博物馆')).toEqual({ next_year_plan: '新增用标企业10家，建设博物馆' });
    expect(bestField('产值科长报的')).toBe('annual_output_value');
  });
  it('still parts a value from a remark labelled after it', () => {
    expect(read('gi_name', '联系人 王磊 备注：周末不在')).toMatchObject({ contact_name: '王磊' });
  });
});

describe('what the figures before come to', () => {
  it('takes the place of the rough figure before it', () => {
    expect(figuresAsMeant('溢价 比一般羊肉一斤贵七八块钱 算下来百分之二十左右吧')).toBe('溢价 比一般羊肉一斤贵百分之二十左右');
    expect(figuresAsMeant('比普通大米每斤贵两块钱，折算下来大概三成')).toBe('比普通大米每斤贵三成');
    expect(figuresAsMeant('比普通大米每斤贵1.5元，算下来30%左右')).toBe('比普通大米每斤贵30%左右');
  });
  it('leaves a message without such a clause as typed', () => {
    expect(figuresAsMeant('比一般羊肉一斤贵七八块钱')).toBe('比一般羊肉一斤贵七八块钱');
  });
});

describe('who sends and where they work, before the form’s data', () => {
  it('says nothing of the form, the sender’s name going only with their unit', () => {
    expect(withoutSenderLead(form, '巴图，盟局的。乌珠穆沁羊肉，集体商标')).toBe('乌珠穆沁羊肉，集体商标');
    expect(withoutSenderLead(form, '我是陇南市局的，武都花椒 甘肃')).toBe('武都花椒 甘肃');
    expect(withoutSenderLead(form, '王芳，宿迁市局。全发你了，自己看：\n品名：洋河大曲')).toBe('品名：洋河大曲');
    expect(withoutSenderLead(form, '武都花椒，甘肃的')).toBe('武都花椒，甘肃的');
  });
  it('lets the data after it open the form', () => {
    expect(opensWithAnswers(form, '巴图，盟局的。这个是乌珠穆沁羊肉，集体商标，注册号12345678')).toEqual({ name: '乌珠穆沁羊肉', rest: '集体商标，注册号12345678' });
    expect(opensWithAnswers(form, '在不在 武都花椒 甘肃 地理标志产品 公告2005年第12号')?.name).toBe('武都花椒');
  });
  it('opens the form with a pasted block whose name is labelled, one telling value enough', () => {
    const block = '王芳，宿迁市局。全发你了：\n品名：洋河大曲\n注册单位：宿迁市酒业协会\n品类：酒类\n年产值：120亿元\n带动就业：3万人\n省份：江苏';
    expect(opensWithAnswers(form, block)?.name).toBe('洋河大曲');
  });
});

describe('a product offered with a place in its province, after who sends it', () => {
  it('is offered, the place kept to answer the province', () => {
    expect(bareProduct(form, '赵强，区知识产权局。房山磨盘柿，北京市房山区的')).toBe('房山磨盘柿');
    expect(besideName(form, '赵强，区知识产权局。房山磨盘柿，北京市房山区的', '房山磨盘柿')).toBe('北京市房山区的');
    expect(bareProduct(form, '北京市房山区的')).toBeUndefined();
  });
});

describe('a unit in a table’s header or in a label before a bar', () => {
  it('goes to each bare figure under it', () => {
    expect(withColumnUnits('项目\t金额（万元）\n年产值\t98600\n旅游（采摘）\t45000')).toBe('项目\t金额（万元）\n年产值\t98600万元\n旅游（采摘）\t45000万元');
    expect(read('gi_name', figuresAsMeant('项目\t金额（万元）\n年产值\t98600\n加工业产值\t6200'))).toEqual({ annual_output_value: 986000000, related_output_processing: 62000000 });
  });
  it('goes to the figure in the cell after the label', () => {
    expect(read('gi_name', figuresAsMeant('| 指标 | 数值 |\n| 年产值（万元） | 486,000 |\n| 出口额（万美元） | 4,560 |\n| 从业人员（人） | 86,500 |'))).toEqual({
      annual_output_value: 4860000000,
      export_value: 45600000,
      employees: 86500,
    });
  });
  it('leaves a figure with its own unit, and rows of another shape, as typed', () => {
    expect(withColumnUnits('项目\t金额（万元）\n年产值\t9.86亿元')).toBe('项目\t金额（万元）\n年产值\t9.86亿元');
    expect(withColumnUnits('项目\t金额（万元）\n\n从业人员 3.2万')).toBe('项目\t金额（万元）\n\n从业人员 3.2万');
  });
});

describe('a question asked yes or no in the middle of the form', () => {
  it('is a question, never the free text asked', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('修改扶持措施');
      await env.chat.as('u1').says('对了这个表最后要不要盖章来着');
      expect(env.draft()?.fields.support_measures).toBeUndefined();
    } finally {
      env.close();
    }
  });
});

describe('words sending the text, after its label', () => {
  it('are no part of it', () => {
    expect(read('support_measures', '好的 扶持措施发你 县政府出台扶持办法 每年安排专项资金300万元')).toEqual({ support_measures: '县政府出台扶持办法 每年安排专项资金300万元' });
    expect(read('gi_name', '政策支持：县委县政府出台发展意见；每年安排资金800万元。')).toEqual({ support_measures: '县委县政府出台发展意见；每年安排资金800万元。' });
  });
});

describe('a nickname and the full name after it in a correction', () => {
  it('change the contact to the full name', () => {
    const filled = stored('contact_name', '韦丽萍');
    expect(findCorrection(form, '联系人换成小周，周晓燕，她后面对接', undefined, filled)).toEqual({ field: 'contact_name', value: '周晓燕' });
  });
});

describe('what to write, said last after a remark', () => {
  it('is the value', () => {
    expect(parseFor(form, field('product_category'), '我们之前报的都是加工食品 写加工食品')).toMatchObject({ ok: true, value: { value: '加工食品' } });
    expect(parseFor(form, field('applicant'), '协会名字改过，就写赤水市晒醋行业协会吧')).toMatchObject({ ok: true, value: { value: '赤水市晒醋行业协会' } });
  });
  it('leaves words that only open with 写 or 填 as typed', () => {
    expect(parseFor(form, field('product_category'), '水果，填海造地')).not.toMatchObject({ value: { value: '海造地' } });
  });
});
