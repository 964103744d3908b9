import { afterEach, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { withoutExampleNotes } from '../../src/nomination/example-note.js';
import { statementField } from '../../src/nomination/routing.js';
import { dialogEnv, form, type DialogEnv } from './dialog-fixture.js';
import { plain, read } from './reading-helpers.js';
import { readMessage } from '../../src/nomination/reading.js';

/**
 * The v45 round: a note in brackets on a phone number before the e-mail, the sender's unit with
 * 这边 before the request, a document's title in a statement of measures, a figure put right after a
 * reason, a list of examples in brackets, a correction on the last line of free text, a figure
 * settled in a sentence with more after it.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;

const NAMES = ['曹文娟', '何静', '黄志强', '林秀珍', '欧阳晓燕', '马骏'];
const PHONES = [
  { typed: '13907375518', value: '13907375518' },
  { typed: '139 8722 6047', value: '13987226047' },
  { typed: '0593-8863127', value: '0593-8863127' },
  { typed: '0532-8721 5566', value: '0532-87215566' },
  { typed: '0724-7221360转8012', value: '0724-7221360转8012' },
];
const NOTES = ['（微信同号）', '(微信同号)', '（座机）', '（办公室，工作日都在）', '（手机）', ''];
const EMAILS = ['caowj_nx@163.com', 'hejing.lz@qq.com', 'lxz_xp@126.com', 'gi-office@foxmail.com'];

/** "<name> <phone><note><email>" in the ways officers paste a contact line, with and without spaces. */
const contactLines = NAMES.flatMap((name, n) =>
  PHONES.map((phone, p) => {
    const note = pick(NOTES, n + p);
    const email = pick(EMAILS, n * 2 + p);
    const shapes = [`${name} ${phone.typed}${note}${email}`, `${name}${phone.typed}${note}${email}`, `${name}，${phone.typed}${note} ${email}`];
    return { text: pick(shapes, n + p * 2), expected: { contact_name: name, contact_phone: phone.value, contact_email: email } };
  }),
);

describe('a contact line with a note in brackets on the phone number', () => {
  it(`reads name, phone and e-mail apart in ${contactLines.length} generated lines`, () => {
    const wrong = contactLines.filter(({ text, expected }) => !sameValues(read('contact_name', text), expected));
    expect(wrong.map(({ text }) => `${text} → ${JSON.stringify(read('contact_name', text))}`)).toEqual([]);
  });
  it('takes the note for no name and no part of the e-mail', () => {
    expect(read('contact_name', '13907375518（微信）caowj@163.com')).toEqual({ contact_phone: '13907375518', contact_email: 'caowj@163.com' });
    expect(read('contact_phone', '0724-7221360转8012（办公室）')).toEqual({ contact_phone: '0724-7221360转8012' });
  });
  it('still reads a breakdown in brackets after a count as no answer of its own', () => {
    expect(read('authorized_users', '用标企业119家（县里96家、合作社23家）')).toEqual({ authorized_users: 119 });
  });
});

const sameValues = (got: Record<string, unknown>, expected: Record<string, unknown>): boolean =>
  Object.keys(got).length === Object.keys(expected).length && Object.entries(expected).every(([id, value]) => got[id] === value);

const UNITS = ['大理州局', '宾川县市场监管局', '文山州知识产权局', '赣州市市场监督管理局'];
const HERE = ['这边', '这里'];
const ASKS = ['报一个：宾川柑橘', '要报一个，宾川柑橘', '申报名录：宾川柑橘，证明商标'];

describe('the sender\'s unit said with 这边 before the request', () => {
  const requests = UNITS.flatMap((unit, u) => ASKS.map((ask, a) => `${pick(['', '您好，'], u + a)}${unit}${pick(HERE, u + a)}${ask}`));
  it(`starts the form with the product named in ${requests.length} generated requests`, () => {
    const wrong = requests.filter((text) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== '宾川柑橘';
    });
    expect(wrong).toEqual([]);
  });
  it('leaves a unit asking the sender to nominate no sender of its own', () => {
    expect(globalIntent('孙丽娜这边，哈尔滨市局的。五常市局让我帮他们报名录，先起个头')?.kind).not.toBe('start');
  });
  it('is no request when no request follows the unit', () => {
    expect(globalIntent('大理州局这边，宾川柑橘的产值是38.6亿')?.kind).not.toBe('start');
  });
});

describe('a statement of measures naming a plan document', () => {
  const open = (): boolean => true;
  it('goes to the measures taken, not to the plan', () => {
    const measures = '（一）县政府印发《宾川县柑橘产业高质量发展三年行动计划》，2022年投入财政资金3500万元用于基地提升和品牌建设；（二）建立证明商标使用管理制度。';
    expect(statementField(form, measures, open)?.id).toBe('support_measures');
  });
  it('still takes a plan said as one to the plan', () => {
    expect(statementField(form, '明年计划新增用标企业10家，建设数字溯源平台，举办开茶节。', open)?.id).toBe('next_year_plan');
  });
});

describe('a figure taken back, a reason, then the figure put right', () => {
  it('gives the figure put right', () => {
    expect(read('authorized_users', '用标的企业有四十一家，不对，去年底新批了3家，应该是44家')).toEqual({ authorized_users: 44 });
    expect(read('employees', '从业人员五万人，不对，漏了加工厂的两千人，应该是5.2万人')).toEqual({ employees: 52000 });
  });
  it('leaves a figure put right for another field to that field', () => {
    expect(read('annual_output_value', '产值50亿，不对，出口应该是3亿')).toEqual({ annual_output_value: 5000000000, export_value: 300000000 });
  });
});

describe('a figure\'s parts counted out after 其中', () => {
  it('are its breakdown, no answer and nothing left unread', () => {
    const reading = readMessage(form, {}, undefined, '用标的有37家，其中合作社21家、企业16家。产值3亿');
    expect(plain(reading.values)).toEqual({ authorized_users: 37, annual_output_value: 300000000 });
    expect(reading.unread).toEqual([]);
  });
  it('leave one part alone, the figure narrowed to the product\'s own', () => {
    expect(read('annual_output_value', '去年茶叶综合产值是165亿，其中湄潭翠芽的产值是56.8亿元')).toEqual({ annual_output_value: 5680000000 });
  });
  it('keep a part that answers another field', () => {
    expect(read('annual_output_value', '产值12亿，其中出口3亿')).toEqual({ annual_output_value: 1200000000, export_value: 300000000 });
    expect(read('annual_output_value', '产值12亿，其中合作社2亿、出口3亿')).toEqual({ annual_output_value: 1200000000, export_value: 300000000 });
  });
});

describe('a list of examples in brackets inside a field\'s name', () => {
  it('is read without it', () => {
    expect(withoutExampleNotes('加工（精油、玫瑰酱、玫瑰茶）产值约1.9亿')).toBe('加工产值约1.9亿');
    expect(read('related_output_processing', '加工（精油、玫瑰酱、玫瑰茶）产值约1.9亿')).toEqual({ related_output_processing: 190000000 });
  });
  it('keeps places in brackets and a note with figures in it', () => {
    expect(read('region', '江西省赣州市所辖18个县（市、区）')).toEqual({ region: '江西省赣州市所辖18个县（市、区）' });
    expect(withoutExampleNotes('加工（县里3亿、市里2亿）产值')).toBe('加工（县里3亿、市里2亿）产值');
  });
});

describe('in a dialog', () => {
  let env: DialogEnv | undefined;
  afterEach(() => env?.close());

  /** A draft with the output 9.6亿 stored, the plan asked. */
  const planAskedAfterOutput = async (): Promise<DialogEnv> => {
    const opened = (env = await dialogEnv());
    await opened.chat.as('u1').says('/申报');
    await env!.answerUntil('annual_output_value');
    await opened.chat.as('u1').says('9.6个亿');
    await env!.answerUntil('next_year_plan');
    return opened;
  };

  it('applies a correction on the last line of free text and stores the text without it', async () => {
    const dialog = await planAskedAfterOutput();
    const plan = '2024年计划新增用标企业10家，推广标准化加工技术，力争产值增长10%。';
    await dialog.chat.as('u1').says(`${plan}\n另外：前面产值填的9.6亿不对，统计部门最后核定的是10.2亿，请改一下。`).expectReply(/已把 年产值 改为/);
    expect(dialog.draft()?.fields.next_year_plan?.value).toBe(plan);
    expect(dialog.draft()?.fields.annual_output_value?.value).toBe(1020000000);
  });

  it('changes no filled figure when the last line of a plan only states a target', async () => {
    const dialog = await planAskedAfterOutput();
    const plan = '新增用标企业10家，推广标准化加工技术；\n力争产值应该是突破12亿。';
    await dialog.chat.as('u1').says(plan);
    expect(dialog.draft()?.fields.annual_output_value?.value).toBe(960000000);
    expect(dialog.draft()?.fields.next_year_plan?.value).toBe(plan);
  });

  it('still corrects a filled plan by name while the measures are asked', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env!.answerUntil('support_measures');
    await env.chat.as('u1').says('下一年度工作计划：明年新增用标企业10家');
    await env.chat.as('u1').says('下一年度计划改成明年新增用标企业20家').expectReply(/已把 下一年度工作计划 改为/);
    expect(env.draft()?.fields.next_year_plan?.value).toBe('明年新增用标企业20家');
    expect(env.draft()?.fields.support_measures).toBeUndefined();
  });

  it('settles a figure in its sentence when another answer follows', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env!.answerUntil('annual_output_value');
    await env.chat.as('u1').says('产值去年8个多亿，按8.4亿填吧。出口没有。');
    expect(env.draft()?.fields.annual_output_value?.value).toBe(840000000);
    expect(env.draft()?.fields.export_value?.value).toBe(0);
  });
});
