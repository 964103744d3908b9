import { consolePrivateChat, createConsoleAdapter, type ConsoleDelivery } from '../adapters/console/index.js';
import { createWecomAdapter } from '../adapters/wecom/index.js';
import { buildBotCore, createFeatures, type BotCore } from './core.js';
import { createOutboxSender, type OutboxSender } from './bot/outbox-sender.js';
import type { Pipeline } from './bot/pipeline.js';
import { startThreadPipeline, type CoreStatus, type ThreadPipeline } from './bot/thread-pipeline.js';
import { startWorkThread, type WorkThread } from './bot/work.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { Feature } from './feature.js';
import type { WebParts } from './web-parts.js';
import { createLogger, type Logger } from './log.js';
import type { ChatAdapter, ConversationRef, PlatformName } from './platform.js';
import { openDatabase, type Db } from './store/db.js';

/**
 * The composition root: config -> store -> bot core (its own thread, or this one) -> adapters,
 * senders. The only module in `src/` that imports from `adapters/`. It names no feature: the bot
 * core builds them from src/features.ts, and the web console gets their `web` parts.
 *
 * A Feishu message's way to its reply, from here: the adapter (adapters/feishu) hands it to the
 * core's sink (src/bot/pipeline.ts: inbox claim, then the turn through src/bot/bot.ts and the
 * features' steps, replies committed to the outbox), and the outbox sender
 * (src/bot/outbox-sender.ts) sends them through the adapter.
 */
export interface App {
  config: Config;
  db: Db;
  log: Logger;
  clock: Clock;
  /** What the features give the web console. */
  web: Partial<WebParts>;
  pipeline: Pipeline;
  /** The bot core's state (its own thread, or this one). */
  core(): CoreStatus;
  adapters: Map<PlatformName, ChatAdapter>;
  senders: Map<PlatformName, OutboxSender>;
  /** Sends everything due on every adapter (the console and tests call this after a turn). */
  drain(): Promise<void>;
  /** Starts every adapter on the core's sink and every sender; finishes messages a crash left unfinished. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  log?: Logger;
  /** Adapters to run besides those the configuration enables (the console, the web test chat). */
  adapters?: ChatAdapter[];
  /** Also create the Feishu/WeChat/WeCom adapters the configuration enables. */
  platformAdapters?: boolean;
  /** Run the bot core in a thread of its own and heavy jobs in another (the service, when BOT_THREAD is on). */
  botThread?: boolean;
  /** The long-running service: schedulers run. */
  service?: boolean;
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

/** The platform adapters the configuration enables; an SDK is loaded only when its platform is configured. */
async function platformAdapters(config: Config, log: Logger, clock: Clock, notify: () => void): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [createWecomAdapter({ log: log.child({ platform: 'wecom' }), ratePerMinute: config.WECOM_RATE_PER_MINUTE, clock })];
  const { feishuConfigFrom } = await import('../adapters/feishu/config.js');
  const feishu = feishuConfigFrom(config);
  if (feishu) {
    const { createFeishuAdapter } = await import('../adapters/feishu/index.js');
    adapters.push(createFeishuAdapter({ ...feishu, log: log.child({ platform: 'feishu' }), clock }));
  }
  const { wecomBotConfigFrom } = await import('../adapters/wecom-bot/config.js');
  const wecomBot = wecomBotConfigFrom(config);
  if (wecomBot) {
    const { createWecomBotAdapter } = await import('../adapters/wecom-bot/index.js');
    adapters.push(createWecomBotAdapter({ ...wecomBot, log: log.child({ platform: 'wecom-bot' }), clock }));
  }
  if (config.WECHATY_PUPPET) {
    const { createWechatAdapter, wechatAdapterConfigFrom } = await import('../adapters/wechat/index.js');
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

/** The features' web parts, merged. */
async function webParts(features: Feature[]): Promise<Partial<WebParts>> {
  const parts = await Promise.all(features.map((feature) => feature.web?.() ?? {}));
  return Object.assign({}, ...parts) as Partial<WebParts>;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  // With the bot in its own thread, the work thread checkpoints: neither the main nor the bot thread then waits for the disk.
  const db = openDatabase(config.DATABASE_PATH, { backgroundCheckpoints: options.botThread });
  const senders = new Map<PlatformName, OutboxSender>();
  const notify = (): void => senders.forEach((sender) => sender.notify());

  const adapters = new Map<PlatformName, ChatAdapter>();
  const all = [...(options.adapters ?? []), ...(options.platformAdapters ? await platformAdapters(config, log, clock, notify) : [])];
  for (const adapter of all) adapters.set(adapter.platform, adapter);

  const privateChat = async (platform: PlatformName, userId: string): Promise<ConversationRef> => {
    const adapter = adapters.get(platform);
    return adapter?.privateChatOf ? adapter.privateChatOf(userId) : consolePrivateChat(platform, userId);
  };
  const env = { db, log, clock, onQueued: notify, coordinatorChats: coordinatorChats(config), service: options.service ?? false };

  let work: WorkThread | undefined;
  let thread: ThreadPipeline | undefined;
  let core: BotCore | undefined;
  let web: Partial<WebParts>;
  try {
    if (options.botThread) {
      work = await startWorkThread(config, log);
      thread = await startThreadPipeline({ config, log, privateChat, onCommitted: notify, work, coordinatorChats: env.coordinatorChats, service: env.service });
      const running = thread;
      // Built here only for their web parts; their jobs run on the work thread, their onIngest in the bot thread.
      web = await webParts(createFeatures(config, { ...env, service: false, jobs: work.jobs, ingested: (sources) => running.ingested(sources) }));
    } else {
      core = await buildBotCore(config, { ...env, privateChat });
      web = await webParts(core.features);
    }
  } catch (error) {
    await thread?.close();
    await work?.close();
    db.close();
    throw error;
  }
  const pipeline: Pipeline = thread ?? (core as BotCore).pipeline;

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
    web,
    pipeline,
    core: () => thread?.status() ?? { thread: false, running: true, restarts: 0 },
    adapters,
    senders,
    drain,
    async start() {
      for (const adapter of adapters.values()) {
        try {
          await adapter.start(pipeline.sink);
        } catch (error) {
          // One platform failing to connect must not take the others (or the console) down.
          log.error({ err: error, platform: adapter.platform }, 'adapter failed to start');
        }
      }
      for (const sender of senders.values()) sender.start();
      const resumed = await pipeline.resumeUnfinished();
      if (resumed > 0) log.warn({ resumed }, 'finished messages interrupted by the last shutdown');
    },
    async close() {
      await core?.stop();
      await pipeline.idle();
      await thread?.close();
      await work?.close();
      // Send what the last turns decided while the adapters can still send, but never hang shutdown on a dead platform.
      await Promise.race([drain(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS).unref())]);
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

/** The service's app: every platform adapter the configuration enables, plus the web console's test chat. */
export async function createServiceApp(config: Config): Promise<App> {
  // The test chat reads each turn's committed replies directly; its outbox rows only need marking sent.
  const web = createConsoleAdapter({ platform: 'web', onSend: () => undefined });
  return createApp(config, { adapters: [web], platformAdapters: true, botThread: config.BOT_THREAD, service: true });
}

export type { ConsoleDelivery };
