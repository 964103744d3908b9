import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dialogEnv, field, type DialogEnv, validAnswer } from './dialog-fixture.js';

const coordinators = [
  { platform: 'console', userId: 'boss', scope: '*' },
  { platform: 'console', userId: 'zj', scope: '浙江省' },
];

/** Fills a whole nomination for `user` with the examples, in `province`, and submits it. */
async function submitOne(env: DialogEnv, user: string, province: string): Promise<void> {
  await env.chat.as(user).says('/申报 新建');
  await env.chat.as(user).says(`修改${field('province').label}`);
  await env.chat.as(user).says(province);
  await env.fillWithExamples(user);
  await env.chat.as(user).says('提交');
  await env.chat.as(user).says('确认').expectReply(/已提交/);
}

describe('roles', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('refuses coordinator commands to officers', async () => {
    env = await dialogEnv({ coordinators });
    await env.chat.as('u1').says('/导出 xlsx').expectReply(/只有协调员/);
    expect(env.chat.last.some((r) => r.message.file)).toBe(false);
    await env.chat.as('u1').says('/申报 统计').expectReply(/只有协调员/);
    await env.chat.as('u1').says('/名额 浙江 5').expectReply(/只有协调员/);
  });

  it('keeps officers to their own drafts', async () => {
    env = await dialogEnv({ coordinators });
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says(validAnswer(field('gi_name')));
    const mine = env.draft('u1');
    // u2 sees no drafts of u1: their own /申报 starts a new one, 继续申报 finds nothing.
    await env.chat.as('u2').says('继续申报').expectReply(/没有正在填写/);
    await env.chat.as('u2').says('/申报');
    expect(env.draft('u2')?.id).not.toBe(mine?.id);
    expect(env.drafts('u2')).toHaveLength(1);
    // u2's answers never touch u1's draft.
    await env.chat.as('u2').says(validAnswer(field('gi_name')));
    expect(env.draft('u1')?.updatedAt).toBe(mine?.updatedAt);
  });

  it('exports to the coordinator privately, within their scope only', async () => {
    env = await dialogEnv({ coordinators });
    await submitOne(env, 'u1', '浙江');
    await submitOne(env, 'u2', '江苏');

    await env.chat.as('boss', { group: 'g1' }).says('/导出 json').expectReply(/私信/);
    const file = env.chat.last.find((r) => r.message.file);
    expect(file?.ref.chatId).toBe('p2p:boss');
    expect(file && existsSync(file.message.file?.path ?? '')).toBe(true);
    expect(readFileSync(file?.message.file?.path ?? '', 'utf8')).toMatch(/江苏省[\s\S]*浙江省|浙江省[\s\S]*江苏省/);

    await env.chat.as('zj').says('/导出 json').expectReply(/已导出 1 份/);
    const own = env.chat.last.find((r) => r.message.file);
    const text = readFileSync(own?.message.file?.path ?? '', 'utf8');
    expect(text).toContain('浙江省');
    expect(text).not.toContain('江苏省');
    await env.chat.as('zj').says('/导出 json 江苏').expectReply(/不能查看江苏省/);
    await env.chat.as('zj').says('/申报 统计').expectReply(/浙江省：已提交 1/);
    await env.chat.as('boss').says('/导出 pdf').expectReply(/不支持的导出格式/);
  });

  it('refuses a submission over the province quota, with the numbers', async () => {
    env = await dialogEnv({ coordinators });
    await env.chat.as('zj').says('/名额 浙江 1').expectReply(/浙江省的推荐名额设为 1/);
    await submitOne(env, 'u1', '浙江');
    await env.chat.as('u2').says('/申报');
    await env.chat.as('u2').says(`修改${field('province').label}`);
    await env.chat.as('u2').says('浙江');
    await env.fillWithExamples('u2');
    const refused = (await env.chat.as('u2').says('提交')).join('\n');
    expect(refused).toMatch(/名额已满/);
    expect(refused).toMatch(/名额 1 个，已提交 1 个/);
    expect(env.draft('u2')?.status).toBe('draft');
    await env.chat.as('zj').says('/名额 江苏 3').expectReply(/不能查看江苏省/);
  });
});
