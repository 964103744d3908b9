import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { awaitingRest } from '../../src/nomination/dialog/text-opening.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { runDialog } from './dialog-eval.js';

/** The v35 round: a free text's opening sent alone, cut mid-clause and too short for its field, is kept for the rest. */

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
