import { afterEach, describe, expect, it } from 'vitest';
import { resumeAfterRemark, resumesOpenDraft } from '../../src/nomination/dialog/resume-after-remark.js';
import { isDeferral } from '../../src/nomination/none-answer.js';
import { dialogEnv, form, type DialogEnv } from './dialog-fixture.js';

describe('a message putting the free text off', () => {
  it('says which parts come later, or that they are in the material to come', () => {
    for (const text of ['剩下的三、四部分我下午再发', '第三、四部分还在领导那改，改完再发', '支持政策和明年打算也在表里，单元格比较长', '措施那段还在科长那，晚点再发']) expect(isDeferral(text), text).toBe(true);
  });
  it('is not free text that states an action, a figure, or words about something else', () => {
    for (const text of ['建设冷链物流中心，明年再说', '新增用标企业20家，其他的回头再补', '市里出台了扶持办法，细节回头再补', '品牌宣传，标准制定，回头再补']) expect(isDeferral(text), text).toBe(false);
  });
});

describe('a request to go on', () => {
  it('may end by saying the material comes next', () => {
    expect(resumeAfterRemark(form, '下午好，接着上午五常大米的申报，把后面两部分发给你')).toEqual({ name: '五常大米' });
    expect(resumeAfterRemark(form, '继续，把后面两部分发给你')).toEqual({});
    expect(resumeAfterRemark(form, '产值3个亿，发给你')).toBeUndefined();
  });
  it('names the open draft by its product, whole or by its end, whatever the word is besides', () => {
    expect(resumesOpenDraft(form, '接着上次的铁观音申报', '安溪铁观音')).toBe(true);
    expect(resumesOpenDraft(form, '领导改好了，继续填宣纸的', '宣纸')).toBe(true);
    expect(resumesOpenDraft(form, '宣纸的扶持措施是设立专项资金', '宣纸')).toBe(false);
    expect(resumesOpenDraft(form, '继续填宣纸的', '五常大米')).toBe(false);
  });
});

describe('the dialog, while the measures are asked', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  const toMeasures = async (name: string): Promise<void> => {
    await env.chat.as('u1').says(`我要申报${name}`);
    while (env.current()?.id !== 'support_measures') {
      const asked = env.current();
      if (!asked) throw new Error('the form ended before the measures');
      await env.chat.as('u1').says(asked.id === 'gi_name' ? name : (asked.example ?? ''));
    }
  };

  it('stores nothing of a deferral or of a request to go on, and takes the measures sent after them', async () => {
    env = await dialogEnv();
    await toMeasures('宣纸');
    await env.chat.as('u1').says('第三、四部分还在领导那改，改完再发');
    await env.chat.as('u1').says('领导改好了，继续填宣纸的');
    expect(env.draft()?.fields.support_measures).toBeUndefined();
    expect(env.current()?.id).toBe('support_measures');
    await env.chat.as('u1').says('县政府设立宣纸产业发展专项资金每年2000万元，建立原料保护基地。');
    expect(env.draft()?.fields.support_measures?.value).toBe('县政府设立宣纸产业发展专项资金每年2000万元，建立原料保护基地。');
  });
});
