import { createFeishuAdapter, type FeishuAdapter, type FeishuAdapterConfig } from '../../../adapters/feishu/index.js';
import { createTestBot } from '../bot.js';
import { createOutboxSender, type OutboxSender } from '../../../src/bot/outbox-sender.js';
import { createPipeline, type Pipeline } from '../../../src/bot/pipeline.js';
import { createRoleResolver } from '../../../src/roles.js';
import { systemClock, type Clock } from '../../../src/clock.js';
import { silentLogger, type Logger } from '../../../src/log.js';
import type { QaEngine } from '../../../src/qa/types.js';
import { createQaEngine } from '../../../src/qa/engine.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import type { FakeFeishu } from './server.js';

/**
 * The bot as `main.ts` wires it, on a real SQLite file: Feishu adapter (real SDK against the
 * fake server), inbox pipeline, bot core with the real Q&A, outbox sender. `restart()` is a
 * new process on the same database file.
 */

let sharedQa: Promise<QaEngine> | undefined;

/** The real Q&A over `knowledge/`, built once per test file. */
export function testQa(): Promise<QaEngine> {
  sharedQa ??= createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger });
  return sharedQa;
}

export interface FeishuBotOptions {
  fake: FakeFeishu;
  dbPath: string;
  mode?: FeishuAdapterConfig['mode'];
  encryptKey?: string;
  verificationToken?: string;
  eventMaxAgeSeconds?: number;
  clock?: Clock;
  log?: Logger;
  /** Start the outbox sender (off: replies stay committed in the outbox, as if the process died). */
  sending?: boolean;
  backoffMs?: number;
  listensTo?: (platform: string, chatId: string) => boolean;
}

export interface FeishuBot {
  db: Db;
  adapter: FeishuAdapter;
  pipeline: Pipeline;
  sender: OutboxSender;
  stop(): Promise<void>;
}

export async function startFeishuBot(options: FeishuBotOptions): Promise<FeishuBot> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger;
  const db = openDatabase(options.dbPath);
  let sender: OutboxSender | undefined;
  const adapter = createFeishuAdapter({
    appId: options.fake.appId,
    appSecret: options.fake.appSecret,
    mode: options.mode ?? 'webhook',
    domain: options.fake.url,
    encryptKey: options.encryptKey,
    verificationToken: options.verificationToken,
    botName: '地标助手',
    eventMaxAgeSeconds: options.eventMaxAgeSeconds ?? 3600,
    log,
    clock,
  });
  const bot = createTestBot({ botName: '地标助手', qa: await testQa(), steps: [], listensTo: options.listensTo });
  sender = createOutboxSender({
    db,
    adapter,
    clock,
    log,
    rate: { count: 50, perMs: 1000 },
    maxAttempts: 8,
    backoffMs: options.backoffMs ?? 20,
    pollMs: 20,
  });
  const pipeline = createPipeline({
    botName: '地标助手',
    db,
    clock,
    roles: createRoleResolver([]),
    bot,
    privateChat: async (_platform, userId) => adapter.privateChatOf(userId),
    log,
    onCommitted: () => sender?.notify(),
  });
  await adapter.start(pipeline.sink);
  if (options.sending !== false) sender.start();
  return {
    db,
    adapter,
    pipeline,
    sender,
    async stop() {
      await adapter.stop();
      await pipeline.idle();
      await sender?.stop();
      db.close();
    },
  };
}

/** Polls until `check` passes (network round trips take real time; nothing here waits on a clock). */
export async function eventually(check: () => void, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
