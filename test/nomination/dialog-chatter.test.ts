import { afterEach, describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { dialogEnv, field, type DialogEnv } from './dialog-fixture.js';

/** Remarks mid-form are never stored as an answer, and a remark that names a wrong field asks for it again. */

const TEXT_FIELDS = ['gi_name', 'applicant', 'product_category', 'contact_name', 'region'];
const REMARKS = ['稍等', '不好意思', '不好意思，稍等', '稍等，我找一下文件', '抱歉，我先问一下同事', '等一下，我查下资料', '稍等，我去找措施的材料', '我找一下去年的统计数据'];

describe('chatter mid-form', () => {
  let env: DialogEnv;
  afterEach(() => (env as DialogEnv | undefined)?.close());

  it.each(REMARKS)('reads %s as a remark to wait', (text) => {
    expect(dialogIntent(text)).toEqual({ kind: 'wait' });
  });

  it.each(['稍等两天再报名录', '不好意思，是张三', '我找一下文件里的地址：杭州', '找了三家企业的材料做了汇编'])('does not take %s for a mere remark', (text) => {
    expect(dialogIntent(text)).toBeUndefined();
  });

  it('stores no remark in any pending text field and keeps asking it', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    for (const id of TEXT_FIELDS) {
      const pending = field(id);
      await env.chat.as('u1').says(`修改${pending.label}`);
      // free text may say 我们 (我们县出台了…); a short text field never does
      const spoken = pending.type === 'text' ? ['我先问问领导吧', '你等我一会儿', '我找到了', '刚才那个写错了'] : ['我先问问领导吧', '刚才那个写错了'];
      for (const remark of [...REMARKS, ...spoken]) {
        await env.chat.as('u1').says(remark).expectReply(pending.prompt);
        expect(env.draft()?.fields[id], `${remark} → ${id}`).toBeUndefined();
        expect(env.current()?.id).toBe(id);
      }
    }
  });

  it('keeps a pending confirmation over a remark to wait', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says('年产值3.5亿元');
    await env.chat.as('u1').says('年产值8000万元').expectReply(/确认/);
    await env.chat.as('u1').says('稍等，我核对一下');
    await env.chat.as('u1').says('确认');
    expect(env.draft()?.fields.annual_output_value?.value).toBe(80_000_000);
  });

  it('asks for the field a remark says was mistyped, then takes the new value there', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    for (const answer of ['湘西椪柑', '湖南', '证明商标', '215678901']) await env.chat.as('u1').says(answer);
    expect(env.current()?.id).toBe('region');
    await env.chat.as('u1').says('刚才注册号多打了一位').expectReply(field('registration_no').label);
    expect(env.draft()?.fields.region).toBeUndefined();
    await env.chat.as('u1').says('21567890').expectReply(/已修改|已记录/);
    expect(env.draft()?.fields.registration_no?.value).toBe('21567890');
    expect(env.current()?.id).toBe('region');
  });
});
