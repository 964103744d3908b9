import { afterEach, describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { t } from '../../src/texts.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

/**
 * Leaving the form for now ("今天先到这", "退出") mid-form: generated as leads × what is said ×
 * endings, with a remark beside it; never stored in the field asked, and the draft resumes.
 */

const LEADS = ['', '那', '好的，', '今天', '那今天', '我'];
const CORES = ['先到这', '先到这里', '就到这儿', '退出', '暂停', '先暂停一下', '先这样', '下次再填', '改天再弄', '明天再继续', '回头再说', '晚点再填', '先保存草稿'];
const ENDINGS = ['', '吧', '。', '了', '哈', '！'];
const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;
const pauses = CORES.flatMap((core, c) => LEADS.map((lead, l) => `${lead}${core}${pick(ENDINGS, c + l)}`));
pauses.push(...CORES.map((core, c) => `${pick(['不好意思，', '抱歉，', '稍等，'], c)}${core}`), '先这样吧，回头再填', '今天先到这，下次再说', '空着的几项还在跟县局要数据，先填到这里，我晚上再来', '还在等合作社的材料，今天先到这');

/** Values and other commands that only look alike. */
const NOT_PAUSES = ['还在跟协会要数据', '这样', '到这里的路程', '退出口岸以东', '结束语', '下次再填报的企业', '先到这里再去那里的物流中心', '停车场建设'];

const TEXT_FIELDS = ['region', 'applicant', 'product_category', 'support_measures', 'contact_name'];

describe('pausing a nomination', () => {
  let env: DialogEnv;
  afterEach(() => (env as DialogEnv | undefined)?.close());

  it(`reads all ${pauses.length} generated ways to stop for now as a pause`, () => {
    expect(pauses.filter((text) => dialogIntent(text)?.kind !== 'pause')).toEqual([]);
  });

  it.each(NOT_PAUSES)('does not read %s as a pause', (text) => {
    expect(dialogIntent(text)?.kind).not.toBe('pause');
  });

  it('stores no pause in a pending text field, says the draft is kept, and resumes at the same question', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says('盐池滩羊');
    for (const [i, id] of TEXT_FIELDS.entries()) {
      const pending = field(id);
      await env.chat.as('u1').says(`修改${pending.label}`);
      const text = pick(pauses, i * 13);
      const filled = Object.keys(env.draft()?.fields ?? {}).length;
      await env.chat.as('u1').says(text).expectReply(t('nomination.paused', { title: '盐池滩羊', filled, total: form.fields.length }));
      expect(env.draft()?.fields[id], `${text} → ${id}`).toBeUndefined();
      await env.chat.as('u1').says('继续申报').expectReply(pending.prompt);
      expect(env.current()?.id).toBe(id);
    }
  });
});
