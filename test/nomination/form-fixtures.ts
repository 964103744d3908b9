import { loadForm, type Form } from '../../src/nomination/form.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import type { FieldValue, NominationRecord } from '../../src/store/nomination-types.js';

/** Test fixtures: the shipped form and nominations filled through the real parsers. */

export const KNOWLEDGE = new URL('../../knowledge/', import.meta.url).pathname;
export const shippedForm = (): Form => loadForm(KNOWLEDGE);

/** Parses each answer with its field's parser; a failing answer is a broken fixture. */
export function fill(form: Form, answers: Record<string, string>): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [id, input] of Object.entries(answers)) {
    const field = form.field(id);
    if (!field) throw new Error(`no field ${id}`);
    const result = parseField(field, input);
    if (!result.ok) throw new Error(`${id}: ${input}: ${result.reason}`);
    fields[id] = result.value;
  }
  return fields;
}

export const LONGJING: Record<string, string> = {
  gi_name: '西湖龙井',
  province: '浙江',
  protection_type: '证明商标',
  registration_no: '商标注册号 12345678',
  region: '浙江省杭州市西湖区、钱塘区等现辖行政区域',
  applicant: '杭州市西湖龙井茶管理协会',
  product_category: '茶叶',
  annual_output_value: '约3.5亿元',
  export_value: '500万美元',
  related_output_processing: '1.2亿',
  employees: '1.2万人',
  income_per_employee: '5.6万元',
  sales_premium: '30%',
  authorized_users: '120家',
  support_measures: '出台扶持办法；设立专项资金500万元。\n开展专用标志使用核准。',
  next_year_plan: '新增用标企业20家；参加中国国际商标品牌节。',
  contact_name: '张三',
  contact_phone: '0571-8888 8888 转 801',
  contact_email: 'ZhangSan@Example.com',
};

export const HORQIN: Record<string, string> = {
  gi_name: '科尔沁牛',
  province: '内蒙',
  protection_type: '地理标志产品',
  registration_no: '国家质检总局2010年第135号公告',
  region: '内蒙古自治区通辽市科尔沁区',
  applicant: '通辽市科尔沁牛业协会',
  product_category: '畜禽',
  annual_output_value: '8千万',
  employees: '1500余人',
  authorized_users: '35家',
  support_measures: '建立标准体系，开展品牌宣传活动。',
  next_year_plan: '扩大养殖规模，新增用标企业10家。',
  contact_name: '李四',
  contact_phone: '13800138000',
};

let counter = 0;
export function record(form: Form, answers: Record<string, string>, overrides: Partial<NominationRecord> = {}): NominationRecord {
  const fields = fill(form, answers);
  counter += 1;
  return {
    id: `N${String(counter).padStart(4, '0')}`,
    formVersion: form.version,
    ownerPlatform: 'console',
    ownerId: `u${counter}`,
    ownerName: '测试用户',
    status: 'submitted',
    province: fields.province?.value as string | undefined,
    fields,
    flagged: [],
    createdAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-02T08:00:00.000Z',
    submittedAt: '2026-05-02T08:00:00.000Z',
    ...overrides,
  };
}
