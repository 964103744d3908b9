import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCorrection } from '../../src/nomination/extract.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

/**
 * Corrections phrased the many ways officers phrase them (改成, 应该是, 写错了, 不是X是Y, 是X不是Y,
 * 更正, 以…为准, 写反了, a remark between the field and the value), generated over fields of every
 * type, each found for its field with the new value; look-alikes (questions, prose with 不是…是…,
 * a new value of another field's type) change nothing. Then through the real dialog: a message that
 * says it corrects changes the value without asking again.
 */

/** A field, the names officers call it, its old and new answer. */
const CASES: Array<{ id: string; names: string[]; old: string; now: string }> = [
  { id: 'annual_output_value', names: ['产值', '年产值'], old: '15亿', now: '16.8亿' },
  { id: 'authorized_users', names: ['用标企业', '用标企业数'], old: '92家', now: '29家' },
  { id: 'employees', names: ['从业人员', '从业人数'], old: '3.6万人', now: '3.2万人' },
  { id: 'export_value', names: ['出口额', '出口'], old: '6000万元', now: '5600万元' },
  { id: 'sales_premium', names: ['溢价率', '溢价'], old: '20%', now: '25%' },
  { id: 'contact_phone', names: ['电话', '联系电话', '手机'], old: '18685523190', now: '18685523109' },
  { id: 'contact_phone', names: ['电话', '座机'], old: '0911-3621234', now: '0911-3621243' },
  { id: 'contact_name', names: ['联系人'], old: '王磊', now: '王蕾' },
  { id: 'applicant', names: ['申请人', '申报单位'], old: '永春县农业局', now: '永春县人民政府' },
];

/** Wordings with the field's name (N), the new value (V) and the old one (O). */
const NAMED: Array<(n: string, v: string, o: string) => string> = [
  (n, v) => `${n}改成${v}`,
  (n, v) => `${n}应该是${v}`,
  (n, v) => `${n}写错了，是${v}`,
  (n, v) => `${n}写错了，应该是${v}`,
  (n, v) => `不对，${n}应该是${v}`,
  (n, v) => `更正一下，${n}应该是${v}`,
  (n, v) => `${n}填错了，${v}`,
  (n, v) => `刚才${n}写错了，正确的是${v}`,
  (n, v) => `${n}以${v}为准`,
  (n, v) => `${n}写反了，${v}`,
  (n, v) => `${n}有误，麻烦改一下，${v}`,
  (n, v) => `${n}错了，刚才多打了一位，${v}`,
  (n, v, o) => `${n}是${v}不是${o}`,
  (n, v, o) => `${n}我刚核对了一下，是${v}不是${o}`,
  (n, v, o) => `${n}不是${o}，是${v}`,
  (n, v, o) => `${n}不是${o}，应该是${v}`,
  (n, v, o) => `${n}写错了，是${v}不是${o}`,
  (n, v, o) => `${n}应该是${v}，而不是${o}`,
];
/** Wordings without the field's name: the old value says which field it is. */
const UNNAMED: Array<(v: string, o: string) => string> = [(v, o) => `不对，是${v}不是${o}`, (v, o) => `不是${o}，是${v}`, (v, o) => `刚才写错了，不是${o}，应该是${v}`];

/** A filled draft: every case's old value, and the other fields. */
function filledDraft(): Record<string, FieldValue> {
  const filled: Record<string, FieldValue> = {};
  for (const c of CASES) {
    const parsed = parseField(field(c.id), c.old);
    if (!parsed.ok) throw new Error(`${c.id}: ${c.old}`);
    filled[c.id] ??= parsed.value;
  }
  return filled;
}

const valueOf = (id: string, text: string): unknown => {
  const parsed = parseField(field(id), text);
  return parsed.ok ? parsed.value.value : `refused: ${text}`;
};

/** Stored numbers, what is said about their last digits, and the number it makes. */
const DIGIT_FIXES: Array<[stored: string, said: string, fixed: string]> = [
  ['18685523190', '电话最后两位是09', '18685523109'],
  ['18685523190', '手机号后两位写反了', '18685523109'],
  ['18685523190', '不对，电话最后一位应该是1', '18685523191'],
  ['0911-3621234', '座机后两位写反了', '0911-3621243'],
  ['0911-3621234', '电话号码最后三位是567', '0911-3621567'],
  ['0911-3621234', '号码最后两位颠倒了', '0911-3621243'],
  ['0911-3621234转801', '电话后两位弄反了', '0911-3621234转810'],
];

describe('a fix of some digits of a stored number', () => {
  it('patches the number stored', () => {
    for (const [stored, said, fixed] of DIGIT_FIXES) {
      const filled = { contact_phone: (parseField(field('contact_phone'), stored) as { value: FieldValue }).value };
      expect(findCorrection(form, said, 'contact_email', filled), `${stored} | ${said}`).toEqual({ field: 'contact_phone', value: fixed });
    }
  });

  it('is not made when the count and digits disagree, a whole number is typed, or nothing is stored', () => {
    const filled = { contact_phone: (parseField(field('contact_phone'), '18685523190') as { value: FieldValue }).value };
    expect(findCorrection(form, '电话最后两位是9', 'contact_email', filled)).not.toEqual(expect.objectContaining({ value: expect.stringMatching(/^1868552319/u) }));
    expect(findCorrection(form, '电话最后两位写反了，18685523109', 'contact_email', filled)).toEqual({ field: 'contact_phone', value: '18685523109' });
    expect(findCorrection(form, '电话最后两位是09', 'contact_email', {})?.value ?? '').not.toMatch(/^\d{11}$/u);
    // the last two places of another figure are no phone digits: 产值 is asked for again
    expect(findCorrection(form, '产值后两位写反了', 'contact_email', filled)).toEqual({ field: 'annual_output_value' });
  });
});

describe('corrections, phrased many ways', () => {
  const asked = [undefined, 'contact_email', 'support_measures', 'gi_name'];

  it('name the field and its new value', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const c of CASES) {
      const filled = { ...filledDraft(), [c.id]: (parseField(field(c.id), c.old) as { value: FieldValue }).value };
      for (const name of c.names) {
        for (const wording of NAMED) {
          for (const near of asked) {
            const text = wording(name, c.now, c.old);
            const found = findCorrection(form, text, near, filled);
            count += 1;
            if (found?.field !== c.id || found.value === undefined || valueOf(c.id, found.value) !== valueOf(c.id, c.now)) {
              wrong.push(`${near ?? '-'} | ${text} → ${JSON.stringify(found)}`);
            }
          }
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('without the field’s name, go to the field whose value the old one is', () => {
    const wrong: string[] = [];
    for (const c of CASES) {
      const filled = { ...filledDraft(), [c.id]: (parseField(field(c.id), c.old) as { value: FieldValue }).value };
      for (const wording of UNNAMED) {
        const text = wording(c.now, c.old);
        const found = findCorrection(form, text, 'contact_email', filled);
        if (found?.field !== c.id || valueOf(c.id, found.value ?? '') !== valueOf(c.id, c.now)) wrong.push(`${text} → ${JSON.stringify(found)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are not found in look-alikes', () => {
    const filled = filledDraft();
    const lookAlikes = [
      '不是很清楚，是协会统计的',
      '出口不是没有，是没统计',
      '这个不是我们县的，是市里的',
      '产值是不是要填去年的？',
      '用标企业不是92家吗？',
      '明年不是新增企业，而是提升品质',
      '不对外公布出口额',
      '以上数据以统计局公布的为准',
      '产值不是最重要的，关键是品牌',
      '是不是只要填上一年度的数？',
      '不是说5月8号截止吗，是不是延期了',
    ];
    for (const text of lookAlikes) {
      const found = findCorrection(form, text, 'contact_email', filled);
      expect(found === undefined || !('value' in found) || !parseField(field(found.field), found.value ?? '').ok, `${text} → ${JSON.stringify(found)}`).toBe(true);
    }
  });

  it('of one field never give another field’s value to it', () => {
    const filled = filledDraft();
    // a head count said as the number of firms: refused for that field, never stored as 从业人员
    for (const text of ['用标企业写错了，是2.9万人', '用标企业不是92家，是3.2万人', '产值应该是3.2万人']) {
      const found = findCorrection(form, text, 'contact_email', filled);
      if (found?.value !== undefined && parseField(field(found.field), found.value).ok) expect.fail(`${text} → ${JSON.stringify(found)}`);
    }
  });
});

const BASE: Record<string, string> = {
  gi_name: '麻江蓝莓',
  province: '贵州',
  protection_type: '证明商标',
  registration_no: '18725431',
  region: '贵州省黔东南苗族侗族自治州麻江县现辖行政区域',
  applicant: '麻江县蓝莓产业发展协会',
  product_category: '水果',
  annual_output_value: '12亿',
  employees: '2.3万人',
  authorized_users: '47家',
  support_measures: '县里出台蓝莓产业发展扶持政策；建成蓝莓产业园。',
  next_year_plan: '新增用标企业8家，建设蓝莓深加工生产线2条。',
  contact_name: '吴光明',
  contact_phone: '18685523190',
};

async function upTo(env: DialogEnv, user: string, until: string): Promise<void> {
  await env.chat.as(user).says('/申报');
  for (let guard = 0; guard < form.fields.length; guard += 1) {
    const asked = env.current(user);
    if (!asked || asked.id === until) return;
    await env.chat.as(user).says(BASE[asked.id] ?? '跳过');
  }
  throw new Error(`${user}: ${until} was never asked (at ${env.current(user)?.id ?? 'the end'})`);
}

describe('through the dialog', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  const stored = (user: string, id: string): unknown => env.draft(user)?.fields[id]?.value;

  it('a message that says it corrects changes the value at once, whichever way it is said', async () => {
    const messages: Array<[string, string, unknown]> = [
      ['不对，电话是18685523109，后两位写反了。', 'contact_phone', '18685523109'],
      ['电话错了，最后两位是09，18685523109', 'contact_phone', '18685523109'],
      ['产值我刚核对了一下，是16.8亿不是12亿', 'annual_output_value', 1_680_000_000],
      ['用标企业数写错了，是74家不是47家', 'authorized_users', 74],
      ['从业人员不是2.3万，应该是3。2万人', 'employees', 32_000],
      ['产值以16.8亿为准', 'annual_output_value', 1_680_000_000],
      ['刚才措施发得不全，以这个为准：县里出台蓝莓产业发展扶持政策；建成蓝莓产业园；举办麻江蓝莓节。', 'support_measures', '县里出台蓝莓产业发展扶持政策；建成蓝莓产业园；举办麻江蓝莓节。'],
    ];
    for (const [i, [text, id, value]] of messages.entries()) {
      const user = `fix${i}`;
      await upTo(env, user, 'contact_email');
      const replies = (await env.chat.as(user).says(text)).join('\n');
      expect(stored(user, id), `${text}\n${replies}`).toEqual(value);
      expect(replies, text).not.toContain('（确认 / 不）');
      expect(env.current(user)?.id, text).toBe('contact_email');
    }
  }, 120_000);

  it('a value for a filled field without a correction word is still asked about, and look-alikes change nothing', async () => {
    await upTo(env, 'ask', 'contact_email');
    const asked = (await env.chat.as('ask').says('电话18685523109')).join('\n');
    expect(asked).toContain('（确认 / 不）');
    await env.chat.as('ask').says('不');
    expect(stored('ask', 'contact_phone')).toBe('18685523190');
    // a long pasted text whose prose holds 为准 / 不对 is no correction of the figure labelled in it
    const pasted =
      '扶持措施：县里坚持以品质为准，出台蓝莓产业发展扶持政策，对新建蓝莓基地每亩补助1000元，建成蓝莓产业园和冷链仓储中心，举办麻江蓝莓节，开展商标使用许可管理和市场打假，产品质量一律以国家标准为准；年产值：15亿元';
    expect(pasted.length).toBeGreaterThan(100);
    expect((await env.chat.as('ask').says(pasted)).join('\n')).toContain('（确认 / 不）');
    await env.chat.as('ask').says('不');
    expect(stored('ask', 'annual_output_value')).toBe(1_200_000_000);
    for (const text of ['用标企业不是47家吗？', '产值不是最重要的，关键是品牌', '不是说5月8号截止吗']) {
      await env.chat.as('ask').says(text);
      expect(stored('ask', 'authorized_users'), text).toBe(47);
      expect(stored('ask', 'annual_output_value'), text).toBe(1_200_000_000);
    }
  }, 120_000);
});
