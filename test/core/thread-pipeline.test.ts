import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startThreadPipeline, type ThreadPipeline } from '../../src/bot/thread-pipeline.js';
import { startWorkThread, type WorkThread } from '../../src/bot/work.js';
import type { SourceText } from '../../src/feature.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { ConversationRef, IncomingMessage } from '../../src/platform.js';
import { recentOutbox } from '../../src/store/outbox.js';
import { tempDb } from '../helpers/temp-db.js';

let store: ReturnType<typeof tempDb> | undefined;
let pipeline: ThreadPipeline | undefined;
let work: WorkThread | undefined;
let sequence = 0;

afterEach(async () => {
  vi.restoreAllMocks();
  await pipeline?.close();
  pipeline = undefined;
  await work?.close();
  work = undefined;
  store?.cleanup();
  store = undefined;
});

function message(text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  sequence += 1;
  return {
    platform: 'feishu',
    chatId: 'oc_group',
    chatType: 'group',
    senderId: 'ou_officer',
    text,
    mentionsBot: true,
    messageId: `om_thread_${sequence}`,
    receivedAt: new Date(),
    ...overrides,
  };
}

async function start(privateChats: [string, string][] = [], committed: { count: number } = { count: 0 }, knowledgeDir = 'knowledge'): Promise<ThreadPipeline> {
  store = tempDb();
  const config = parseConfig({ DATABASE_PATH: store.path, KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'silent' });
  work = await startWorkThread(config, silentLogger);
  pipeline = await startThreadPipeline({
    config,
    work,
    coordinatorChats: [],
    log: silentLogger,
    privateChat: async (platform, userId): Promise<ConversationRef> => {
      privateChats.push([platform, userId]);
      return { platform, chatId: `p2p-of-${userId}`, userId };
    },
    onCommitted: () => {
      committed.count += 1;
    },
    restartDelayMs: 10,
  });
  return pipeline;
}

describe('bot core in its own thread', () => {
  it('answers from the real index in the thread, commits to the shared database, and drops a redelivery', async () => {
    const committed = { count: 0 };
    const bot = await start([], committed);
    const question = message('申报书什么时候截止？');
    const turn = await bot.handle(question);
    expect(turn?.committed[0]?.message.text).toContain('5月8日');
    expect(turn?.committed[0]?.ref).toMatchObject({ platform: 'feishu', chatId: 'oc_group' });
    expect(await bot.handle({ ...question })).toBeUndefined();
    expect(committed.count).toBe(2);
    // The main thread's own connection sees what the bot thread committed.
    const rows = recentOutbox(store!.db, 10);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.message.text).toContain('5月8日');
  });

  it('resolves sink once the message is in the inbox, before its turn is done, and keeps each chat in order', async () => {
    const bot = await start();
    const first = message('帮助');
    await bot.sink.processMessage(first);
    const claimed = store!.db.prepare('SELECT COUNT(*) FROM inbox WHERE key = ?').pluck().get(`feishu:${first.messageId}`);
    expect(claimed).toBe(1);
    // A burst: claims and turns share group commits and turns start in slices; idle still means all committed.
    const rest = Array.from({ length: 300 }, (_, i) => message(i % 2 ? '帮助' : '申报书什么时候截止？', { chatId: `oc_${i % 3}` }));
    await Promise.all(rest.map((m) => bot.sink.processMessage(m)));
    await bot.idle();
    const done = store!.db.prepare(`SELECT COUNT(*) FROM inbox WHERE status = 'done'`).pluck().get();
    expect(done).toBe(301);
    const keys = store!.db.prepare(`SELECT key FROM outbox WHERE chat_id = 'oc_0' ORDER BY id`).pluck().all() as string[];
    const expected = rest.filter((m) => m.chatId === 'oc_0').map((m) => `reply:feishu:${m.messageId}:0`);
    expect(keys).toEqual(expected);
  });

  it('asks the main thread for private chats (a nomination started in a group moves there)', async () => {
    const asked: [string, string][] = [];
    const bot = await start(asked);
    const turn = await bot.handle(message('/申报'));
    expect(asked).toEqual([['feishu', 'ou_officer']]);
    expect(turn?.committed.some((reply) => reply.ref.chatId === 'p2p-of-ou_officer')).toBe(true);
  });

  it('restarts a thread that died, replays what it had claimed, and holds new requests until the new thread is up', async () => {
    const threads: Worker[] = [];
    const post = Worker.prototype.postMessage;
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, value: unknown, transfer?: readonly Transferable[]) {
      // Only the bot thread: the work thread is sent ports and jobs.
      const type = (value as { type?: string }).type;
      if (type !== 'connect' && type !== 'job' && !threads.includes(this)) threads.push(this);
      return post.call(this, value, transfer as never);
    });
    const bot = await start();
    expect((await bot.handle(message('帮助')))?.committed).toHaveLength(1);
    // A message claimed and left unfinished, as if the thread died mid-turn.
    const unfinished = message('申报书什么时候截止？', { messageId: 'om_unfinished' });
    store!.db
      .prepare('INSERT INTO inbox (key, platform, chat_id, sender_id, received_at, message) VALUES (?, ?, ?, ?, ?, ?)')
      .run('feishu:om_unfinished', 'feishu', unfinished.chatId, unfinished.senderId, unfinished.receivedAt.toISOString(), JSON.stringify(unfinished));
    await threads[0]?.terminate();
    // Requests made while the new thread starts wait for it.
    const after = await bot.handle(message('帮助'));
    expect(after?.committed).toHaveLength(1);
    await bot.idle();
    const status = store!.db.prepare('SELECT status FROM inbox WHERE key = ?').pluck().get('feishu:om_unfinished');
    expect(status).toBe('done');
    expect(threads.length).toBeGreaterThanOrEqual(2);
    expect(bot.status()).toEqual({ thread: true, running: true, restarts: 1 });
  });

  it('answers from the re-indexed knowledge (rebuilt on the work thread), so answers follow an uploaded notice', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'gi-bot-thread-knowledge-'));
    try {
      cpSync('knowledge', knowledge, { recursive: true });
      const bot = await start([], { count: 0 }, knowledge);
      const question = '地标云平台的网址是什么？';
      const before = await bot.handle(message(question));
      expect(before?.committed[0]?.message.text).not.toContain('dibiao.example.cn');
      writeFileSync(
        join(knowledge, 'supplement.md'),
        '# 关于名录推荐材料报送方式的补充通知\n\n## 一、报送方式\n\n推荐材料请通过地标云平台在线报送，地标云平台的网址为 dibiao.example.cn。\n',
      );
      // The index is rebuilt on the work thread; the bot thread's features then read the new texts.
      const { sources } = await work!.jobs<{ sources: SourceText[] }>('qa.ingest');
      await bot.ingested(sources);
      const after = await bot.handle(message(question));
      expect(after?.committed[0]?.message.text).toContain('dibiao.example.cn');
    } finally {
      rmSync(knowledge, { recursive: true, force: true });
    }
  });

  it('fails to start, without retrying behind the caller, when the thread cannot open the database', async () => {
    store = tempDb();
    work = await startWorkThread(parseConfig({ DATABASE_PATH: store.path, KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'silent' }), silentLogger);
    const started = startThreadPipeline({
      // A folder where the database file should be.
      config: parseConfig({ DATABASE_PATH: store.dir, KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'silent' }),
      work,
      coordinatorChats: [],
      log: silentLogger,
      privateChat: async (platform, userId) => ({ platform, chatId: userId }),
      onCommitted: () => undefined,
      restartDelayMs: 10,
    });
    await expect(started).rejects.toThrow(/bot thread failed to start/);
  });
});
