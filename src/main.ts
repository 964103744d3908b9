import { createConsoleAdapter, consolePrivateChat, type ConsoleDelivery } from '../adapters/console/index.js';
import { createFeishuAdapter, feishuConfigFrom } from '../adapters/feishu/index.js';
import { createWechatAdapter, wechatAdapterConfigFrom } from '../adapters/wechat/index.js';
import { createWecomAdapter } from '../adapters/wecom/index.js';
import { createWecomBotAdapter, wecomBotConfigFrom } from '../adapters/wecom-bot/index.js';
import { createBotPipeline, createFeatures } from './bot/core.js';
import { createOutboxSender, type OutboxSender } from './bot/outbox-sender.js';
import type { Pipeline } from './bot/pipeline.js';
import { startThreadPipeline, type CoreStatus, type ThreadPipeline } from './bot/thread-pipeline.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './log.js';
import type { NominationFeature } from './nomination/feature.js';
import type { Form } from './nomination/form.js';
import type { ChatAdapter, ConversationRef, PlatformName } from './platform.js';
import { createQaFromConfig } from './qa/from-config.js';
import type { QaService } from './qa/types.js';
import type { ReminderFeature } from './reminders/feature.js';
import { startCheckpointer } from './store/checkpointer.js';
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
  form: Form;
  nominations: NominationFeature;
  reminders: ReminderFeature;
  pipeline: Pipeline;
  /** The bot core's state (its own thread, or this one). */
  core(): CoreStatus;
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
  /** Also create the Feishu/WeChat/WeCom adapters the configuration enables. */
  platformAdapters?: boolean;
  /** Run the bot core in a thread of its own (the service, when BOT_THREAD is on). */
  botThread?: boolean;
}

/** How long shutdown waits for the outbox to drain. */
const SHUTDOWN_DRAIN_MS = 5000;

/** Per-adapter send budgets under each platform's limits. */
function rateOf(config: Config, platform: PlatformName): { count: number; perMs: number } {
  switch (platform) {
    case 'feishu':
      return { count: config.FEISHU_RATE_PER_SECOND, perMs: 1000 };
    case 'wechat':
      return { count: config.WECHAT_RATE_PER_MINUTE, perMs: 60_000 };
    default:
      // WeCom (group robots, smart robot) paces inside its adapters; the console and web chat have no limit.
      return { count: 1000, perMs: 1000 };
  }
}

function platformAdapters(config: Config, db: Db, log: Logger, clock: Clock, notify: () => void): ChatAdapter[] {
  const adapters: ChatAdapter[] = [createWecomAdapter({ log: log.child({ platform: 'wecom' }), ratePerMinute: config.WECOM_RATE_PER_MINUTE, clock })];
  const feishu = feishuConfigFrom(config);
  if (feishu) adapters.push(createFeishuAdapter({ ...feishu, log: log.child({ platform: 'feishu' }), db, clock, onQueued: notify }));
  const wecomBot = wecomBotConfigFrom(config);
  if (wecomBot) adapters.push(createWecomBotAdapter({ ...wecomBot, log: log.child({ platform: 'wecom-bot' }), db, clock, onQueued: notify }));
  if (config.WECHATY_PUPPET) {
    adapters.push(
      createWechatAdapter({ ...wechatAdapterConfigFrom(config, config.PUBLIC_URL), log: log.child({ platform: 'wechat' }), clock, onOnline: notify }),
    );
  }
  return adapters;
}

/** Coordinators' private chats, where the scheduler asks for missing event dates. */
function coordinatorChats(config: Config): ConversationRef[] {
  return config.COORDINATORS.filter((entry) => ['console', 'feishu', 'wechat', 'wecom-bot', 'web'].includes(entry.platform)).map((entry) => {
    const platform = entry.platform as PlatformName;
    return platform === 'console' || platform === 'web' ? consolePrivateChat(platform, entry.userId) : { platform, chatId: entry.userId, userId: entry.userId };
  });
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  // With the bot in its own thread, checkpoints get one too: neither thread then waits for the disk.
  const db = openDatabase(config.DATABASE_PATH, { backgroundCheckpoints: options.botThread });
  const checkpointer = options.botThread ? startCheckpointer(config.DATABASE_PATH, log) : undefined;
  const engine = await createQaFromConfig(config, log);
  const senders = new Map<PlatformName, OutboxSender>();
  const notify = (): void => senders.forEach((sender) => sender.notify());
  const features = createFeatures(config, { db, log, clock, onQueued: notify, coordinatorChats: coordinatorChats(config) });
  const { form, nominations, reminders } = features;

  // Deadlines named in the notices ("请于……前报送") become proposals for coordinators, at start and after every re-ingest.
  const proposeDeadlines = (): void => {
    for (const source of engine.sourceTexts()) reminders.proposeFromNotice(source.text, source);
  };
  proposeDeadlines();
  let thread: ThreadPipeline | undefined;
  const qa: QaService = {
    ...engine,
    async ingest() {
      const report = await engine.ingest();
      await thread?.reingest();
      proposeDeadlines();
      return report;
    },
  };

  const adapters = new Map<PlatformName, ChatAdapter>();
  const all = [...(options.adapters ?? []), ...(options.platformAdapters ? platformAdapters(config, db, log, clock, notify) : [])];
  for (const adapter of all) adapters.set(adapter.platform, adapter);

  const privateChat = async (platform: PlatformName, userId: string): Promise<ConversationRef> => {
    const adapter = adapters.get(platform);
    return adapter?.privateChatOf ? adapter.privateChatOf(userId) : consolePrivateChat(platform, userId);
  };

  let pipeline: Pipeline;
  try {
    pipeline = options.botThread
      ? (thread = await startThreadPipeline({ config, log, privateChat, onCommitted: notify }))
      : createBotPipeline(config, { db, log, clock, qa, features, privateChat, onCommitted: notify });
  } catch (error) {
    db.close();
    await checkpointer?.stop();
    throw error;
  }

  for (const adapter of adapters.values()) {
    senders.set(
      adapter.platform,
      createOutboxSender({
        db,
        adapter,
        clock,
        log: log.child({ platform: adapter.platform }),
        rate: rateOf(config, adapter.platform),
        maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      }),
    );
  }

  async function drain(): Promise<void> {
    await Promise.all([...senders.values()].map((sender) => sender.drain()));
  }

  return {
    config,
    db,
    log,
    clock,
    qa,
    form,
    nominations,
    reminders,
    pipeline,
    core: () => thread?.status() ?? { thread: false, running: true, restarts: 0 },
    adapters,
    senders,
    drain,
    async close() {
      reminders.scheduler.stop();
      await pipeline.idle();
      await thread?.close();
      // Send what the last turns decided while the adapters can still send, but never hang shutdown on a dead platform.
      await Promise.race([drain(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS).unref())]);
      await Promise.all([...senders.values()].map((sender) => sender.stop()));
      await Promise.all([...adapters.values()].map((adapter) => adapter.stop()));
      db.close();
      await checkpointer?.stop();
    },
  };
}

/** The console app used by `gi-bot chat`: deliveries are collected for printing. */
export async function createConsoleApp(config: Config, onSend: (delivery: ConsoleDelivery) => void, log?: Logger): Promise<App> {
  return createApp(config, { log, adapters: [createConsoleAdapter({ onSend })] });
}

/** The service's app: every platform adapter the configuration enables, plus the web console's test chat. */
export async function createServiceApp(config: Config): Promise<App> {
  // The test chat reads each turn's committed replies directly; its outbox rows only need marking sent.
  const web = createConsoleAdapter({ platform: 'web', onSend: () => undefined });
  return createApp(config, { adapters: [web], platformAdapters: true, botThread: config.BOT_THREAD });
}
