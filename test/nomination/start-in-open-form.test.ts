import { afterEach, describe, expect, it } from 'vitest';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * A request that names a product while a draft is open, through the real dialog over a real
 * SQLite file: a draft without a name takes it, the same product goes on, another product is asked
 * about before a second draft opens (是 opens it, 不 or an answer keeps the open one). Declining
 * the nomination drops an empty draft at once; 取消 still asks. A self-introduction never takes
 * the offer made to a product's name alone.
 */

let env: DialogEnv | undefined;
afterEach(() => {
  env?.close();
  env = undefined;
});

const namesOf = (e: DialogEnv, user: string): unknown[] => e.drafts(user).map((d) => d.fields.gi_name?.value);

describe('a start naming a product inside an open draft', () => {
  const OPENERS = ['我要申报', '领导让报', '帮我开个申报书'];
  const NAMED = ['就报高邮鸭蛋吧', '我想申报高邮鸭蛋', '这回报的是高邮鸭蛋', '我们要报高邮鸭蛋，江苏的'];

  it('gives the name to an open draft that has none, in every shape', async () => {
    env = await dialogEnv();
    for (const [i, named] of NAMED.entries()) {
      const user = `nameless-${i}`;
      await env.chat.as(user).says(OPENERS[i % OPENERS.length] as string);
      await env.chat.as(user).says(named);
      expect(namesOf(env, user), named).toEqual(['高邮鸭蛋']);
    }
  });

  it('goes on in the draft of the same product', async () => {
    env = await dialogEnv();
    await env.chat.as('same').says('我要申报高邮鸭蛋');
    await env.chat.as('same').says('江苏省');
    await env.chat.as('same').says('我想申报高邮鸭蛋').expectReply(/接着填写/u);
    expect(namesOf(env, 'same')).toEqual(['高邮鸭蛋']);
    expect(env.draft('same')?.fields.province?.value).toBe('江苏省');
  });

  it('asks before opening a second draft for another product: 是 opens it, 不 keeps the open one', async () => {
    env = await dialogEnv();
    await env.chat.as('other').says('我要申报高邮鸭蛋');
    await env.chat.as('other').says('我想申报紫阳富硒茶').expectReply(/另建/u);
    expect(namesOf(env, 'other')).toEqual(['高邮鸭蛋']);
    await env.chat.as('other').says('不').expectReply(/接着填写申报书“高邮鸭蛋”/u);
    expect(namesOf(env, 'other')).toEqual(['高邮鸭蛋']);
    await env.chat.as('other').says('就报紫阳富硒茶吧');
    await env.chat.as('other').says('是');
    expect(namesOf(env, 'other').sort()).toEqual(['紫阳富硒茶', '高邮鸭蛋'].sort());
    expect(env.draft('other')?.fields.gi_name?.value).toBe('紫阳富硒茶');
  });

  it('reads an answer to the question asked as an answer, and the open draft goes on', async () => {
    env = await dialogEnv();
    await env.chat.as('answer').says('我要申报高邮鸭蛋');
    await env.chat.as('answer').says('我想申报紫阳富硒茶');
    await env.chat.as('answer').says('江苏省');
    expect(namesOf(env, 'answer')).toEqual(['高邮鸭蛋']);
    expect(env.draft('answer')?.fields.province?.value).toBe('江苏省');
  });
});

describe('a statement of plans or measures that names something to 申报, sent while it is asked', () => {
  const PLANS = [
    '新增用标合作社5家，申报黑木耳团体标准，在拉萨和上海开展品牌推介。',
    '明年准备申报省级地理标志保护示范区，新建溯源平台一个，组织企业参加中国国际商标品牌节',
    '继续推进品牌建设，申报地理标志保护工程项目，举办采摘节',
  ];
  it.each(PLANS)('%s is the plan, no new draft', async (plan) => {
    env = await dialogEnv();
    const user = `plan-${PLANS.indexOf(plan)}`;
    await env.chat.as(user).says('我要申报高邮鸭蛋');
    await env.chat.as(user).says('修改下一年度工作计划');
    await env.chat.as(user).says(plan);
    expect(namesOf(env, user)).toEqual(['高邮鸭蛋']);
    expect(env.draft(user)?.fields.next_year_plan?.value).toBe(plan);
  });
});

describe('declining the nomination', () => {
  const DECLINES = ['不报了', '算了，我们局今年不报了', '我们不打算申报了，取消吧', '那今年先不报名录了', '还是算了，这次不推荐了'];

  it(`drops an empty draft at once on all ${DECLINES.length}`, async () => {
    env = await dialogEnv();
    for (const [i, text] of DECLINES.entries()) {
      const user = `decline-${i}`;
      await env.chat.as(user).says('我要申报');
      await env.chat.as(user).says(text).expectReply(/已取消/u);
      expect(env.drafts(user), text).toEqual([]);
    }
  });

  it('asks first when the draft holds answers, and 取消 always asks', async () => {
    env = await dialogEnv();
    await env.chat.as('filled').says('我要申报高邮鸭蛋');
    await env.chat.as('filled').says('算了，今年不报了').expectReply(/确定要取消/u);
    expect(env.drafts('filled')).toHaveLength(1);
    await env.chat.as('empty').says('我要申报');
    await env.chat.as('empty').says('取消').expectReply(/确定要取消/u);
    expect(env.drafts('empty')).toHaveLength(1);
  });
});

describe('the offer made to a name alone', () => {
  it('is never made to a greeting, and a self-introduction opens nothing', async () => {
    env = await dialogEnv();
    for (const [i, greeting] of ['老师好！', '领导好', '各位好'].entries()) {
      const user = `greet-${i}`;
      await env.chat.as(user).says(greeting);
      await env.chat.as(user).says(`我是${['湖北', '江苏', '陕西'][i]}省局的小周`);
      expect(env.drafts(user), greeting).toEqual([]);
    }
  });
});
