import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/texts.js';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import type { QaEngine } from '../../src/qa/types.js';
import { createTestChat, type TestChat } from '../helpers/chat.js';

let qa: QaEngine;
let chat: TestChat;

beforeAll(async () => {
  qa = await createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger });
});
afterAll(() => chat?.close());

const fresh = async () => {
  chat?.close();
  chat = await createTestChat({ steps: [], qa });
  return chat;
};

describe('bot core', () => {
  it('answers a private question with the cited clause on a card', async () => {
    const c = await fresh();
    await c.as('u1').says('申报书最晚什么时候交？').expectReply(/5月8日/);
    const reply = c.last[0]?.message;
    expect(reply?.card?.fold?.text).toMatch(/5月8日/);
    expect(reply?.card?.buttons?.map((b) => b.text)).toEqual(['查看原文', '有帮助', '没帮助']);
  });

  it('answers in a group only when mentioned', async () => {
    const c = await fresh();
    await c.as('u1', { group: 'g1' }).says('申报书什么时候截止').expectNoReply();
    await c.as('u1', { group: 'g1' }).says('@bot 申报书什么时候截止').expectReply(/5月8日/);
  });

  it('stays silent on group chatter and declines it when addressed', async () => {
    const c = await fresh();
    await c.as('u1', { group: 'g1' }).says('哈哈收到').expectNoReply();
    await c.as('u1', { group: 'g1' }).says('@bot 谁有充电器').expectReply(/可以/);
  });

  it('shows help, says what it cannot read, and thanks feedback', async () => {
    const c = await fresh();
    await c.as('u1').says('/帮助').expectReply(/申报/);
    const turn = await c.as('u1').press({ kind: 'feedback', answer: 'console:m1', helpful: 'no' });
    expect(turn.join()).toMatch(/谢谢/);
    const votes = c.db.prepare('SELECT helpful FROM feedback').pluck().all();
    expect(votes).toEqual([0]);
  });

  it('shows the full clause behind 查看原文', async () => {
    const c = await fresh();
    await c.as('u1').says('国家知识产权局会提供哪些服务资源？');
    const button = c.last[0]?.message.card?.buttons?.[0];
    expect(button?.value.kind).toBe('source');
    const turn = await c.as('u1').press(button!.value);
    expect(turn.join()).toMatch(/原文/);
    expect(turn.join()).toMatch(/技术工艺/);
  });

  it('never crashes on hostile input: every turn finishes without the error reply', async () => {
    const c = await fresh();
    for (const text of ['', '😀😀😀', '\u0000\u0001\u0002', '<script>alert(1)</script>', '申'.repeat(10_000)]) {
      const replies = await c.as('u1').says(text);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies).not.toContain(t('core.error'));
    }
    const statuses = c.db.prepare('SELECT status FROM inbox').pluck().all();
    expect(statuses).toEqual(Array(5).fill('done'));
  });

  it('tells a turn that threw from one that answered (the check above can fail)', async () => {
    chat?.close();
    const broken: QaEngine = { ...qa, ask: async () => Promise.reject(new Error('index gone')) };
    chat = await createTestChat({ steps: [], qa: broken });
    const replies = await chat.as('u1').says('申报书什么时候截止？');
    expect(replies).toEqual([t('core.error')]);
    expect(chat.db.prepare('SELECT status FROM inbox').pluck().get()).toBe('failed');
  });
});
