import { describe, expect, it } from 'vitest';
import { globalIntent, dialogIntent } from '../../src/nomination/dialog/intents.js';
import { introducedName, isUnitIntroduction } from '../../src/nomination/introduction.js';
import { withoutTakenBack } from '../../src/nomination/self-repair.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { provinceOfPlaceRun } from '../../src/nomination/gazetteer.js';
import { dialogEnv, field, form } from './dialog-fixture.js';
import { read } from './reading-helpers.js';

const province = (text: string): unknown => {
  const parsed = parseField(field('province'), text);
  return parsed.ok ? parsed.value.value : undefined;
};

describe('a sender named right after their unit', () => {
  it('is who writes, never the product', () => {
    expect(isUnitIntroduction('泉州市局陈雅婷')).toBe(true);
    expect(introducedName('泉州市局陈雅婷')).toBe('陈雅婷');
    expect(globalIntent('您好 泉州市局陈雅婷 今天帮德化县填')).not.toMatchObject({ name: '陈雅婷' });
  });
  it('leaves a unit alone a unit, and an applicant an applicant', () => {
    expect(introducedName('德化县陶瓷产业发展服务中心')).toBeUndefined();
    expect(read('applicant', '盐池县滩羊协会')).toEqual({ applicant: '盐池县滩羊协会' });
  });
});

describe('a colleague who passed the task on', () => {
  it('does not stop the request', () => {
    expect(globalIntent('赣州市局的同事让我代报一个 赣南脐橙')).toMatchObject({ kind: 'start', name: '赣南脐橙' });
    expect(globalIntent('帮苏州的顾科长报一下 阳澄湖大闸蟹')).toMatchObject({ kind: 'start', name: '阳澄湖大闸蟹' });
  });
  it('asks nothing by being named', () => {
    expect(globalIntent('同事让我问一下截止时间')).toBeUndefined();
  });
});

describe('a figure put right after a pause', () => {
  it('gives way to the one said after 等下 … 是', () => {
    expect(withoutTakenBack(form, '物流电商那块我记得是32亿 等下 是23亿 我把数字看反了')).toBe('物流电商那块我记得是23亿');
    expect(withoutTakenBack(form, '出口2亿 等下 是2.5亿')).toBe('出口2.5亿');
  });
  it('keeps a figure said with 等下 that puts nothing right', () => {
    expect(withoutTakenBack(form, '产值52亿 嗯 是这个数')).toBe('产值52亿 嗯 是这个数');
  });
  it('answers the figure field it names while free text is asked, and nothing lands in the free text', () => {
    expect(read('support_measures', '物流电商那块我记得是32亿 等下 是23亿 我把数字看反了')).toEqual({ related_output_logistics: 2300000000 });
  });
  it('leaves free text as typed', () => {
    expect(read('support_measures', '市里安排资金500万元 等下 是800万元 用于品牌推广')).toEqual({
      support_measures: '市里安排资金500万元 等下 是800万元 用于品牌推广',
    });
  });
});

describe('a value put right in the same breath, for a field still empty', () => {
  it('is the answer, not a request to correct', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('涪陵榨菜');
      await env.chat.as('u1').says('从业人员 六十万人 不对 六万人 我看错行了');
      expect(env.draft()?.fields.employees?.value).toBe(60000);
      await env.chat.as('u1').says('品类 调味品吧 哦不对 我们之前报的都是加工食品 写加工食品');
      expect(env.draft()?.fields.product_category?.value).toBe('加工食品');
    } finally {
      env.close();
    }
  });
  it('still corrects a value stored before', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('涪陵榨菜');
      await env.chat.as('u1').says('从业人员六万人');
      await env.chat.as('u1').says('从业人员 六万人 不对 八万人');
      expect(env.draft()?.fields.employees?.value).toBe(80000);
    } finally {
      env.close();
    }
  });
});

describe('the province of places named without it', () => {
  it('is read from a city, a county or an autonomous prefecture said short', () => {
    expect(province('哈尔滨五常市的')).toBe('黑龙江省');
    expect(province('赣州的')).toBe('江西省');
    expect(province('我们是三明市沙县区的')).toBe('福建省');
    expect(province('文山州的')).toBe('云南省');
    expect(province('苏州那边')).toBe('江苏省');
  });
  it('is none when the name lies in several provinces, or names a product', () => {
    expect(provinceOfPlaceRun('朝阳')).toBeUndefined();
    expect(province('朝阳')).toBeUndefined();
    expect(province('五常大米')).toBeUndefined();
    expect(province('西湖龙井')).toBeUndefined();
  });
  it('is taken from the region when the draft has none, and never over one given', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('阳澄湖大闸蟹');
      await env.chat.as('u1').says('地域范围：苏州市相城区、苏州工业园区、昆山市阳澄湖周边现辖区域').expectReply(/所在省份：江苏省/);
      expect(env.draft()?.fields.province?.value).toBe('江苏省');
      await env.chat.as('u2').says('/申报');
      await env.chat.as('u2').says('某地大米');
      await env.chat.as('u2').says('浙江');
      await env.chat.as('u2').says('地域范围：苏州市相城区现辖行政区域');
      expect(env.draft('u2')?.fields.province?.value).toBe('浙江省');
    } finally {
      env.close();
    }
  });
});

describe('a year before a field name that opens with 年', () => {
  it('is the year, never a figure of its own', () => {
    expect(read('annual_output_value', '2022年产值五十二个亿')).toEqual({ annual_output_value: 5200000000 });
    expect(read('annual_output_value', '去年也就是2022年产值是五十二个亿')).toEqual({ annual_output_value: 5200000000 });
    expect(read('gi_name', '2022年出口额300万美元')).toEqual({ export_value: 3000000 });
  });
  it('keeps an announcement number whole', () => {
    expect(read('registration_no', '2008年第59号公告')).toEqual({ registration_no: '2008年第59号公告' });
  });
});

describe('a target for a later year said after a figure', () => {
  it('is a clause of its own, and the answers around it are read', () => {
    expect(read('annual_output_value', '去年也就是2022年产值是五十二个亿今年计划六十个亿出口一千一百万美元')).toEqual({
      annual_output_value: 5200000000,
      export_value: 11000000,
    });
    expect(read('gi_name', '2022年产值二十八个亿 2023年目标三十五亿')).toEqual({ annual_output_value: 2800000000 });
  });
  it('stays in the plan asked, whole', () => {
    expect(read('next_year_plan', '2023年目标产值突破60亿')).toEqual({ next_year_plan: '2023年目标产值突破60亿' });
    expect(read('next_year_plan', '明年目标产值突破60亿，新增用标企业10家')).toEqual({ next_year_plan: '明年目标产值突破60亿，新增用标企业10家' });
  });
});

describe('who sent the data in, before a colon', () => {
  it('is no label: the data after it is read', () => {
    expect(read('gi_name', '市局报上来的：钦州坭兴陶，桂，地理标志产品，2008年第59号公告')).toEqual({
      gi_name: '钦州坭兴陶',
      province: '广西壮族自治区',
      protection_type: '地理标志产品',
      registration_no: '2008年第59号公告',
    });
  });
});

describe('a value withdrawn', () => {
  it('is a skip, with a reason after it or a figure taken back before it', () => {
    for (const text of ['算了旅游这个不填了 没有正式统计', '旅游那块 茶旅大概六千万 算了这个数不准 不填了', '旅游不填了，没统计过']) {
      expect(dialogIntent(text), text).toEqual({ kind: 'skip' });
    }
    expect(dialogIntent('不填了 电话13912345678')).toBeUndefined();
  });
  it('takes an optional value given before out of the draft, and says so', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('五常大米');
      await env.chat.as('u1').says('旅游 稻田观光那块五个亿');
      expect(env.draft()?.fields.related_output_tourism?.value).toBe(500000000);
      await env.chat.as('u1').says('算了旅游这个不填了 没有正式统计').expectReply(/已清空/);
      expect(env.draft()?.fields.related_output_tourism).toBeUndefined();
      expect(env.draft()?.fields.gi_name?.value).toBe('五常大米');
    } finally {
      env.close();
    }
  });
});

describe('a phone number corrected with a description of the slip', () => {
  it('takes the number written in the message', () => {
    expect(findCorrection(form, '电话错了 最后一位是7 0718-8223457')).toEqual({ field: 'contact_phone', value: '0718-8223457' });
    expect(findCorrection(form, '电话错了')).toEqual({ field: 'contact_phone' });
  });
});

describe('one field given year by year', () => {
  it('is the figure of the year pointed at, else of the latest year, never answers to fields in a row', () => {
    expect(read('annual_output_value', '2020年125亿元，2021年138亿元，2022年151.6亿元')).toEqual({ annual_output_value: 15160000000 });
    expect(read('annual_output_value', '2022年125亿元，2021年138亿元，按2021年的报')).toEqual({ annual_output_value: 13800000000 });
    expect(read('employees', '从业人员也是三年的：2020年68万人，2021年70万人，去年（2022年）72万人')).toEqual({ employees: 720000 });
  });
  it('leaves one year beside other answers as it is', () => {
    expect(read('gi_name', '2008年第59号公告，2022年产值28亿')).toEqual({ registration_no: '2008年第59号公告', annual_output_value: 2800000000 });
  });
});

describe('a figure of other years beside an answer', () => {
  it('answers nothing asked', () => {
    expect(read('income_per_employee', '出口额2022年是1.2亿美元，前两年都不到1个亿')).toEqual({ export_value: 120000000 });
  });
});

describe('a report paragraph pasted while a figure is asked', () => {
  it('is read for its figures, not stored whole as the measures', () => {
    const report =
      '2022年，郫县豆瓣产业持续壮大，全年实现产值125.6亿元，同比增长8.3%；出口额达到3200万美元。全区从业人员约1.2万人。区委区政府出台扶持政策，设立每年5000万元的专项资金，建成川菜产业化园区。';
    const values = read('annual_output_value', report);
    expect(values).toMatchObject({ annual_output_value: 12560000000, export_value: 32000000, employees: 12000 });
    expect(values).not.toHaveProperty('support_measures');
  });
});

describe('which figure to write, said around it', () => {
  it('reads the figure without the words telling to write it', () => {
    expect(read('annual_output_value', '年产值填125.6亿元那个总数，不是规上的98.2亿')).toEqual({ annual_output_value: 12560000000 });
    expect(read('annual_output_value', '按3200万报')).toEqual({ annual_output_value: 32000000 });
  });
});

describe('remarks on the fields', () => {
  it('are no free text and no one\'s name', () => {
    expect(read('support_measures', '措施和明年打算我分开发')).toEqual({});
    expect(read('next_year_plan', '措施就这四条')).toEqual({});
    expect(read('contact_name', '措施就这四条')).toEqual({});
    expect(read('contact_name', '阿依古丽·买买提')).toEqual({ contact_name: '阿依古丽·买买提' });
  });
  it('leave measures that open with their name', () => {
    expect(read('support_measures', '措施安排资金500万元发展产业')).toEqual({ support_measures: '措施安排资金500万元发展产业' });
  });
});

describe('full-width digits across lines', () => {
  it('are read as digits', () => {
    expect(read('annual_output_value', '从业人员１．６万人左右\n协会授权使用集体商标的企业和合作社共２１８家')).toEqual({ employees: 16000, authorized_users: 218 });
  });
});

describe('requests and replies in the writer\'s own words', () => {
  it('starts on 申报： with the product after it, and leaves a dialect particle off the name', () => {
    expect(globalIntent('我们想报郫县豆瓣噻')).toMatchObject({ kind: 'start', name: '郫县豆瓣' });
  });
  it('takes a county named short as whom the form is for, not the product', () => {
    expect(globalIntent('帮安吉报一下，材料是县里发过来的，我转给你')).not.toHaveProperty('name');
    expect(globalIntent('帮琼中报个绿橙')).toMatchObject({ name: '琼中绿橙' });
  });
  it('reads a yes before the confirming word', () => {
    expect(dialogIntent('要得，确认')).toEqual({ kind: 'confirm' });
  });
  it('opens the form on 申报：X, and takes the offer of data with an announcement number', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('申报：阳澄湖大闸蟹');
      expect(env.draft()?.fields.gi_name?.value).toBe('阳澄湖大闸蟹');
      await env.chat.as('u1').says('江苏省，集体商标，注册号3436811');
      expect(env.draft()?.fields.registration_no?.value).toBe('3436811');
    } finally {
      env.close();
    }
  });
  it('skips only the field the skipping clause names', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('阳澄湖大闸蟹');
      await env.chat.as('u1').says('产值35.8亿元');
      const replies = await env.chat.as('u1').says('以上是协会在群里报的，产值、从业人员按这个填，出口跳过');
      expect(replies.join('\n')).toMatch(/已跳过“出口额”/);
      expect(replies.join('\n')).not.toMatch(/已跳过“[^”]*年产值/);
      expect(env.draft()?.fields.annual_output_value?.value).toBe(3580000000);
    } finally {
      env.close();
    }
  });
});
