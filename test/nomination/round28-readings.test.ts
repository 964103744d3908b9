import { afterEach, describe, expect, it } from 'vitest';
import { closingIntent } from '../../src/nomination/dialog/closing-words.js';
import { resumeRequest } from '../../src/nomination/dialog/resume-request.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { dialogEnv, field, type DialogEnv } from './dialog-fixture.js';
import { read } from './reading-helpers.js';

describe('a transcribed name', () => {
  it('may hold any syllable between its dots', () => {
    for (const name of ['热依拉·阿不都', '阿不都热合曼·买买提', '买买提·艾力']) {
      expect(parseField(field('contact_name'), name)).toMatchObject({ ok: true, value: { value: name } });
    }
  });
  it('is still no name when it is words', () => {
    expect(parseField(field('contact_name'), '阿不都').ok).toBe(false);
    expect(parseField(field('contact_name'), '不知道').ok).toBe(false);
  });
});

describe('a figure for a field left open before, sent while free text is asked', () => {
  it('goes to that field, whatever the examples of what it covers', () => {
    expect(read('support_measures', '昨天跳过的加工产值问到了，果汁、果酒、脐橙精油这些深加工一共27亿')).toEqual({ related_output_processing: 2_700_000_000 });
    expect(read('support_measures', '旅游有川菜博物馆、豆瓣小镇这些，估计一年2亿多')).toEqual({ related_output_tourism: 200_000_000 });
  });
  it('goes to that field after a count of the items told', () => {
    expect(read('support_measures', '先补一个，前面跳过的人均收入有了，6.1万元')).toEqual({ income_per_employee: 61_000 });
  });
  it('is no skip when the clause tells how the field was left before', () => {
    expect(read('support_measures', '出口额刚才写待定的，现在有数了：1.8亿元')).toEqual({ export_value: 180_000_000 });
  });
  it('is not taken out of measures that name a field and an amount', () => {
    expect(read('support_measures', '县里补一个政策，每年给加工企业补贴500万元')).toEqual({ support_measures: '县里补一个政策，每年给加工企业补贴500万元' });
  });
});

describe('free text in headed sections', () => {
  it('is stored whole, the first heading included, though it names the field', () => {
    const numbered = '一、政策支持：市政府印发实施方案，每年安排补贴资金2000万元。二、标准制定：发布地方标准5项。三、品牌推广：连续举办河蟹节。';
    expect(read('support_measures', numbered)).toEqual({ support_measures: numbered });
    const bracketed = '【工作目标】2024年新增授权使用主体200家。【重点任务】建设展示推广中心。【保障措施】纳入市高质量发展考核。';
    expect(read('next_year_plan', bracketed)).toEqual({ next_year_plan: bracketed });
  });
  it('is whole when one numbered heading names a typed field', () => {
    const text = '（一）政策扶持方面：出台发展意见，累计投入财政资金逾5亿元。（二）标准建设方面：发布团体标准12项。（三）品牌推广方面：举办脐橙节。（四）保护方面：联合市场监管部门开展专项行动。';
    expect(read('support_measures', text)).toEqual({ support_measures: text });
  });
  it('is still a pasted block when every label names its own field', () => {
    expect(read('support_measures', '扶持措施：设立专项资金3000万元。工作计划：新建标准化茶园2万亩。')).toEqual({
      support_measures: '设立专项资金3000万元。',
      next_year_plan: '新建标准化茶园2万亩。',
    });
  });
});

describe('a figure’s label around the product’s name', () => {
  it('reads a year between the name and the label as dating the figure', () => {
    expect(read('annual_output_value', '文山三七2022年产值二百三十亿元左右')).toEqual({ annual_output_value: 23_000_000_000 });
  });
  it('reads past examples in brackets inside the label', () => {
    expect(read('annual_output_value', '带动相关加工（川菜复合调味料等）产值逾40亿元')).toEqual({ related_output_processing: 4_000_000_000 });
  });
});

describe('the name and its type joined by a copula, sent while the name is asked', () => {
  it('gives both', () => {
    expect(read('gi_name', '五常大米是地理标志产品')).toEqual({ gi_name: '五常大米', protection_type: '地理标志产品' });
    expect(read('gi_name', '锡林郭勒羊肉属于地理标志产品')).toEqual({ gi_name: '锡林郭勒羊肉', protection_type: '地理标志产品' });
  });
  it('gives no name when the subject only points', () => {
    expect(read('gi_name', '这个是地理标志产品')).toEqual({ protection_type: '地理标志产品' });
  });
});

describe('names and words seen in official replies', () => {
  it('takes a 行政公署 as the applicant', () => {
    expect(parseField(field('applicant'), '锡林郭勒盟行政公署').ok).toBe(true);
  });
  it('takes 畜产品 as a category wherever it is sent', () => {
    expect(read('applicant', '畜产品')).toEqual({ product_category: '畜产品' });
  });
  it('hands the form in when it says the filling is complete', () => {
    for (const text of ['信息已填报完毕，请提交', '录入完成，提交吧', '已填写完毕']) expect(closingIntent(text), text).toBe('submit');
    for (const text of ['先不提交了', '写好了没', '填报完毕后交给谁']) expect(closingIntent(text), text).toBeUndefined();
  });
  it('resumes with the product named inside the request', () => {
    expect(resumeRequest('上次章丘大葱的申报书接着弄')).toEqual({ name: '章丘大葱' });
    expect(resumeRequest('昨天五常大米那个接着填')).toEqual({ name: '五常大米' });
    expect(resumeRequest('昨天的会议接着开')).toBeUndefined();
  });
});

describe('the dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('asks on past an answered question while a change elsewhere waits for 确认', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报');
    while (env.current()?.id !== 'annual_output_value') await env.chat.as('u1').says(validAnswer(env.current()?.id));
    const province = env.draft()?.fields.province?.value;
    await env.chat.as('u1').says('年产值3.5亿元，省份是江苏').expectReply(/改为 江苏省/u);
    await env.chat.as('u1').says('5000万元');
    expect(env.draft()?.fields.annual_output_value?.value).toBe(350_000_000);
    expect(env.draft()?.fields.export_value?.value).toBe(50_000_000);
    expect(env.draft()?.fields.province?.value).toBe(province);
  });

  it('applies two corrections in one message, the second named by the officers’ word for it', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报');
    await env.fillWithExamples();
    await env.chat.as('u1').says('茶旅那块是18亿').expectReply(/改为 18亿元/u);
    await env.chat.as('u1').says('确认');
    expect(env.draft()?.fields.related_output_tourism?.value).toBe(1_800_000_000);
    await env.chat.as('u1').says('等一下，刚才两个数写错了，年产值应该是32.6亿，茶旅那块是16亿，不是18亿');
    expect(env.draft()?.fields.annual_output_value?.value).toBe(3_260_000_000);
    expect(env.draft()?.fields.related_output_tourism?.value).toBe(1_600_000_000);
  });
});

function validAnswer(id: string | undefined): string {
  return { gi_name: '盐池滩羊', province: '宁夏', protection_type: '地理标志产品', registration_no: '2012年第110号', region: '宁夏回族自治区盐池县现辖行政区域', applicant: '盐池县滩羊产业发展服务中心', product_category: '畜禽肉类' }[id ?? ''] ?? '';
}

describe('a question on how to fill another open field', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('asks that field next, so the answer after it is stored there', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报');
    while (env.current()?.id !== 'related_output_logistics') {
      const asked = env.current()?.id;
      await env.chat.as('u1').says(asked === 'annual_output_value' ? '46亿元' : asked === 'export_value' ? '无' : asked === 'related_output_processing' ? '12亿元' : validAnswerFor(asked));
    }
    await env.chat.as('u1').says('人均年收入按什么口径算？').expectReply(/人均年收入/u);
    expect(env.current()?.id).toBe('income_per_employee');
    await env.chat.as('u1').says('一年大约三万二千元');
    expect(env.draft()?.fields.income_per_employee?.value).toBe(32_000);
    expect(env.draft()?.fields).not.toHaveProperty('related_output_logistics');
  });
});

function validAnswerFor(id: string | undefined): string {
  return validAnswer(id);
}
