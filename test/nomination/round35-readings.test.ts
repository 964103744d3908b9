import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { awaitingRest } from '../../src/nomination/dialog/text-opening.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { runDialog } from './dialog-eval.js';
import { stored } from './reading-helpers.js';

/**
 * The v35 round: a free text's opening sent alone, cut mid-clause and too short for its field, is kept for the rest;
 * a sentence added to a free text named with it; an old figure said to be last year's by voice; free text put right keeps its commas.
 */

const plan = field('next_year_plan');

describe('a free text’s opening sent alone', () => {
  it('is kept when it stops mid-clause, without its own label', () => {
    expect(awaitingRest(form, plan, '下一年度工作计划：新增用标企业10家，')).toEqual({ kind: 'opening', payload: { field: 'next_year_plan', text: '新增用标企业10家，' } });
    expect(awaitingRest(form, plan, '明年计划：培育龙头企业；')).toMatchObject({ kind: 'opening' });
  });
  it('is no opening when it ends a sentence, is a word said, a question, another field’s answer or asked for no free text', () => {
    for (const text of ['新增用标企业10家。', '好的，', '这个怎么写，', '联系人：王磊，']) expect(awaitingRest(form, plan, text), text).toBeUndefined();
    expect(awaitingRest(form, field('contact_name'), '新增用标企业10家，')).toBeUndefined();
  });
});

describe('the opening in the dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());
  const toPlan = async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报梁平柚');
    while (env.current()?.id !== 'next_year_plan') await env.chat.as('u1').says('跳过');
    await env.chat.as('u1').says('下一年度工作计划：新增用标企业10家，').expectReply(/还没说完/u);
    expect(env.current()?.id).toBe('next_year_plan');
    expect(env.draft()?.fields.next_year_plan).toBeUndefined();
  };

  it('is completed by the next message, with or without 接上条', async () => {
    await toPlan();
    await env.chat.as('u1').says('建设梁平柚精深加工园区，举办梁平柚文化节。');
    expect(env.draft()?.fields.next_year_plan?.value).toBe('新增用标企业10家，建设梁平柚精深加工园区，举办梁平柚文化节。');
    expect(env.current()?.id).toBe('contact_name');
  });

  it('is not joined to another field’s labelled answer or to a question', async () => {
    await toPlan();
    await env.chat.as('u1').says('联系人：何春燕');
    expect(env.draft()?.fields.contact_name?.value).toBe('何春燕');
    expect(env.draft()?.fields.next_year_plan).toBeUndefined();
  });
});

describe('the opening across a restart', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-opening-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('is completed by 接上条 after the process restarted', { timeout: 60_000 }, async () => {
    const skips = Array.from({ length: 16 }, () => '跳过');
    const score = await runDialog(
      {
        id: 'opening_restart',
        user: 'opening01',
        name: '何春燕',
        parts: [['我要申报梁平柚', ...skips, '下一年度工作计划：新增用标企业10家，'], ['接上条：建设梁平柚精深加工园区。']],
        expect: { gi_name: '梁平柚', next_year_plan: '新增用标企业10家，建设梁平柚精深加工园区。' },
      },
      work,
    );
    expect(score.wrong, score.transcript.join('\n')).toEqual([]);
  });
});

describe('free text put right', () => {
  const filled = stored('support_measures', '县里出台了扶持办法，每年安排500万元专项资金。');
  it('runs from its new value to the end of the message, commas and all', () => {
    expect(findCorrection(form, '扶持措施改成县里出台了办法，每年安排五百万元专项资金', 'contact_name', filled)).toEqual({ field: 'support_measures', value: '县里出台了办法，每年安排五百万元专项资金' });
    expect(findCorrection(form, '下一年度工作计划改为新增用标企业20家，建设溯源平台', 'contact_name', filled)).toEqual({ field: 'next_year_plan', value: '新增用标企业20家，建设溯源平台' });
  });
  it('stops before a clause changing another field', () => {
    expect(findCorrection(form, '扶持措施改成县里出台了办法，每年安排五百万元专项资金，联系人改成王磊', 'contact_name', filled)).toEqual({ field: 'support_measures', value: '县里出台了办法，每年安排五百万元专项资金' });
  });
  it('said by voice keeps its spaces, without the word that changes it', () => {
    expect(findCorrection(form, '扶持措施改成 县里出台了扶持办法 每年安排五百万元专项资金 建了保种场', 'contact_name', filled)).toEqual({
      field: 'support_measures',
      value: '县里出台了扶持办法 每年安排五百万元专项资金 建了保种场',
    });
  });
});

describe('a figure said to be last year’s', () => {
  const filled = stored('annual_output_value', '48亿元');
  it('is replaced by this year’s, said by voice or typed', () => {
    expect(findCorrection(form, '刚才那个四十八个亿是去年的数 今年是五十二点六个亿', 'export_value', filled)).toMatchObject({ field: 'annual_output_value' });
    expect(findCorrection(form, '刚才那个48亿是去年的，今年是52.6亿', 'export_value', filled)).toMatchObject({ field: 'annual_output_value' });
  });
  it('changes nothing without a figure of another year', () => {
    expect(findCorrection(form, '48亿是去年的数', 'export_value', filled)).toBeUndefined();
  });
});

describe('a sentence added to a free text named with it', () => {
  let env: DialogEnv;
  afterEach(() => env.close());
  it('goes on the end of that text, the question asked staying open', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报徐闻菠萝');
    while (env.current()?.id !== 'support_measures') await env.chat.as('u1').says('跳过');
    await env.chat.as('u1').says('县政府设立菠萝产业发展专项资金每年3000万元，建设产业园。');
    await env.chat.as('u1').says('明年计划新增用标主体15家，建设冷链仓储中心2个。');
    expect(env.current()?.id).toBe('contact_name');
    const plan = env.draft()?.fields.next_year_plan?.value;
    expect(plan).toMatch(/^(?:明年计划)?新增用标主体15家，建设冷链仓储中心2个。$/u);
    await env.chat.as('u1').says('扶持措施再补一句：与电商平台合作开设旗舰店3家。');
    await env.chat.as('u1').says('再补充一下计划：举办菠萝文化节。');
    const fields = env.draft()?.fields;
    expect(fields?.support_measures?.value).toBe('县政府设立菠萝产业发展专项资金每年3000万元，建设产业园。与电商平台合作开设旗舰店3家。');
    expect(fields?.next_year_plan?.value).toBe(`${String(plan)}举办菠萝文化节。`);
    expect(env.current()?.id).toBe('contact_name');
  });
});
