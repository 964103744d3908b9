import { PlatformError } from '../../src/errors.js';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/log.js';
import type { ConversationRef, OutgoingMessage } from '../../src/platform.js';
import { createWindowLimiter } from '../wechat/pacing.js';
import { fileFallbackText } from '../wechat/parts.js';
import { mapWecomBotError } from './errors.js';
import type { ReplyTarget, ReplyTargets } from './targets.js';

/**
 * Sending for both transports. A reply to a message whose callback is still open answers on
 * that callback (`aibot_respond_msg` / the response URL); anything else — a second reply, a
 * reply past the window, a reminder, the private half of a nomination moved out of a group —
 * is pushed with `aibot_send_msg`, paced per chat under WeCom's limits. Retrying is the
 * outbox's job: every failure leaves here as a `PlatformError`.
 */

/**
 * Pushes per chat. WeCom limits proactive messages per conversation; this pacing is deliberately
 * conservative, and a frequency-limit answer is retried by the outbox anyway.
 */
export const PUSH_PER_CHAT_PER_MINUTE = 20;
export const PUSH_PER_CHAT_PER_HOUR = 600;

/** How a transport answers callbacks and pushes. */
export interface WecomBotChannel {
  /** Answers `messageId` on its open callback. */
  reply(target: ReplyTarget, messageId: string, message: OutgoingMessage): Promise<void>;
  /** Sends to a group (chat id) or a user (user id) on the robot's own initiative. */
  push(chatId: string, message: OutgoingMessage): Promise<void>;
  /** False while the transport cannot send (long connection down): sends fail as `offline`. */
  ready(): boolean;
  /** Whether the transport is ready within `waitMs`, when it is coming back (a reconnect in progress). */
  whenReady?(waitMs: number): Promise<boolean>;
}

/**
 * How long a send waits for a reconnect in progress: the long connection comes back within a
 * second or two, and a send made meanwhile goes out then instead of spending one of its tries.
 */
export const RECONNECT_WAIT_MS = 5_000;

export interface WecomBotSenderOptions {
  channel: WecomBotChannel;
  targets: ReplyTargets;
  clock: Clock;
  log: Logger;
  /** Where exports can be downloaded, named in the text sent instead of a file. */
  consoleUrl?: string;
}

/** Files are not uploaded: the text names them and where to download them. */
function withFileNote(message: OutgoingMessage, consoleUrl?: string): OutgoingMessage {
  if (!message.file) return message;
  const note = fileFallbackText('wecom_bot', message.file.name, consoleUrl);
  const text = [message.text.trim(), note].filter(Boolean).join('\n\n');
  return { ...message, text, markdown: message.markdown ? `${message.markdown.trim()}\n\n${note}` : undefined, file: undefined };
}

export function createWecomBotSender(options: WecomBotSenderOptions): (ref: ConversationRef, message: OutgoingMessage) => Promise<{ messageId?: string }> {
  const { channel, targets, log } = options;
  const perMinute = createWindowLimiter({ limit: PUSH_PER_CHAT_PER_MINUTE, windowMs: 60_000, clock: options.clock });
  const perHour = createWindowLimiter({ limit: PUSH_PER_CHAT_PER_HOUR, windowMs: 3_600_000, clock: options.clock });

  async function answer(ref: ConversationRef, message: OutgoingMessage): Promise<boolean> {
    const messageId = ref.replyToMessageId;
    const target = messageId ? targets.open(messageId) : undefined;
    if (!messageId || !target) return false;
    try {
      await channel.reply(target, messageId, message);
    } catch (error) {
      const coded = mapWecomBotError(error, 'reply');
      // A refused reply (callback expired, answered elsewhere) is pushed instead; a lost one is retried on the callback.
      if (coded.code !== 'bad_request') throw coded;
      log.info({ msgId: messageId, err: coded.message }, 'wecom reply refused, pushing instead');
      targets.answered(messageId);
      return false;
    }
    targets.answered(messageId);
    return true;
  }

  async function push(chatId: string, message: OutgoingMessage): Promise<void> {
    const wait = Math.max(perMinute.waitFor(chatId, 1), perHour.waitFor(chatId, 1));
    if (wait > 0) throw new PlatformError('rate_limited', `WeCom robot push budget of chat used (${PUSH_PER_CHAT_PER_MINUTE}/min, ${PUSH_PER_CHAT_PER_HOUR}/h)`, wait);
    try {
      await channel.push(chatId, message);
    } catch (error) {
      throw mapWecomBotError(error, 'push (aibot_send_msg)');
    } finally {
      // A refused push may still have counted against WeCom's limit.
      perMinute.take(chatId, 1);
      perHour.take(chatId, 1);
    }
  }

  return async (ref, original) => {
    if (!channel.ready() && !(await channel.whenReady?.(RECONNECT_WAIT_MS))) {
      throw new PlatformError('offline', 'WeCom robot long connection is not up; the message waits in the outbox');
    }
    const message = withFileNote(original, options.consoleUrl);
    if (await answer(ref, message)) return {};
    await push(ref.chatId, message);
    return {};
  };
}
