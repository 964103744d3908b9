import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseField } from '../../src/nomination/parsers/index.js';
import { getDialog, saveDialog, setField } from '../../src/store/nominations.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, form, type DialogEnv } from './dialog-fixture.js';
import { same } from './dialog-eval.js';
import type { Split } from './start-eval.js';

/**
 * Scores single answers written by someone who never saw the code
 * (`test/fixtures/nomination-fields/`) through the real dialog over a real SQLite file: a draft
 * is put where `asked` is the pending question, every other field the item does not expect filled
 * with a plausible value; then `text` is sent. Right: every expected field holds its value and
 * nothing else changed. A changed field the item does not expect is a wrong-field error (the
 * worst one: it corrupts), counted apart; an overwrite offered for such a field, apart too.
 */

const itemSchema = z.object({
  id: z.union([z.string(), z.number()]),
  asked: z.string(),
  text: z.string(),
  expect: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type FieldItem = z.infer<typeof itemSchema>;

const FILE = 'test/fixtures/nomination-fields/field-answers-v8.jsonl';
const idNumber = (id: string | number): number => Number(/(\d+)\D*$/u.exec(String(id))?.[1] ?? Number.NaN);

export const readFieldItems = (split: Split, file = FILE): FieldItem[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => itemSchema.parse(JSON.parse(line)))
    .filter((item) => idNumber(item.id) % 2 === (split === 'odd' ? 1 : 0));

/** Two complete forms of different products: a field takes the first whose value the item cannot produce. */
const FILLS: Record<string, string>[] = [
  {
    gi_name: '西湖龙井', province: '浙江', protection_type: '证明商标', registration_no: '商标注册号 12345678',
    region: '浙江省杭州市西湖区、钱塘区等现辖行政区域', applicant: '杭州市西湖龙井茶管理协会', product_category: '茶叶',
    annual_output_value: '3.5亿元', export_value: '500万美元', related_output_processing: '1.2亿', related_output_logistics: '5100万',
    related_output_tourism: '8300万', employees: '1.2万人', income_per_employee: '5.6万元', sales_premium: '30%', authorized_users: '120家',
    support_measures: '出台扶持办法；设立专项资金500万元；开展专用标志使用核准。', next_year_plan: '新增用标企业20家；参加中国国际商标品牌节。',
    contact_name: '张三', contact_phone: '0571-88888888', contact_email: 'zhangsan@example.com',
  },
  {
    gi_name: '科尔沁牛', province: '内蒙古', protection_type: '地理标志产品', registration_no: '2010年第135号',
    region: '内蒙古自治区通辽市科尔沁区现辖行政区域', applicant: '通辽市科尔沁牛业协会', product_category: '畜禽',
    annual_output_value: '7.7亿元', export_value: '130万美元', related_output_processing: '2.3亿', related_output_logistics: '3700万',
    related_output_tourism: '1.9亿', employees: '1710人', income_per_employee: '4.3万元', sales_premium: '17%', authorized_users: '41家',
    support_measures: '建立标准体系，开展品牌宣传活动，落实专项资金。', next_year_plan: '扩大养殖规模，建设冷链物流中心。',
    contact_name: '李四', contact_phone: '13800138000', contact_email: 'lisi@example.org',
  },
];

function fillFor(id: string, item: FieldItem): FieldValue {
  const f = form.field(id);
  if (!f) throw new Error(`no field ${id}`);
  const values = FILLS.map((fill) => {
    const parsed = parseField(f, fill[id] ?? '');
    if (!parsed.ok) throw new Error(`fixture ${id}: ${fill[id]}: ${parsed.reason}`);
    return parsed.value;
  });
  const collides = (v: FieldValue): boolean =>
    item.text.includes(v.raw) || item.text.includes(String(v.value)) || Object.values(item.expect).some((e) => same(e, v.value));
  return values.find((v) => !collides(v)) ?? (values[0] as FieldValue);
}

export interface FieldScore {
  /** Items with every expected field right and nothing else changed. */
  right: number;
  total: number;
  fieldsRight: number;
  fieldsTotal: number;
  /** Items that changed a field they do not expect, and how many such fields. */
  wrongFieldItems: number;
  wrongFields: number;
  /** Items that offered to overwrite a field they do not expect (asked 改为…吗, nothing stored). */
  offeredWrong: number;
  wrong: { id: string | number; got: string }[];
}

async function placed(env: DialogEnv, user: string, item: FieldItem): Promise<Record<string, FieldValue>> {
  await env.chat.as(user).says('/申报');
  const state = getDialog(env.chat.db, 'console', user);
  if (!state?.nominationId) throw new Error('/申报 opened no draft');
  const actor = { platform: 'console', id: user };
  for (const f of form.fields) {
    if (f.id === item.asked || f.id in item.expect) continue;
    setField(env.chat.db, state.nominationId, f.id, fillFor(f.id, item), actor, new Date());
  }
  saveDialog(env.chat.db, { ...state, currentField: item.asked, pending: undefined, back: [], failures: 0 }, new Date());
  return env.draft(user)?.fields ?? {};
}

export async function scoreFieldItems(items: FieldItem[]): Promise<FieldScore> {
  const env = await dialogEnv();
  const score: FieldScore = { right: 0, total: items.length, fieldsRight: 0, fieldsTotal: 0, wrongFieldItems: 0, wrongFields: 0, offeredWrong: 0, wrong: [] };
  try {
    for (const [i, item] of items.entries()) {
      if (!form.field(item.asked)) throw new Error(`${item.id}: no field ${item.asked}`);
      const user = `field-${i}`;
      const before = await placed(env, user, item);
      await env.chat.as(user).says(item.text);
      const after = env.draft(user)?.fields ?? {};
      const missed = Object.entries(item.expect).filter(([id, v]) => !same(v, after[id]?.value));
      const changed = form.fields
        .map((f) => f.id)
        .filter((id) => !(id in item.expect) && JSON.stringify(before[id]?.value) !== JSON.stringify(after[id]?.value));
      const pending = getDialog(env.chat.db, 'console', user)?.pending;
      const offered = pending?.kind === 'overwrite' || pending?.kind === 'extracted' ? Object.keys(pending.payload).filter((id) => !(id in item.expect)) : [];
      score.fieldsTotal += Object.keys(item.expect).length;
      score.fieldsRight += Object.keys(item.expect).length - missed.length;
      if (changed.length > 0) {
        score.wrongFieldItems += 1;
        score.wrongFields += changed.length;
      }
      if (offered.length > 0) score.offeredWrong += 1;
      if (missed.length === 0 && changed.length === 0) score.right += 1;
      else {
        const got = [
          ...missed.map(([id, v]) => `${id}: want ${JSON.stringify(v)} got ${JSON.stringify(after[id]?.value)}`),
          ...changed.map((id) => `WRONG FIELD ${id}: ${JSON.stringify(before[id]?.value)} → ${JSON.stringify(after[id]?.value)}`),
        ];
        score.wrong.push({ id: item.id, got: got.join('; ') });
      }
    }
  } finally {
    env.close();
  }
  return score;
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
export const summary = (split: Split, s: FieldScore): string =>
  `${split} items: ${s.right}/${s.total} (${pct(s.right, s.total)}), fields: ${s.fieldsRight}/${s.fieldsTotal} (${pct(s.fieldsRight, s.fieldsTotal)}), ` +
  `wrong-field: ${s.wrongFieldItems} items (${s.wrongFields} fields), overwrite offered for another field: ${s.offeredWrong}`;
