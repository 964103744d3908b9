import type { FileBoxInterface } from 'file-box';
import pino from 'pino';
import { ScanStatus } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createWechatAdapter, type WechatAdapter, type WechatAdapterOptions } from '../../adapters/wechat/index.js';
import type { Step } from '../../src/bot/bot.js';
import { createTestBot } from '../helpers/bot.js';
import { createOutboxSender, type OutboxSender } from '../../src/bot/outbox-sender.js';
import { createPipeline, type Pipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/roles.js';
import type { Logger } from '../../src/log.js';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import type { QaEngine } from '../../src/qa/types.js';
import type { Db } from '../../src/store/db.js';
import { tempDb } from '../helpers/temp-db.js';

export const BOT_NAME = '地标助手';

let qaPromise: Promise<QaEngine> | undefined;
/** The real Q&A over knowledge/, built once per test file. */
export const sharedQa = (): Promise<QaEngine> => (qaPromise ??= createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger }));

/** A message the bot account sent, as the mock WeChat saw it. */
export interface Delivered {
  chatId: string;
  text: string;
}

/** A logger that keeps every record, so tests can see what the adapter ignored and why. */
export function captureLogger(): { log: Logger; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void records.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, records };
}

/** Polls `check` until it returns a truthy value (events travel through wechaty asynchronously). */
export async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface HarnessOptions {
  steps?: Step[];
  rooms?: string[];
  /** Start the outbox sender right away (otherwise the test starts or drains it). */
  startSender?: boolean;
  adapter?: Partial<WechatAdapterOptions>;
  /** A PuppetMock subclass to run instead of the plain one. */
  makePuppet?: (mocker: mock.Mocker) => PuppetMock;
}

export interface WechatHarness {
  db: Db;
  adapter: WechatAdapter;
  pipeline: Pipeline;
  sender: OutboxSender;
  mocker: mock.Mocker;
  puppet: PuppetMock;
  self: mock.ContactMock;
  alice: mock.ContactMock;
  room: mock.RoomMock;
  /** Everything the bot account sent. */
  delivered: Delivered[];
  records: Record<string, unknown>[];
  qrs: string[];
  onlineCalls: () => number;
  /** Moves the pipeline's and sender's clock forward (retries become due without waiting). */
  advance(ms: number): void;
  /** `member` says `text` in `to`, mentioning `mentions`; returns the WeChat message id. */
  say(member: mock.ContactMock, text: string | FileBoxInterface, to: mock.ContactMock | mock.RoomMock, mentions?: mock.ContactMock[]): string;
  /** Resolves when the pipeline finished the message (it reached the inbox and its turn was committed). */
  processed(messageId: string): Promise<void>;
  /** Resolves when the adapter logged that it ignored the message; returns the reason. */
  ignored(messageId: string): Promise<string>;
  /** Resolves with the outbox rows of `messageId` once none is waiting (all sent or failed). */
  settled(messageId: string): Promise<ReturnType<WechatHarness['repliesTo']>>;
  /** Outbox rows the turn of `messageId` queued. */
  repliesTo(messageId: string): { chatId: string; status: string; text: string; attempts: number; lastError: string | null }[];
  close(): Promise<void>;
}

/**
 * The real wechaty on wechaty-puppet-mock, wired like production: adapter → pipeline (inbox
 * dedupe, per-chat order) → createBot (real Q&A over knowledge/) → outbox → sender → adapter.
 */
export async function startWechatHarness(options: HarnessOptions = {}): Promise<WechatHarness> {
  const temp = tempDb();
  const { db } = temp;
  const { log, records } = captureLogger();
  let offset = 0;
  const clock = (): Date => new Date(Date.now() + offset);
  const mocker = new mock.Mocker();
  const puppet = options.makePuppet?.(mocker) ?? new PuppetMock({ mocker });
  const qrs: string[] = [];
  let online = 0;
  let sender: OutboxSender | undefined;

  const adapter = createWechatAdapter({
    puppet,
    log,
    clock,
    rooms: options.rooms ?? [],
    ratePerMinute: 100,
    roomRatePerMinute: 100,
    botName: BOT_NAME,
    printQr: (qr) => qrs.push(qr),
    onOnline: () => {
      online++;
      sender?.notify();
    },
    ...options.adapter,
  });
  const bot = createTestBot({ botName: BOT_NAME, qa: await sharedQa(), steps: options.steps ?? [] });
  const pipeline = createPipeline({
    botName: '地标助手',
    db,
    clock,
    roles: createRoleResolver([]),
    bot,
    privateChat: (_platform, userId) => adapter.privateChatOf(userId),
    log,
    onCommitted: () => sender?.notify(),
  });
  sender = createOutboxSender({ db, adapter, clock, log, rate: { count: 1000, perMs: 1000 }, maxAttempts: 8, backoffMs: 1000, pollMs: 60_000 });

  await adapter.start(pipeline.sink);
  if (options.startSender !== false) sender.start();

  const self = mocker.createContact({ name: BOT_NAME });
  const alice = mocker.createContact({ name: '张科长' });
  const room = mocker.createRoom({ topic: '地标工作群', memberIdList: [self.id, alice.id] });
  const delivered: Delivered[] = [];
  puppet.on('message', ({ messageId }) => {
    const payload = mocker.cacheMessagePayload.get(messageId);
    if (payload?.talkerId !== self.id) return;
    const chatId = ('roomId' in payload && payload.roomId) || ('listenerId' in payload && payload.listenerId) || '';
    delivered.push({ chatId, text: payload.text ?? '' });
  });
  mocker.scan('https://login.weixin.qq.com/l/mock-qr', ScanStatus.Waiting);
  mocker.login(self);
  await waitFor(() => adapter.status().connected, 'login');

  function repliesTo(messageId: string): ReturnType<WechatHarness['repliesTo']> {
    const rows = db
      .prepare('SELECT chat_id, status, message, attempts, last_error FROM outbox WHERE key LIKE ? ORDER BY id')
      .all(`reply:wechat:${messageId}:%`) as { chat_id: string; status: string; message: string; attempts: number; last_error: string | null }[];
    return rows.map((row) => ({
      chatId: row.chat_id,
      status: row.status,
      text: (JSON.parse(row.message) as { text: string }).text,
      attempts: row.attempts,
      lastError: row.last_error,
    }));
  }

  return {
    db,
    adapter,
    pipeline,
    sender,
    mocker,
    puppet,
    self,
    alice,
    room,
    delivered,
    records,
    qrs,
    onlineCalls: () => online,
    advance: (ms) => void (offset += ms),
    say(member, text, to, mentions = []) {
      let id = '';
      puppet.once('message', ({ messageId }) => {
        id = messageId;
      });
      member.say(text, mentions).to(to);
      return id;
    },
    async processed(messageId) {
      const status = db.prepare('SELECT status FROM inbox WHERE key = ?').pluck();
      await waitFor(() => ['done', 'failed'].includes(status.get(`wechat:${messageId}`) as string), `message ${messageId} processed`);
      await pipeline.idle();
    },
    async ignored(messageId) {
      const record = await waitFor(() => records.find((r) => r.msgId === messageId && r.msg === 'message ignored'), `message ${messageId} ignored`);
      return String(record.reason);
    },
    settled(messageId) {
      return waitFor(() => {
        const rows = repliesTo(messageId);
        return rows.length > 0 && rows.every((row) => row.status === 'sent' || row.status === 'failed') ? rows : undefined;
      }, `replies to ${messageId} settled`);
    },
    repliesTo,
    async close() {
      await sender?.stop();
      await adapter.stop();
      temp.cleanup();
    },
  };
}
