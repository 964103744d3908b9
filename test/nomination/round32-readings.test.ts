import { afterEach, describe, expect, it } from 'vitest';
import { findCorrection, findCorrections } from '../../src/nomination/extract.js';
import { isDeferral } from '../../src/nomination/none-answer.js';
import { isQuestionLike } from '../../src/nomination/dialog/intents.js';
import { dialogEnv, form, type DialogEnv } from './dialog-fixture.js';
import { read, stored } from './reading-helpers.js';

/** The v32–v34 rounds: stale years, deferrals awaiting figures, a lead saying the figures came, tables whose line breaks were lost, contrasts among corrections, 呢 and 整 after a figure, a part refused before 接上条. */

describe('a figure said to be of an earlier year', () => {
  const filled = { ...stored('export_value', '2.3亿元'), ...stored('employees', '4.2万人') };
  it('is corrected by the figure of the year meant', () => {
    expect(findCorrection(form, '等一下，上面那个出口额是2021年的，2022年的是2.75亿元', 'support_measures', filled)).toEqual({ field: 'export_value', value: '2.75亿元' });
    expect(findCorrection(form, '从业人员是2020年的数据，2022年的应该是3.9万人', 'support_measures', filled)).toEqual({ field: 'employees', value: '3.9万人' });
  });
  it('is no correction when no figure of another year follows', () => {
    expect(findCorrection(form, '出口额是2021年的，我们2022年出口下降了', 'support_measures', filled)).toBeUndefined();
  });
});

describe('a message that the figures are still awaited', () => {
  it('puts the free text off', () => {
    for (const text of ['出口额、加工、物流、旅游这几项数据还在等商务局和文旅局，我过两天补上', '扶持措施和明年计划我也晚点一起发', '加工、物流、旅游这几项还在等统计局，回头补']) expect(isDeferral(text), text).toBe(true);
  });
  it('is not free text saying what is being waited for', () => {
    for (const text of ['申报国家级示范区，还在等批复', '新增用标企业20家，明天再说']) expect(isDeferral(text), text).toBe(false);
  });
});

describe('a first clause saying the material came', () => {
  it('is no part of the free text, and the labelled figures after it answer their fields', () => {
    expect(read('next_year_plan', '数据到了，出口额860万美元，加工产值3.2亿元，文旅产值1.8亿元')).toEqual({
      export_value: 8600000,
      related_output_processing: 320000000,
      related_output_tourism: 180000000,
    });
    expect(read('next_year_plan', '材料到了，新增用标企业10家，举办文化旅游节')).toEqual({ next_year_plan: '新增用标企业10家，举办文化旅游节' });
  });
});

describe('a table whose line breaks were lost', () => {
  it('pairs a header of labels with the row of values after it, parted by wide gaps', () => {
    expect(read('annual_output_value', '年产值  加工业产值  从业人数  人均年收入  用标企业数  215亿元  86亿元  8.6万人  4.7万元  168家')).toEqual({
      annual_output_value: 21500000000,
      related_output_processing: 8600000000,
      employees: 86000,
      income_per_employee: 47000,
      authorized_users: 168,
    });
  });
  it('reads a Markdown table by its rule, a gap between two bars ending a row', () => {
    expect(read('gi_name', '| 项目 | 内容 | |---|---| | 地理标志名称 | 奉节脐橙 | | 所在省份 | 重庆 | | 商标注册号 | 1619856 | | 产品类别 | 水果 |')).toEqual({
      gi_name: '奉节脐橙',
      province: '重庆市',
      registration_no: '1619856',
      product_category: '水果',
    });
  });
});

describe('several corrections in one message', () => {
  const filled = { ...stored('contact_name', '程刚'), ...stored('contact_phone', '13800001111'), ...stored('annual_output_value', '35亿元'), ...stored('authorized_users', '65家') };
  it('reads a contrast over two clauses and a number among words', () => {
    expect(findCorrections(form, '联系人不是程刚，是周丽华，电话也改成她的手机13971312345', 'contact_email', filled)).toEqual([
      { field: 'contact_name', value: '周丽华' },
      { field: 'contact_phone', value: '13971312345' },
    ]);
  });

  describe('in the dialog', () => {
    let env: DialogEnv;
    afterEach(() => env.close());
    it('takes every change under a heading, the contrasted one with its new value', async () => {
      env = await dialogEnv();
      await env.chat.as('u1').says('我要申报文昌鸡');
      await env.chat.as('u1').says('年产值35亿元；从业人员2.6万人；人均年收入4.8万元；用标企业65家');
      await env.chat.as('u1').says('核对了一下，有几处要改：年产值不是35亿元，是38.6亿元；前面用标企业那个写错了，应该是72家；人均年收入改成5.1万元；其他不变。');
      const fields = env.draft()?.fields;
      expect(fields?.annual_output_value?.value).toBe(3860000000);
      expect(fields?.authorized_users?.value).toBe(72);
      expect(fields?.income_per_employee?.value).toBe(51000);
      expect(fields?.employees?.value).toBe(26000);
    });
    it('replaces figures said to be of another place with the ones meant, not storing them as the free text asked', async () => {
      env = await dialogEnv();
      await env.chat.as('u1').says('我要申报眉县猕猴桃');
      await env.chat.as('u1').says('年产值68亿元，出口额1.1亿元，从业人员15万人，用标企业210家');
      while (env.current()?.id !== 'support_measures') await env.chat.as('u1').says('跳过');
      await env.chat.as('u1').says('不好意思，前面报的是宝鸡全市的数，表上要的是眉县的，县里的是：年产值42亿元，出口额7200万元，从业人员9.3万人，用标企业128家');
      const fields = env.draft()?.fields;
      expect(fields?.support_measures).toBeUndefined();
      expect(fields?.annual_output_value?.value).toBe(4200000000);
      expect(fields?.authorized_users?.value).toBe(128);
    });
  });
});

describe('a figure said with 呢', () => {
  it('is an answer, not a question, unless a question word asks', () => {
    for (const text of ['年产值：😂 去年有26亿元呢', '三万多人呢']) expect(isQuestionLike(text), text).toBe(false);
    for (const text of ['产值填多少呢', '那出口额呢', '2023年的呢']) expect(isQuestionLike(text), text).toBe(true);
  });
});

describe('a figure said to be exact', () => {
  it('reads 整 after the unit as closing the figure', () => {
    expect(read('income_per_employee', '人均年收入：5万元整🎉')).toEqual({ income_per_employee: 50000 });
  });
});

describe('a message going on from a part that was refused', () => {
  let env: DialogEnv;
  afterEach(() => env.close());
  it('completes the free text asked now, and no earlier free text goes on with it', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报梁平柚');
    while (env.current()?.id !== 'support_measures') await env.chat.as('u1').says('跳过');
    const measures = '区政府设立梁平柚产业发展专项资金2000万元；开展专用标志使用核准和市场执法检查。';
    await env.chat.as('u1').says(measures);
    expect(env.current()?.id).toBe('next_year_plan');
    await env.chat.as('u1').says('下一年度工作计划：新增用标企业10家，');
    await env.chat.as('u1').says('接上条：建设梁平柚精深加工园区，举办梁平柚文化节。');
    const fields = env.draft()?.fields;
    expect(fields?.support_measures?.value).toBe(measures);
    expect(fields?.next_year_plan?.value).toBe('新增用标企业10家，建设梁平柚精深加工园区，举办梁平柚文化节。');
  });
});
