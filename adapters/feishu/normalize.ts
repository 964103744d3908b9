import { normalize, normalizeCardAction, type NormalizedMessage } from '@larksuiteoapi/node-sdk';
import { z } from 'zod';
import type { IncomingMessage } from '../../src/platform.js';

/**
 * Feishu events → `IncomingMessage`. The SDK's channel normalizer (`normalize`) parses the
 * message content (text, post, media) and the mention table; this module adds what the core
 * needs on top: one small converter per message type, all mentions stripped from the text,
 * "@all" not counting as addressing the bot, and the bot's name at the start counting as a
 * mention.
 */

/** Who the bot is: its open_id (from `/open-apis/bot/v3/info`) and the names people address it by. */
export interface FeishuBotIdentity {
  openId: string;
  names: string[];
}

const mentionSchema = z.object({
  key: z.string(),
  id: z.object({ open_id: z.string().optional(), user_id: z.string().optional(), union_id: z.string().optional() }).partial().default({}),
  name: z.string().optional(),
});

/** The fields of `im.message.receive_v1` the adapter relies on (the SDK flattens header and event). */
export const messageEventSchema = z.object({
  sender: z.object({
    sender_id: z.object({ open_id: z.string().optional(), user_id: z.string().optional(), union_id: z.string().optional() }),
    sender_type: z.string().optional(),
  }),
  message: z.object({
    message_id: z.string().min(1),
    root_id: z.string().optional(),
    parent_id: z.string().optional(),
    thread_id: z.string().optional(),
    create_time: z.string().optional(),
    chat_id: z.string().min(1),
    chat_type: z.string(),
    message_type: z.string(),
    content: z.string(),
    mentions: z.array(mentionSchema).optional(),
  }),
});

export type MessageEvent = z.infer<typeof messageEventSchema>;

type Converter = (message: NormalizedMessage) => Pick<IncomingMessage, 'text' | 'unsupported'>;

const unsupported =
  (kind: NonNullable<IncomingMessage['unsupported']>): Converter =>
  () => ({ text: '', unsupported: kind });

/** One converter per Feishu `message_type`; anything not listed is unsupported `other`. */
const converters: Record<string, Converter> = {
  text: (message) => ({ text: message.content }),
  post: (message) => ({ text: message.content }),
  image: unsupported('image'),
  file: unsupported('file'),
  folder: unsupported('file'),
  audio: unsupported('audio'),
  media: unsupported('video'),
  sticker: unsupported('sticker'),
};

const MENTION_PLACEHOLDER = /@_(?:user_\d+|all)\b/g;

function stripMentions(text: string, message: NormalizedMessage): string {
  let out = text.replace(MENTION_PLACEHOLDER, ' ');
  // The SDK renders other people's mentions as "@name"; they are not part of the question.
  for (const mention of message.mentions) {
    if (mention.name) out = out.split(`@${mention.name}`).join(' ');
  }
  if (message.mentionAll) out = out.replace(/@(所有人|all|everyone)/gi, ' ');
  return out.replace(/[ \t]{2,}/g, ' ').trim();
}

/** Converts a message event; undefined for events the bot must not answer (its own or other bots' messages). */
export async function convertMessageEvent(
  event: MessageEvent,
  bot: FeishuBotIdentity,
  receivedAt: Date,
): Promise<IncomingMessage | undefined> {
  if (event.sender.sender_type && event.sender.sender_type !== 'user') return undefined;
  // The SDK's normalizer works on the raw event shape; the schema above checked the fields it reads.
  const normalized = await normalize(event as Parameters<typeof normalize>[0], {
    botIdentity: { openId: bot.openId, name: bot.names[0] ?? 'bot' },
    stripBotMentions: true,
  });
  const convert = converters[normalized.rawContentType] ?? unsupported('other');
  const converted = convert(normalized);
  const text = converted.unsupported ? '' : stripMentions(converted.text, normalized);
  const mentionsBot = normalized.mentionedBot;
  const chatType = normalized.chatType === 'p2p' ? 'p2p' : 'group';
  return {
    platform: 'feishu',
    chatId: normalized.chatId,
    chatType,
    senderId: normalized.senderId,
    senderName: normalized.senderName,
    text,
    mentionsBot,
    messageId: normalized.messageId,
    receivedAt,
    unsupported: converted.unsupported,
    threadId: normalized.threadId || undefined,
    raw: event,
  };
}

const cardActionSchema = z.object({
  open_message_id: z.string().optional(),
  open_chat_id: z.string().optional(),
  context: z.object({ open_message_id: z.string().optional(), open_chat_id: z.string().optional() }).optional(),
  operator: z.object({ open_id: z.string().min(1), user_id: z.string().optional(), name: z.string().optional() }),
  action: z.object({ value: z.unknown(), tag: z.string().optional() }),
});

/** Button values are string maps (`CardButton.value`); anything else is not ours. */
const actionValueSchema = z.record(z.string(), z.string());

/**
 * Converts a `card.action.trigger` callback into a message carrying `action`. The message id
 * is the event id: each press is its own message, a redelivered press is the same one.
 * Presses arrive without the chat type; a card in a p2p chat has `chatId` of that chat, and
 * the core treats presses as addressed either way.
 */
export function convertCardAction(raw: unknown, eventId: string, receivedAt: Date): IncomingMessage | undefined {
  const parsed = cardActionSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const event = normalizeCardAction(parsed.data as Parameters<typeof normalizeCardAction>[0]);
  if (!event) return undefined;
  const value = actionValueSchema.safeParse(event.action.value);
  if (!value.success) return undefined;
  return {
    platform: 'feishu',
    chatId: event.chatId,
    chatType: 'group',
    senderId: event.operator.openId,
    senderName: event.operator.name,
    text: '',
    mentionsBot: true,
    messageId: `card:${eventId}`,
    receivedAt,
    action: value.data,
    raw,
  };
}

const botAddedSchema = z.object({
  chat_id: z.string().min(1),
  name: z.string().optional(),
});

/** The chat a `im.chat.member.bot.added_v1` event is about; undefined when malformed. */
export function botAddedChat(raw: unknown): string | undefined {
  const parsed = botAddedSchema.safeParse(raw);
  return parsed.success ? parsed.data.chat_id : undefined;
}
