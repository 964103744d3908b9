import { createConsoleAdapter, consolePrivateChat, type ConsoleDelivery } from '../adapters/console/index.js';
import { createBot, type Step } from './bot/bot.js';
import { createOutboxSender, type OutboxSender } from './bot/outbox-sender.js';
import { createPipeline, type Pipeline } from './bot/pipeline.js';
import { createRoleResolver } from './bot/roles.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './log.js';
import type { ChatAdapter, ConversationRef, PlatformName } from './platform.js';
import { createQaFromConfig } from './qa/from-config.js';
import type { QaService } from './qa/types.js';
import { openDatabase, type Db } from './store/db.js';

/**
 * The composition root: config -> store -> index -> bot -> adapters, senders.
 * The only module in `src/` that imports from `adapters/`.
 */
export interface App {
  config: Config;
  db: Db;
  log: Logger;
  clock: Clock;
  qa: QaService;
  pipeline: Pipeline;
  adapters: Map<PlatformName, ChatAdapter>;
  senders: Map<PlatformName, OutboxSender>;
  /** Sends everything due on every adapter (the console and tests call this after a turn). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  log?: Logger;
  /** Adapters to run besides those the configuration enables (the console, the web test chat). */
  adapters?: ChatAdapter[];
  /** Also start the Feishu/WeChat/WeCom adapters the configuration enables. */
  platformAdapters?: boolean;
}

function featureSteps(): Step[] {
  return [];
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const db = openDatabase(config.DATABASE_PATH);
  const qa = await createQaFromConfig(config, log);

  const adapters = new Map<PlatformName, ChatAdapter>();
  for (const adapter of options.adapters ?? []) adapters.set(adapter.platform, adapter);

  const privateChat = async (platform: PlatformName, userId: string): Promise<ConversationRef> => {
    const adapter = adapters.get(platform);
    return adapter?.privateChatOf ? adapter.privateChatOf(userId) : consolePrivateChat(platform, userId);
  };

  const senders = new Map<PlatformName, OutboxSender>();
  const pipeline = createPipeline({
    db,
    clock,
    log,
    roles: createRoleResolver(config.COORDINATORS),
    bot: createBot({
      botName: config.BOT_NAME,
      qa,
      steps: featureSteps(),
      listensTo: (platform, chatId) => platform === 'feishu' && config.FEISHU_LISTEN_GROUPS.includes(chatId),
    }),
    privateChat,
    onCommitted: () => senders.forEach((sender) => sender.notify()),
  });

  for (const adapter of adapters.values()) {
    senders.set(
      adapter.platform,
      createOutboxSender({
        db,
        adapter,
        clock,
        log: log.child({ platform: adapter.platform }),
        rate: { count: 1000, perMs: 1000 },
        maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      }),
    );
  }

  return {
    config,
    db,
    log,
    clock,
    qa,
    pipeline,
    adapters,
    senders,
    async drain() {
      await Promise.all([...senders.values()].map((sender) => sender.drain()));
    },
    async close() {
      await Promise.all([...senders.values()].map((sender) => sender.stop()));
      await Promise.all([...adapters.values()].map((adapter) => adapter.stop()));
      db.close();
    },
  };
}

/** The console app used by `gi-bot chat`: deliveries are collected for printing. */
export async function createConsoleApp(config: Config, onSend: (delivery: ConsoleDelivery) => void, log?: Logger): Promise<App> {
  return createApp(config, { log, adapters: [createConsoleAdapter({ onSend })] });
}
