import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Step } from '../../src/bot/bot.js';
import { createTestBot } from './bot.js';
import type { QueuedReply } from '../../src/turn.js';
import { createPipeline, type Pipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver, type RoleResolver } from '../../src/roles.js';
import type { Clock } from '../../src/clock.js';
import type { CoordinatorEntry } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { ConversationRef, PlatformName } from '../../src/platform.js';
import type { Answer, QaEngine } from '../../src/qa/types.js';
import { openDatabase, type Db } from '../../src/store/db.js';

/**
 * Conversation tests over the real pipeline (inbox dedupe, per-chat order, bot steps, outbox
 * in the same transaction) and a real SQLite file:
 *
 * ```ts
 * const chat = await createTestChat({ steps: [feature.step] });
 * await chat.as('u1').says('/申报').expectReply(/名称/);
 * await chat.as('u1', { group: 'g1' }).says('@bot 截止时间？').expectReply(/5月/);
 * chat.close();
 * ```
 */

export interface TestChatOptions {
  /** Feature steps between the core commands and Q&A. */
  steps: Step[];
  /** An open database; by default a fresh temp file (reopen it with `chat.reopen()`). */
  db?: Db;
  /** Q&A; by default one that declines everything. */
  qa?: QaEngine;
  /** Coordinator entries or a resolver; by default everyone is an officer. */
  roles?: RoleResolver | CoordinatorEntry[];
  /** By default a manual clock at 2026-05-01T09:00:00Z that moves one second per message. */
  clock?: Clock;
  platform?: PlatformName;
  botName?: string;
}

/** What one `says` resolves to: the texts of every reply the turn committed, in order. */
export interface PendingTurn extends Promise<string[]> {
  /** Resolves with the texts when one of them matches `pattern`; rejects listing them otherwise. */
  expectReply(pattern: RegExp | string): Promise<string[]>;
  /** Resolves when the turn committed no reply. */
  expectNoReply(): Promise<void>;
}

export interface Speaker {
  /** Sends `text`; a leading `@bot` mentions the bot (in groups). */
  says(text: string): PendingTurn;
  /** Presses a card button (its value comes back as `IncomingMessage.action`). */
  press(value: Record<string, string>): PendingTurn;
}

export interface SpeakerOptions {
  name?: string;
  /** Speak in this group chat instead of the private chat. */
  group?: string;
}

export interface TestChat {
  db: Db;
  /** The database file (undefined when the caller passed `db`). */
  path?: string;
  pipeline: Pipeline;
  as(userId: string, options?: SpeakerOptions): Speaker;
  /** Every reply of the last turn, with where it went and the full message (cards, files). */
  readonly last: QueuedReply[];
  /** The private chat of a user, as the helper's resolver gives it. */
  privateChat(userId: string): ConversationRef;
  /** Sets the clock (the default clock only). */
  setTime(at: Date): void;
  /** Moves the clock forward (the default clock only). */
  advance(ms: number): void;
  /**
   * Closes the database and opens the same file in a new pipeline (a process restart).
   * Returns a new chat with the same options; only for the default temp file. Close the new
   * chat (closing the old one afterwards does nothing).
   */
  restart(overrides?: Partial<Omit<TestChatOptions, 'db'>>): Promise<TestChat>;
  close(): void;
}

/** A Q&A that declines everything (dialog tests that do not exercise questions). */
export const decliningQa: QaEngine = {
  async ask(question: string): Promise<Answer> {
    return { question, answer: '抱歉，这个问题我在通知中没有找到依据。', declined: true, citations: [] };
  },
  isSurelyRelevant: () => false,
  async ingest() {
    return { documents: [], skipped: [] };
  },
  sectionText: () => undefined,
  documents: () => [],
};

export async function createTestChat(options: TestChatOptions): Promise<TestChat> {
  const dir = options.db ? undefined : mkdtempSync(join(tmpdir(), 'gi-bot-chat-'));
  const path = dir ? join(dir, 'chat.db') : undefined;
  return open(options, path, dir, new Date('2026-05-01T09:00:00Z'));
}

async function open(options: TestChatOptions, path: string | undefined, dir: string | undefined, start: Date): Promise<TestChat> {
  const db = options.db ?? openDatabase(path as string);
  let now = start.getTime();
  const clock: Clock = options.clock ?? (() => new Date(now));
  const platform = options.platform ?? 'console';
  const roles =
    typeof options.roles === 'function' ? options.roles : createRoleResolver(options.roles ?? []);
  const privateChat = (userId: string): ConversationRef => ({ platform, chatId: `p2p:${userId}`, userId });
  const bot = createTestBot({ botName: options.botName ?? '地标助手', qa: options.qa ?? decliningQa, steps: options.steps })
  const pipeline = createPipeline({
    botName: '地标助手',
    db,
    clock,
    roles,
    bot,
    privateChat: async (_platform, userId) => privateChat(userId),
    log: silentLogger,
  });
  let sequence = 0;
  let last: QueuedReply[] = [];
  let handedOver = false;

  const send = (userId: string, speaker: SpeakerOptions, text: string, action?: Record<string, string>): PendingTurn => {
    const mention = /^@bot\s*/.exec(text);
    const body = mention ? text.slice(mention[0].length) : text;
    sequence += 1;
    const result = pipeline
      .handle({
        platform,
        chatId: speaker.group ?? `p2p:${userId}`,
        chatType: speaker.group ? 'group' : 'p2p',
        senderId: userId,
        senderName: speaker.name ?? userId,
        text: body,
        mentionsBot: Boolean(mention),
        messageId: `m${Date.now().toString(36)}-${sequence}`,
        receivedAt: clock(),
        action,
      })
      .then((ctx) => {
        if (!options.clock) now += 1000;
        last = ctx ? [...ctx.committed] : [];
        return last.map((reply) => reply.message.text);
      });
    return Object.assign(result, {
      async expectReply(pattern: RegExp | string) {
        const texts = await result;
        const matches = (text: string) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));
        if (!texts.some(matches)) {
          throw new Error(`expected a reply matching ${String(pattern)} to "${text}", got:\n${texts.join('\n---\n') || '(no reply)'}`);
        }
        return texts;
      },
      async expectNoReply() {
        const texts = await result;
        if (texts.length > 0) throw new Error(`expected no reply to "${text}", got:\n${texts.join('\n---\n')}`);
      },
    });
  };

  const chat: TestChat = {
    db,
    path,
    pipeline,
    as: (userId, speaker = {}) => ({
      says: (text) => send(userId, speaker, text),
      press: (value) => send(userId, speaker, '', value),
    }),
    get last() {
      return last;
    },
    privateChat,
    setTime(at) {
      now = at.getTime();
    },
    advance(ms) {
      now += ms;
    },
    async restart(overrides = {}) {
      if (!path) throw new Error('restart needs the default temp database');
      await pipeline.idle();
      db.close();
      handedOver = true;
      return open({ ...options, ...overrides, db: undefined }, path, dir, new Date(now));
    },
    close() {
      if (db.open) db.close();
      if (dir && !handedOver) rmSync(dir, { recursive: true, force: true });
    },
  };
  return chat;
}
