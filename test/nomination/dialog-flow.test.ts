import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadForm } from '../../src/nomination/form.js';
import { runDialog, same, type ScriptedDialog } from './dialog-eval.js';
import { answersOf, FLOW_VARIANTS, flowVariant } from './dialog-variants.js';

/**
 * Whole conversations whose flow is the officers', not the form's: two or three answers in one
 * message (labelled or not), each answer with its field's name in the officer's words ("产值：",
 * "年产值是", "从业人员这块", "联系人的话，"), neighbours in the other order, a free-text answer over
 * two messages ("还有，…", "3.…"), a polite line or a question between answers. Every rewording
 * is generated from one plain conversation and must end in the same form, each on a real SQLite
 * file; and what is not sure never lands in a field.
 */

const form = loadForm('knowledge');

const ANSWERS: Array<[string, string]> = [
  ['gi_name', '盐池滩羊'],
  ['province', '宁夏'],
  ['protection_type', '证明商标'],
  ['registration_no', '5623318'],
  ['region', '宁夏回族自治区吴忠市盐池县现辖行政区域'],
  ['applicant', '盐池县滩羊协会'],
  ['product_category', '畜禽'],
  ['annual_output_value', '45亿'],
  ['export_value', '600万美元'],
  ['related_output_processing', '6亿'],
  ['related_output_logistics', '8000万'],
  ['related_output_tourism', '1.2亿'],
  ['employees', '3.5万人'],
  ['income_per_employee', '4.1万元'],
  ['sales_premium', '30%'],
  ['authorized_users', '76家'],
  ['support_measures', '县里出台滩羊产业发展扶持办法，每年安排专项资金2000万元；建设滩羊肉质量追溯平台；开展专用标志使用核准和市场检查。'],
  ['next_year_plan', '1.新增用标企业10家；2.在银川和上海举办盐池滩羊推介会；3.建成滩羊标准化养殖示范基地5个。'],
  ['contact_name', '马文杰'],
  ['contact_phone', '13995312468'],
  ['contact_email', 'ycty_xh@163.com'],
];
const EXPECT: Record<string, string | number> = {
  gi_name: '盐池滩羊',
  province: '宁夏回族自治区',
  protection_type: '作为证明商标注册的地理标志',
  registration_no: '5623318',
  region: '宁夏回族自治区吴忠市盐池县现辖行政区域',
  applicant: '盐池县滩羊协会',
  product_category: '畜禽',
  annual_output_value: 4_500_000_000,
  export_value: 6_000_000,
  related_output_processing: 600_000_000,
  related_output_logistics: 80_000_000,
  related_output_tourism: 120_000_000,
  employees: 35_000,
  income_per_employee: 41_000,
  sales_premium: 30,
  authorized_users: 76,
  support_measures: '县里出台滩羊产业发展扶持办法，每年安排专项资金2000万元；建设滩羊肉质量追溯平台；开展专用标志使用核准和市场检查。',
  next_year_plan: '1.新增用标企业10家；2.在银川和上海举办盐池滩羊推介会；3.建成滩羊标准化养殖示范基地5个。',
  contact_name: '马文杰',
  contact_phone: '13995312468',
  contact_email: 'ycty_xh@163.com',
};

/** The plain conversation: a start, the answers in the form's order with a restart in the middle, 提交, 确认. */
const plain = (id: string, answers = ANSWERS.map(([, text]) => text)): ScriptedDialog => ({
  id,
  user: id,
  name: '马文杰',
  parts: [
    ['我要申报地标名录', ...answers.slice(0, 10)],
    ['继续申报', ...answers.slice(10), '提交', '确认'],
  ],
  expect: EXPECT,
});

const work = mkdtempSync(join(tmpdir(), 'gi-bot-flow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const wrongOf = async (dialog: ScriptedDialog): Promise<string[]> => {
  const score = await runDialog(dialog, work);
  return [...score.wrong.map((w) => `${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`), ...(score.submitted ? [] : ['not submitted'])];
};

describe('conversations as officers flow them', () => {
  it('reads the plain conversation whole, and every generated rewording of it the same', { timeout: 300_000 }, async () => {
    const base = await runDialog(plain('flow_plain'), work);
    expect(base.wrong, base.transcript.join('\n')).toEqual([]);
    const answers = answersOf(form, plain('flow_plain'), base.turns, same);
    // every line answered its own question alone: the rewordings have all of them to work with
    expect(answers.map((a) => a.field.id)).toEqual(ANSWERS.map(([id]) => id));
    const failed: string[] = [];
    for (const kind of Object.keys(FLOW_VARIANTS)) {
      const variant = flowVariant(plain('flow_plain'), kind, answers);
      expect(variant, kind).toBeDefined();
      const wrong = await wrongOf(variant as ScriptedDialog);
      if (wrong.length > 0) failed.push(`${kind}: ${wrong.join('; ')}`);
    }
    expect(failed).toEqual([]);
  });

  // Unlabelled answers to the question asked and the next ones, batched by any separator officers type.
  const batched = (size: number, separator: string): string[] => {
    const texts = ANSWERS.map(([, text]) => text);
    const out: string[] = [];
    for (let i = 0; i < texts.length; i += size) {
      const group = texts.slice(i, i + size);
      // (free text keeps its own message: its commas are its own)
      const long = group.findIndex((t) => t.length > 30);
      if (long >= 0) {
        out.push(...group);
        continue;
      }
      out.push(group.join(separator));
    }
    return out;
  };
  for (const size of [2, 3]) {
    for (const separator of ['，', ' ', '；', ',', '， ', '\u3000']) {
      it(`places ${size} unlabelled answers in one message by their order (${JSON.stringify(separator)})`, { timeout: 60_000 }, async () => {
        expect(await wrongOf(plain(`flow_batch_${size}_${separator.codePointAt(0)}`, batched(size, separator)))).toEqual([]);
      });
    }
  }
});

/** The draft's values after a conversation (from the trace of what each line changed). */
async function valuesAfter(id: string, lines: string[]): Promise<Record<string, string | number>> {
  const score = await runDialog({ id, user: id, name: '马文杰', parts: [lines], expect: {} }, work);
  return Object.assign({}, ...score.turns.map((t) => t.changed)) as Record<string, string | number>;
}

/** The plain conversation's lines up to (not including) the answer to `field`. */
const upTo = (field: string): string[] => ['我要申报地标名录', ...ANSWERS.slice(0, ANSWERS.findIndex(([id]) => id === field)).map(([, text]) => text)];

describe('figures said around their names', () => {
  // the next question's name, a remark with no figure, then its figure; the question asked after a space
  const NAMES: Record<string, string> = {
    annual_output_value: '产值',
    export_value: '出口',
    related_output_processing: '加工',
    related_output_logistics: '物流',
    related_output_tourism: '旅游',
    employees: '从业人员',
    income_per_employee: '人均收入',
    sales_premium: '溢价',
  };
  const REMARKS = ['主要是鲜销', '是统计局的数', '跟前年比涨了点', '包括电商'];
  for (const [r, remark] of REMARKS.entries()) {
    it(`reads "name这块${remark}，figure" for the next question and the answer asked after a space (${r + 1})`, { timeout: 60_000 }, async () => {
      const texts = ANSWERS.map(([id, text]) => [id, text] as const);
      const lines: string[] = [];
      for (let i = 0; i < texts.length; i += 1) {
        const [id, text] = texts[i] as readonly [string, string];
        const next = texts[i + 1];
        if (NAMES[id] && next && NAMES[next[0]]) {
          lines.push(`${NAMES[next[0]]}这块${remark}，${next[1]} ${NAMES[id]}${text}`);
          i += 1;
        } else lines.push(text);
      }
      expect(await wrongOf(plain(`flow_named_${r}`, lines))).toEqual([]);
    });
  }
});

describe('a figure beside free text', () => {
  const MEASURES = ANSWERS.find(([id]) => id === 'support_measures')?.[1] as string;
  // the figure asked first, then the measures, parted by any mark officers type
  for (const [i, separator] of [' ', '；', '，', '\n'].entries()) {
    it(`reads "用标企业有76家${JSON.stringify(separator)}…measures" as both answers`, { timeout: 60_000 }, async () => {
      const values = await valuesAfter(`flow_figure_then_measures_${i}`, [...upTo('authorized_users'), `用标企业有76家${separator}${MEASURES}`]);
      expect(values).toMatchObject({ authorized_users: 76, support_measures: MEASURES });
    });
  }
  // a figure with its field's name and no action, sent while the measures are asked, is that figure
  const FIGURES: Array<[string, string, number]> = [
    ['sales_premium', '溢价率这块比普通羊肉贵三成', 30],
    ['sales_premium', '溢价的话大概高出两成', 20],
    ['employees', '从业人员这块大概三万五千人', 35_000],
    ['related_output_tourism', '旅游这块一年一个多亿', 100_000_000],
  ];
  for (const [i, [field, message, value]] of FIGURES.entries()) {
    it(`reads "${message}" for ${field}, not as the measures asked`, { timeout: 60_000 }, async () => {
      const lines = [...upTo('support_measures').filter((line) => !ANSWERS.some(([id, text]) => id === field && text === line)), message];
      const values = await valuesAfter(`flow_figure_in_measures_${i}`, lines);
      expect(values[field]).toBe(value);
      expect(values.support_measures).toBeUndefined();
    });
  }
});

describe('what is not sure never lands in a field', () => {
  // A second piece that may go on the answer before (a place after a region, words after a unit's
  // name that name no class) is never placed in the next field by its position.
  const UNSURE: Array<[string, string, string]> = [
    ['region', '宁夏回族自治区吴忠市盐池县，惠安堡镇', 'applicant'],
    ['region', '宁夏回族自治区吴忠市盐池县 大水坑镇 青山乡', 'applicant'],
    ['applicant', '盐池县滩羊协会，县畜牧局', 'product_category'],
    ['applicant', '盐池县滩羊协会 盐池县农业农村局', 'product_category'],
    ['support_measures', '县里出台滩羊产业发展扶持办法，每年安排专项资金2000万元', 'next_year_plan'],
    ['next_year_plan', '新增用标企业10家，举办推介会两场', 'contact_name'],
  ];
  for (const [asked, message, next] of UNSURE) {
    it(`"${message}" for ${asked} leaves ${next} empty`, { timeout: 60_000 }, async () => {
      const values = await valuesAfter(`flow_unsure_${asked}_${message.length}`, [...upTo(asked), message]);
      expect(values[next]).toBeUndefined();
    });
  }

  it('places answers in order only into fields still open, never over a filled one', { timeout: 60_000 }, async () => {
    // the export was given ahead with its label; "45亿，6亿" then answers 年产值 and the next open question (加工)
    const lines = [...upTo('annual_output_value').slice(0, -1), '畜禽，出口额600万美元', '45亿，6亿'];
    const values = await valuesAfter('flow_open_only', lines);
    expect(values).toMatchObject({ annual_output_value: 4_500_000_000, export_value: 6_000_000, related_output_processing: 600_000_000 });
  });

  // More of a free-text answer goes on it only when the message says it adds, and never a labelled answer.
  const ADDS = ['还有，', '另外，', '补充一下：', '再补充一点，', '还有一条：'];
  for (const [i, adding] of ADDS.entries()) {
    it(`"${adding}…" after the measures adds to them, and a labelled answer after it does not`, { timeout: 60_000 }, async () => {
      const lines = [...upTo('support_measures'), '县里出台滩羊产业发展扶持办法；', `${adding}建设滩羊肉质量追溯平台`, `${adding}联系人：马文杰`];
      const values = await valuesAfter(`flow_adds_${i}`, lines);
      expect(values.support_measures).toBe('县里出台滩羊产业发展扶持办法；建设滩羊肉质量追溯平台');
      expect(values.contact_name).toBe('马文杰');
      expect(values.next_year_plan).toBeUndefined();
    });
  }

  it('a numbered list goes on by its next number, and a number that does not follow is an answer of its own', { timeout: 60_000 }, async () => {
    const lines = [...upTo('support_measures'), '1.出台滩羊产业发展扶持办法\n2.建设质量追溯平台', '3.开展专用标志使用核准', '1.新增用标企业10家；2.举办推介会两场'];
    const values = await valuesAfter('flow_items', lines);
    expect(values.support_measures).toBe('1.出台滩羊产业发展扶持办法\n2.建设质量追溯平台\n3.开展专用标志使用核准');
    expect(values.next_year_plan).toBe('1.新增用标企业10家；2.举办推介会两场');
  });

  it('words that add after an answer that is no free text add nothing to it', { timeout: 60_000 }, async () => {
    const lines = [...upTo('product_category'), '另外，协会是2005年成立的'];
    const values = await valuesAfter('flow_adds_text', lines);
    expect(values.applicant).toBe('盐池县滩羊协会');
  });
});
