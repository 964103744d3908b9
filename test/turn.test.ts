import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../src/platform.js';
import { outboxByKey } from '../src/store/outbox.js';
import { TurnContext } from '../src/turn.js';
import type { Db } from '../src/store/db.js';
import { tempDb } from './helpers/temp-db.js';

let temp: ReturnType<typeof tempDb>;
beforeEach(() => {
  temp = tempDb();
});
afterEach(() => temp.cleanup());

const now = new Date('2026-04-01T02:00:00Z');
const message: IncomingMessage = {
  platform: 'feishu',
  chatId: 'oc_p2p',
  chatType: 'p2p',
  senderId: 'ou_a',
  text: '你好',
  mentionsBot: false,
  messageId: 'm-1',
  receivedAt: now,
};
const turn = (): TurnContext => new TurnContext(message, { kind: 'officer' }, temp.db, () => now, 'reply:m-1', async (platform, userId) => ({ platform, chatId: userId }));

describe('TurnContext', () => {
  it('read returns what it read and writes no queued reply; commit writes them', () => {
    const ctx = turn();
    ctx.reply('第一条');
    expect(ctx.read((tx) => tx.prepare('SELECT 41 + 1').pluck().get())).toBe(42);
    expect(ctx.committed).toEqual([]);
    expect(outboxByKey(temp.db, 'reply:m-1:0')).toBeUndefined();

    ctx.commit();
    expect(ctx.committed.map((reply) => reply.message.text)).toEqual(['第一条']);
    expect(outboxByKey(temp.db, 'reply:m-1:0')).toBeDefined();
  });

  it('close commits the change, the replies and what ends the turn in one transaction, and nothing after it', () => {
    temp.db.exec('CREATE TABLE ended (key TEXT)');
    const finish = (db: Db) => db.prepare(`INSERT INTO ended (key) VALUES ('m-1')`).run();
    const closing = (): TurnContext =>
      new TurnContext(message, { kind: 'officer' }, temp.db, () => now, 'reply:m-1', async (platform, userId) => ({ platform, chatId: userId }), finish);
    const ended = () => temp.db.prepare('SELECT COUNT(*) FROM ended').pluck().get();

    const failing = closing();
    failing.reply('不会发出');
    expect(() => failing.close(() => {
      throw new Error('state change failed');
    })).toThrow('state change failed');
    expect([ended(), outboxByKey(temp.db, 'reply:m-1:0'), failing.closed]).toEqual([0, undefined, false]);

    const ctx = closing();
    ctx.reply('好的');
    ctx.close();
    expect([ended(), outboxByKey(temp.db, 'reply:m-1:0')?.message.text, ctx.closed]).toEqual([1, '好的', true]);
    expect(() => ctx.reply('迟到的回复')).toThrow(/closed/);
    expect(() => ctx.commit()).toThrow(/closed/);
    expect(ended()).toBe(1);
  });
});
