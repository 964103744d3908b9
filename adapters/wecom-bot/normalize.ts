import { z } from 'zod';
import type { IncomingMessage } from '../../src/platform.js';

/**
 * WeCom smart-robot callbacks → `IncomingMessage`. Both transports deliver the same JSON body
 * (the long connection in `aibot_msg_callback` / `aibot_event_callback` frames, the callback
 * URL decrypted): one small converter per `msgtype`, the @-mention of the robot stripped.
 */

const fromSchema = z.object({ userid: z.string().min(1) }).loose();
const textSchema = z.object({ content: z.string() }).loose();

/** The fields of a message callback the adapter relies on. */
export const messageBodySchema = z
  .object({
    msgid: z.string().min(1),
    aibotid: z.string().optional(),
    /** Only group chats carry a chat id; a single chat is addressed by the user's id. */
    chatid: z.string().min(1).optional(),
    chattype: z.enum(['single', 'group']),
    from: fromSchema,
    create_time: z.number().optional(),
    /** Callback mode: where the answer to this message is posted (valid once, for a while). */
    response_url: z.string().url().optional(),
    msgtype: z.string().min(1),
    text: textSchema.optional(),
    voice: textSchema.optional(),
    mixed: z.object({ msg_item: z.array(z.object({ msgtype: z.string(), text: textSchema.optional() }).loose()) }).loose().optional(),
  })
  .loose();

export type MessageBody = z.infer<typeof messageBodySchema>;

const cardEventSchema = z.object({ event_key: z.string().min(1), task_id: z.string().min(1) }).loose();

/** The fields of an event callback the adapter relies on. */
export const eventBodySchema = z
  .object({
    msgid: z.string().min(1),
    chatid: z.string().min(1).optional(),
    chattype: z.enum(['single', 'group']).optional(),
    from: fromSchema,
    create_time: z.number().optional(),
    msgtype: z.literal('event'),
    event: z
      .object({
        eventtype: z.string().min(1),
        // The press itself: nested under `template_card_event` as documented, or flat as the SDK's types have it.
        template_card_event: cardEventSchema.optional(),
        event_key: z.string().optional(),
        task_id: z.string().optional(),
      })
      .loose(),
  })
  .loose();

export type EventBody = z.infer<typeof eventBodySchema>;

type Converter = (body: MessageBody) => Pick<IncomingMessage, 'text' | 'unsupported'>;

const unsupported =
  (kind: NonNullable<IncomingMessage['unsupported']>): Converter =>
  () => ({ text: '', unsupported: kind });

/** One converter per `msgtype`; anything not listed is unsupported `other`. */
const converters: Record<string, Converter> = {
  text: (body) => ({ text: body.text?.content ?? '' }),
  // WeCom sends the speech already transcribed.
  voice: (body) => ({ text: body.voice?.content ?? '' }),
  mixed: (body) => {
    const text = (body.mixed?.msg_item ?? []).flatMap((item) => (item.msgtype === 'text' && item.text ? [item.text.content] : [])).join('\n');
    return text.trim() ? { text } : { text: '', unsupported: 'image' };
  },
  image: unsupported('image'),
  file: unsupported('file'),
  video: unsupported('video'),
};

const LEADING_PUNCTUATION = /^[\s,，:：、。!！?？~～]+/;

/**
 * Removes the robot's @-mention. In groups only messages that @ the robot reach it, with the
 * "@name" in the text; the name is the robot's in the admin console, which may differ from
 * BOT_NAME, so a leading "@word" counts as the mention when BOT_NAME is not found.
 */
export function stripMention(text: string, botName: string): { text: string; mentioned: boolean } {
  const named = `@${botName}`;
  if (text.includes(named)) return { text: text.split(named).join(' ').replace(/[ \t]{2,}/g, ' ').trim().replace(LEADING_PUNCTUATION, ''), mentioned: true };
  const leading = /^\s*@\S+(?:\s+|$)/.exec(text);
  if (leading) return { text: text.slice(leading[0].length).replace(LEADING_PUNCTUATION, '').trim(), mentioned: true };
  return { text: text.trim(), mentioned: false };
}

/** Where a reply goes: the group's chat id, or the user's id for a single chat. */
export const chatOf = (body: { chatid?: string; chattype?: 'single' | 'group'; from: { userid: string } }): string =>
  body.chattype === 'group' && body.chatid ? body.chatid : body.from.userid;

export function convertMessage(body: MessageBody, botName: string, receivedAt: Date): IncomingMessage {
  const convert = converters[body.msgtype] ?? unsupported('other');
  const converted = convert(body);
  const group = body.chattype === 'group';
  const stripped = converted.unsupported ? { text: '', mentioned: group } : stripMention(converted.text, botName);
  return {
    platform: 'wecom-bot',
    chatId: chatOf(body),
    chatType: group ? 'group' : 'p2p',
    senderId: body.from.userid,
    text: stripped.text,
    mentionsBot: group && stripped.mentioned,
    messageId: body.msgid,
    receivedAt,
    unsupported: converted.unsupported,
    repliesByMessage: true,
    raw: body,
  };
}

/** The pressed button's key and the card's task id, from either shape of the event. */
export function cardPress(body: EventBody): { key: string; taskId: string } | undefined {
  const nested = body.event.template_card_event;
  const key = nested?.event_key ?? body.event.event_key;
  const taskId = nested?.task_id ?? body.event.task_id;
  return key && taskId ? { key, taskId } : undefined;
}

/** A card press as a message carrying `action`; each press is its own message (`card:<msgid>`). */
export function convertCardPress(body: EventBody, action: Record<string, string>, receivedAt: Date): IncomingMessage {
  return {
    platform: 'wecom-bot',
    chatId: chatOf(body),
    chatType: body.chattype === 'group' ? 'group' : 'p2p',
    senderId: body.from.userid,
    text: '',
    mentionsBot: true,
    messageId: `card:${body.msgid}`,
    receivedAt,
    action,
    raw: body,
  };
}
