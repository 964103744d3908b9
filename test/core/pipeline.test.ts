import { afterEach, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose.js';
import type { TurnContext } from '../../src/turn.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/roles.js';
import { silentLogger } from '../../src/log.js';
import type { IncomingMessage } from '../../src/platform.js';
import { recentOutbox } from '../../src/store/outbox.js';
import { tempDb } from '../helpers/temp-db.js';

const clock = () => new Date('2026-05-01T01:00:00Z');
let n = 0;
const message = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  platform: 'console',
  chatId: 'c1',
  chatType: 'p2p',
  senderId: 'u1',
  text,
  mentionsBot: false,
  messageId: `m${++n}`,
  receivedAt: clock(),
  ...extra,
});

const echo = compose<TurnContext>([
  {
    name: 'echo',
    run: async (ctx) => {
      if (ctx.message.text === 'boom') throw new Error('exploded');
      ctx.reply(`回声：${ctx.message.text}`);
      ctx.commit();
    },
  },
]);

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

function pipelineOn(db = t.db, bot = echo) {
  return createPipeline({
    botName: '地标助手',
    db,
    clock,
    roles: createRoleResolver([]),
    bot,
    privateChat: async (platform, userId) => ({ platform, chatId: `p2p:${userId}` }),
    log: silentLogger,
  });
}

describe('pipeline', () => {
  it('commits replies to the outbox and drops a redelivered message', async () => {
    t = tempDb();
    const pipeline = pipelineOn();
    const first = message('你好');
    const turn = await pipeline.handle(first);
    expect(turn?.committed.map((r) => r.message.text)).toEqual(['回声：你好']);
    expect(await pipeline.handle({ ...first })).toBeUndefined();
    expect(recentOutbox(t.db, 10)).toHaveLength(1);
  });

  it('remembers seen messages across a restart', async () => {
    t = tempDb();
    const seen = message('一次');
    await pipelineOn().handle(seen);
    const restarted = pipelineOn(t.reopen());
    expect(await restarted.handle({ ...seen })).toBeUndefined();
  });

  it('strips control characters and answers an error in Chinese without crashing', async () => {
    t = tempDb();
    const pipeline = pipelineOn();
    const cleaned = await pipeline.handle(message('\u0000你\u0007好\u200b'));
    expect(cleaned?.committed[0]?.message.text).toBe('回声：你好');
    const failed = await pipeline.handle(message('boom'));
    expect(failed?.committed[0]?.message.text).toMatch(/出了点问题/);
    const status = t.db.prepare('SELECT status FROM inbox WHERE key = ?').pluck().get(`console:${failed?.message.messageId}`);
    expect(status).toBe('failed');
  });

  it('refuses oversized text with a clear reply', async () => {
    t = tempDb();
    const turn = await pipelineOn().handle(message('长'.repeat(10_000)));
    expect(turn?.committed[0]?.message.text).toMatch(/太长/);
  });

  it('keeps each chat in order while different chats interleave', async () => {
    t = tempDb();
    const order: string[] = [];
    const slowFirst = compose<TurnContext>([
      {
        name: 'slow',
        run: async (ctx) => {
          if (ctx.message.text === '1') await new Promise((r) => setTimeout(r, 30));
          order.push(`${ctx.message.chatId}:${ctx.message.text}`);
          ctx.commit();
        },
      },
    ]);
    const pipeline = pipelineOn(t.db, slowFirst);
    await Promise.all([
      pipeline.sink.processMessage(message('1')),
      pipeline.sink.processMessage(message('2')),
      pipeline.sink.processMessage(message('x', { chatId: 'c2' })),
    ]);
    await pipeline.idle();
    expect(order.indexOf('c1:1')).toBeLessThan(order.indexOf('c1:2'));
    expect(order[0]).toBe('c2:x');
  });

  it('replays messages received but never finished before a crash', async () => {
    t = tempDb();
    const never = compose<TurnContext>([{ name: 'hang', run: () => new Promise<void>(() => undefined) }]);
    void pipelineOn(t.db, never).sink.processMessage(message('crash me'));
    const restarted = pipelineOn(t.reopen());
    expect(await restarted.resumeUnfinished()).toBe(1);
    expect(recentOutbox(t.db, 10).map((r) => r.message.text)).toEqual(['回声：crash me']);
  });
});
