import { afterEach, describe, expect, it } from 'vitest';
import { loneUnit } from '../../src/nomination/dialog/unit-after.js';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';
import { read } from './reading-helpers.js';

const MEASURE = '县里出台了安溪铁观音地理标志保护管理办法，每年安排茶产业专项资金8000万元。';

describe('a unit sent alone', () => {
  it('is only a unit, fillers and emoji around it', () => {
    for (const text of ['亿元👌', '万人', '家 🙏', '个亿', '单位是万元', '万美元哈']) expect(loneUnit(text), text).toBeDefined();
    for (const text of ['3亿元', '亿元左右吧我也不确定', '好的', '人均']) expect(loneUnit(text), text).toBeUndefined();
  });
});

describe('the dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  const toOutputValue = async (): Promise<void> => {
    await env.chat.as('u1').says('我要申报');
    while (env.current()?.id !== 'annual_output_value') await env.chat.as('u1').says(opening(env.current()?.id));
  };

  it('completes a figure refused for want of its unit with the unit sent next', async () => {
    env = await dialogEnv();
    await toOutputValue();
    await env.chat.as('u1').says('产值185').expectReply(/请注明单位/u);
    await env.chat.as('u1').says('亿元👌').expectReply(/年产值：185亿元/u);
    expect(env.draft()?.fields.annual_output_value?.value).toBe(18_500_000_000);
    expect(env.current()?.id).not.toBe('annual_output_value');
  });

  it('puts right a bare count just stored when its unit follows, and only then', async () => {
    env = await dialogEnv();
    await toOutputValue();
    await env.chat.as('u1').says('从业人员15');
    expect(env.draft()?.fields.employees?.value).toBe(15);
    await env.chat.as('u1').says('万人').expectReply(/从业人数 改为：15万人/u);
    expect(env.draft()?.fields.employees?.value).toBe(150_000);
    await env.chat.as('u1').says('用标企业156');
    await env.chat.as('u1').says('家 🙏').expectReply(/156家/u);
    expect(env.draft()?.fields.authorized_users?.value).toBe(156);
    expect(env.draft()?.fields.employees?.value).toBe(150_000);
  });

  it('reads a unit with no figure before it as nothing', async () => {
    env = await dialogEnv();
    await toOutputValue();
    await env.chat.as('u1').says('万元').expectReply(/没能识别为年产值/u);
    expect(env.draft()?.fields.annual_output_value).toBeUndefined();
  });

  it('goes on with the measures stored last, while a figure is asked, linking word kept', async () => {
    env = await dialogEnv();
    await toOutputValue();
    await env.chat.as('u1').says(MEASURE);
    expect(env.draft()?.fields.support_measures?.value).toBe(MEASURE);
    await env.chat.as('u1').says('另外建成了铁观音GI产品QR码溯源平台，覆盖全县主要茶企。').expectReply(/已补充到/u);
    expect(env.draft()?.fields.support_measures?.value).toBe(`${MEASURE}另外建成了铁观音GI产品QR码溯源平台，覆盖全县主要茶企。`);
    expect(env.draft()?.fields.annual_output_value).toBeUndefined();
  });

  it('starts a draft with contact details sent before anything else', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我是经办人 唐静 电话028-87881234');
    expect(env.draft()?.fields.contact_name?.value).toBe('唐静');
    expect(env.draft()?.fields.contact_phone?.value).toBe('028-87881234');
    expect(env.current()?.id).toBe('gi_name');
  });

  it('reads a corrected figure with thousands separators whole', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报');
    await env.fillWithExamples();
    await env.chat.as('u1').says('经核实，从业人员数应为86,400人，原报80,000人有误。');
    expect(env.draft()?.fields.employees?.value).toBe(86_400);
  });
});

describe('pasted tables', () => {
  it('give their figures the unit a caption line over them says', () => {
    expect(read('annual_output_value', '【产业数据】（单位：亿元）\n年产值 | 出口额 | 加工业产值\n356.8 | 2.63 | 118.5')).toEqual({
      annual_output_value: 35_680_000_000,
      export_value: 263_000_000,
      related_output_processing: 11_850_000_000,
    });
  });
  it('read a column of the year the row is of as no field', () => {
    expect(read('annual_output_value', '年度\t产值（亿元）\t从业人数（人）\t用标主体（家）\n2022\t32.6\t15,800\t64')).toEqual({
      annual_output_value: 3_260_000_000,
      employees: 15_800,
      authorized_users: 64,
    });
  });
  it('read labels and values in turn on a row as pairs, not as a header', () => {
    expect(read('gi_name', '地理标志名称 | 宣威火腿 | 所在省份 | 云南\n保护类型 | 作为证明商标注册的地理标志 | 商标注册号 | 1793258')).toEqual({
      gi_name: '宣威火腿',
      province: '云南省',
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '1793258',
    });
  });
});

function opening(id: string | undefined): string {
  return { gi_name: '安溪铁观音', province: '福建', protection_type: '地理标志产品', registration_no: '2004年第76号', region: '福建省安溪县现辖行政区域', applicant: '安溪县茶产业发展中心', product_category: '茶叶' }[id ?? ''] ?? '';
}
