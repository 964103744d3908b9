import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { auditTrail } from '../../src/store/audit.js';
import { getDialog } from '../../src/store/nominations.js';
import { dialogEnv, field, form, type DialogEnv, validAnswer } from './dialog-fixture.js';
import type { FormField } from '../../src/nomination/form.js';

const requiredFields = form.fields.filter((f) => f.required);
const first = form.fields[0];

describe('nomination dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('starts from a group in the private chat and keeps personal data out of the group', async () => {
    env = await dialogEnv();
    const texts = await env.chat.as('u1', { group: 'g1', name: '张三' }).says('/申报');
    const toGroup = env.chat.last.filter((r) => r.ref.chatId === 'g1').map((r) => r.message.text);
    const toPrivate = env.chat.last.filter((r) => r.ref.chatId === 'p2p:u1').map((r) => r.message.text);
    expect(toGroup).toHaveLength(1);
    expect(toGroup[0]).toMatch(/私聊/);
    expect(toPrivate.join('\n')).toContain(first?.prompt ?? '');
    expect(texts).toHaveLength(toGroup.length + toPrivate.length);
    // The next answer comes from the private chat and fills the first field.
    await env.chat.as('u1').says(validAnswer(first as FormField)).expectReply(/已记录/);
    expect(env.draft()?.fields[first?.id ?? '']).toBeDefined();
    // Group chatter is not taken as an answer.
    await env.chat.as('u1', { group: 'g1' }).says('大家好').expectNoReply();
  });

  it('starts on natural words, not on questions about the nomination', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要推荐一个地标').expectReply(first?.prompt ?? '');
    env.close();
    env = await dialogEnv();
    await env.chat.as('u2').says('申报书什么时候截止？');
    expect(env.drafts('u2')).toHaveLength(0);
  });

  it('answers help, re-asks with a reason after invalid values, and offers skip-and-flag after three', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const phone = field('contact_phone');
    await env.chat.as('u1').says(`修改${phone.label}`).expectReply(phone.prompt);
    expect(env.current()?.id).toBe(phone.id);
    const help = await env.chat.as('u1').says('怎么填');
    expect(help.join('\n')).toContain(phone.example ?? '');

    const bad = await env.chat.as('u1').says('不知道啊');
    expect(bad.join('\n')).toContain('示例');
    expect(bad.join('\n')).toContain(phone.prompt);
    await env.chat.as('u1').says('abc');
    const third = await env.chat.as('u1').says('🙂🙂🙂');
    expect(third.join('\n')).toMatch(/跳过/);
    expect(getDialog(env.chat.db, 'console', 'u1')?.failures).toBe(3);
    await env.chat.as('u1').says('跳过').expectReply(/待核实/);
    expect(env.draft()?.flagged).toContain(phone.id);
    expect(env.current()?.id).not.toBe(phone.id);
  });

  it('defers a required field skipped once to the end, and flags it when skipped again', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says('龙井茶');
    await env.chat.as('u1').says('浙江');
    await env.chat.as('u1').says('地理标志产品');
    const registration = field('registration_no');
    expect(env.current()?.id).toBe(registration.id);
    await env.chat.as('u1').says('公告号我得查一下，先跳过').expectReply(/必填/);
    expect(env.current()?.id).toBe(field('region').id);
    expect(env.draft()?.flagged ?? []).not.toContain(registration.id);
    // the next answer goes to the next question, not to the skipped one
    await env.chat.as('u1').says('浙江省杭州市西湖区现辖行政区域');
    expect(env.draft()?.fields.region?.value).toBe('浙江省杭州市西湖区现辖行政区域');
    while (env.current() && env.current()?.id !== registration.id) await env.chat.as('u1').says(validAnswer(env.current() as FormField));
    expect(Object.keys(env.draft()?.fields ?? {}).length).toBe(form.fields.length - 1);
    expect(env.current()?.id).toBe(registration.id);
    await env.chat.as('u1').says('跳过').expectReply(/待核实/);
    expect(env.draft()?.flagged).toContain(registration.id);
  });

  it('reads 提交申报 in an open draft as submitting it, not as a new start', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    while (env.current()) await env.chat.as('u1').says(validAnswer(env.current() as FormField));
    const id = env.draft()?.id;
    await env.chat.as('u1').says('提交申报').expectReply(/确认/);
    expect(env.draft()?.id).toBe(id);
  });

  it('fills several fields from one message and audits each', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const output = field('annual_output_value');
    const employees = field('employees');
    await env.chat.as('u1').says('产值3.2亿，从业人员1.5万人').expectReply(/已记录 2 项/);
    const draft = env.draft();
    expect(draft?.fields[output.id]?.value).toBe(320_000_000);
    expect(draft?.fields[employees.id]?.value).toBe(15_000);
    const trail = auditTrail(env.chat.db, draft?.id ?? '');
    expect(trail.filter((e) => e.action === 'set').map((e) => e.field)).toEqual(expect.arrayContaining([output.id, employees.id]));
    // The question being asked stays the same.
    expect(env.current()?.id).toBe(first?.id);
  });

  it('takes corrections at any time, with or without a value', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const output = field('annual_output_value');
    await env.chat.as('u1').says('产值3.2亿');
    await env.chat.as('u1').says('产值改成3.5亿').expectReply(/3\.5亿/);
    expect(env.draft()?.fields[output.id]?.value).toBe(350_000_000);
    const trail = auditTrail(env.chat.db, env.draft()?.id ?? '').filter((e) => e.field === output.id);
    expect(trail.map((e) => JSON.parse(e.newValue ?? '{}').value)).toEqual([320_000_000, 350_000_000]);

    const contact = field('contact_name');
    await env.chat.as('u1').says('修改联系人').expectReply(contact.prompt);
    await env.chat.as('u1').says(validAnswer(contact)).expectReply(/已记录/);
    // After the correction the dialog returns to the first open field.
    expect(env.current()?.id).toBe(first?.id);
  });

  it('goes back one step, reviews, and keeps skipped optional fields out of the way', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const firstField = env.current();
    await env.chat.as('u1').says(validAnswer(firstField as FormField));
    const second = env.current();
    expect(second?.id).not.toBe(firstField?.id);
    await env.chat.as('u1').says('上一步').expectReply(firstField?.prompt ?? '');
    expect(env.current()?.id).toBe(firstField?.id);
    const review = await env.chat.as('u1').says('查看');
    expect(review.join('\n')).toContain(env.draft()?.fields[firstField?.id ?? '']?.display ?? '(none)');
    expect(review.join('\n')).toMatch(/未填/);

    const optional = form.fields.find((f) => !f.required);
    if (optional) {
      await env.chat.as('u1').says(`修改${optional.label}`);
      await env.chat.as('u1').says('跳过').expectReply(/已跳过/);
      expect(env.draft()?.flagged).not.toContain(optional.id);
    }
  });

  it('asks before cancelling and keeps the draft on 不', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const asked = await env.chat.as('u1').says('取消');
    expect(asked.join('\n')).toMatch(/确定要取消/);
    expect(env.chat.last[0]?.message.card?.buttons?.map((b) => b.value.op)).toEqual(['confirm', 'deny']);
    await env.chat.as('u1').says('不').expectReply(/保留/);
    expect(env.drafts()).toHaveLength(1);
    await env.chat.as('u1').says('取消');
    await env.chat.as('u1').press({ kind: 'nomination', op: 'confirm' }).expectReply(/已取消/);
    expect(env.drafts()).toHaveLength(0);
    // With no dialog left, ordinary text goes on to the Q&A.
    await env.chat.as('u1').says('你好').expectReply(/没有找到/);
  });

  it('refuses to submit while required fields are missing, naming them', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const refused = (await env.chat.as('u1').says('提交')).join('\n');
    expect(refused).toMatch(/必填项未填写/);
    for (const field of requiredFields.slice(0, 3)) expect(refused).toContain(field.label);
    expect(env.draft()?.status).toBe('draft');
  });

  it('submits after the summary and 确认, and a fresh /申报 starts clean', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.fillWithExamples();
    const summary = (await env.chat.as('u1').says('提交')).join('\n');
    expect(summary).toMatch(/确认/);
    for (const field of requiredFields) expect(summary).toContain(field.label);
    const id = env.draft()?.id;
    await env.chat.as('u1').says('确认').expectReply(/已提交/);
    expect(getDialog(env.chat.db, 'console', 'u1')).toBeUndefined();
    expect(env.drafts()).toHaveLength(0);
    expect(auditTrail(env.chat.db, id ?? '').at(-1)?.action).toBe('submit');
    // 提交 again with no draft open submits nothing and names the one already submitted.
    const again = (await env.chat.as('u1').says('提交')).join('\n');
    expect(again).toMatch(/没有正在填写/);
    expect(again).toContain(validAnswer(first as FormField));
    expect(env.drafts()).toHaveLength(0);
    expect(auditTrail(env.chat.db, id ?? '').filter((e) => e.action === 'submit')).toHaveLength(1);
  });

  it('answers 提交 from someone who never opened a form without starting one', async () => {
    env = await dialogEnv();
    await env.chat.as('u9').says('提交').expectReply(/没有正在填写的申报书/);
    expect(env.drafts('u9')).toHaveLength(0);
  });

  it('lets one person keep several drafts and choose which to continue', async () => {
    env = await dialogEnv();
    const name = first as NonNullable<typeof first>;
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says(validAnswer(name));
    await env.chat.as('u1').says('/申报 新建');
    expect(env.drafts()).toHaveLength(2);
    const list = (await env.chat.as('u1').says('/申报')).join('\n');
    expect(list).toMatch(/2 份/);
    expect(list).toMatch(/1\..*\n2\./);
    expect(env.drafts()).toHaveLength(2);
    // The first listed is the most recently edited: the new, empty one; choose the other.
    await env.chat.as('u1').says('2').expectReply(/继续填写/);
    expect(env.draft()?.fields[name.id]).toBeDefined();
    await env.chat.as('u1').says('9').expectReply(/已记录|没能识别|请回复/);
  });

  it('asks again on an invalid choice and lets the person walk away from the list', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says('/申报 新建');
    await env.chat.as('u3').says('/申报');
    // u1 has two drafts; a fresh conversation (no active draft) shows the list.
    env.chat.db.prepare('UPDATE nomination_dialogs SET nomination_id = NULL').run();
    await env.chat.as('u1').says('/申报').expectReply(/2 份/);
    await env.chat.as('u1').says('7').expectReply(/1-2/);
    await env.chat.as('u1').says('随便说点别的').expectReply(/1-2/);
    await env.chat.as('u1').says('取消').expectReply(/草稿都已保留/);
    expect(env.drafts()).toHaveLength(2);
    await env.chat.as('u1').says('随便说点别的').expectReply(/没有找到/);
  });

  it('survives a restart: the same file in a new pipeline continues at the same field', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says(validAnswer(first as FormField));
    const asked = env.current();
    env.chat = await env.chat.restart();
    env.chat.advance(3 * 24 * 3600 * 1000);
    await env.chat.as('u1').says('继续申报').expectReply(asked?.prompt ?? '');
    await env.chat.as('u1').says(validAnswer(asked as FormField)).expectReply(/已记录/);
    expect(env.draft()?.fields[asked?.id ?? '']).toBeDefined();
  });

  it('answers any random text mid-form with a reply, never the error message', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300, unit: 'binary' }), async (text) => {
        const texts = await env.chat.as('u1').says(text);
        expect(texts.join('\n')).not.toMatch(/出了点问题/);
      }),
      { numRuns: 60 },
    );
    expect(env.drafts().length).toBeGreaterThan(0);
  });

  it('never crashes on hostile or empty input inside a dialog', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    for (const input of ['', '\u0000\u0007', '😀'.repeat(200), '<script>alert(1)</script>', "'; DROP TABLE nominations; --", 'x'.repeat(4000)]) {
      const texts = await env.chat.as('u1').says(input);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.join('\n')).not.toMatch(/出了点问题/);
    }
    expect(env.drafts()).toHaveLength(1);
  });

  it('offers the protection types as buttons and takes a press as the answer', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const protection = field('protection_type');
    await env.chat.as('u1').says(`修改${protection.label}`);
    const card = env.chat.last.find((r) => r.message.card?.buttons?.length)?.message;
    expect(card?.text).toContain('1. 地理标志产品');
    const choices = card?.card?.buttons?.map((b) => b.value.value);
    expect(choices).toEqual(protection.choices);
    await env.chat.as('u1').press({ kind: 'nomination', op: 'answer', value: protection.choices?.[2] ?? '' }).expectReply(/已记录/);
    expect(env.draft()?.fields[protection.id]?.value).toBe(protection.choices?.[2]);
  });

  it('keeps a long free-text answer whole even when it mentions other fields', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const users = field('authorized_users');
    const plan = field('next_year_plan');
    await env.chat.as('u1').says(`修改${users.label}`);
    await env.chat.as('u1').says('120家');
    await env.chat.as('u1').says(`修改${plan.label}`);
    const text = '新增用标企业20家；年产值争取突破4亿元；参加中国国际商标品牌节。';
    await env.chat.as('u1').says(text).expectReply(/已记录/);
    expect(env.draft()?.fields[plan.id]?.value).toBe(text);
    expect(env.draft()?.fields[users.id]?.value).toBe(120);
    expect(env.draft()?.fields[field('annual_output_value').id]).toBeUndefined();
  });

  it('lets other features\' slash commands through mid-form without storing them', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says('/提醒 订阅').expectReply(/没有找到/);
    expect(env.draft()?.fields[first?.id ?? '']).toBeUndefined();
    expect(env.current()?.id).toBe(first?.id);
  });

  it('passes a question asked at a free-text field to the Q&A instead of storing it', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    const texts = await env.chat.as('u1').says('申报截止时间是什么时候');
    expect(texts[0]).toMatch(/没有找到/);
    expect(texts.at(-1)).toContain(first?.prompt ?? '(none)');
    expect(env.draft()?.fields[first?.id ?? '']).toBeUndefined();
  });
});

