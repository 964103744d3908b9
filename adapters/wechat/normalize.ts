import { types, type Message, type Room } from 'wechaty';
import type { IncomingMessage } from '../../src/platform.js';

/** What the adapter knows that a message alone does not tell. */
export interface NormalizeContext {
  /** Names a member may type by hand after "@" to address the bot (BOT_NAME, the account's name). */
  botNames: string[];
  /** Room topics the bot serves (WECHAT_ROOMS); empty serves every room. */
  rooms: ReadonlySet<string>;
  /** Messages sent before this (history the puppet replays on login) are dropped. */
  since: Date;
  now: Date;
  /** True when `text` in `chatId` is a copy of something the bot itself just sent (another bot's echo). */
  isEcho(chatId: string, text: string): boolean;
}

export type Normalized = { kind: 'message'; message: IncomingMessage } | { kind: 'skip'; reason: string };

const UNSUPPORTED: Partial<Record<types.Message, NonNullable<IncomingMessage['unsupported']>>> = {
  [types.Message.Image]: 'image',
  [types.Message.Emoticon]: 'sticker',
  [types.Message.Audio]: 'audio',
  [types.Message.Video]: 'video',
  [types.Message.Attachment]: 'file',
  [types.Message.Contact]: 'other',
  [types.Message.ChatHistory]: 'other',
  [types.Message.Location]: 'other',
  [types.Message.MiniProgram]: 'other',
  [types.Message.Url]: 'other',
  [types.Message.Transfer]: 'other',
  [types.Message.RedEnvelope]: 'other',
  [types.Message.Post]: 'other',
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes "@name" mentions of the bot: WeChat puts U+2005 (four-per-em space) after a mention
 * picked from the member list; one typed by hand ends with a space, punctuation or nothing.
 */
export function stripBotMentions(text: string, names: string[]): { text: string; mentioned: boolean } {
  let result = text;
  let mentioned = false;
  for (const name of [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`[@＠]${escapeRegExp(name)}(?=[\\u2005\\s,，:：]|$)[\\u2005\\s,，:：]*`, 'g');
    const next = result.replace(pattern, ' ');
    if (next !== result) mentioned = true;
    result = next;
  }
  return { text: result.replace(/\u2005/g, ' ').replace(/ {2,}/g, ' ').trim(), mentioned };
}

async function selfAliasIn(message: Message, room: Room): Promise<string | undefined> {
  try {
    return (await room.alias(message.wechaty.currentUser)) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns a wechaty message into an `IncomingMessage`, or says why the bot ignores it: its own
 * messages, history from before start, official accounts, rooms not in WECHAT_ROOMS, system
 * notices, and echoes of its own replies.
 */
export async function normalizeWechatMessage(message: Message, ctx: NormalizeContext): Promise<Normalized> {
  if (message.self()) return { kind: 'skip', reason: 'self' };
  const type = message.type();
  const unsupported = UNSUPPORTED[type];
  if (type !== types.Message.Text && !unsupported) return { kind: 'skip', reason: `type ${types.Message[type]}` };
  if (message.date().getTime() < ctx.since.getTime()) return { kind: 'skip', reason: 'sent before start' };

  const talker = message.talker();
  if (talker.type() === types.Contact.Official) return { kind: 'skip', reason: 'official account' };

  const room = message.room();
  if (room && ctx.rooms.size > 0) {
    const topic = (await room.topic()).trim();
    if (!ctx.rooms.has(topic)) return { kind: 'skip', reason: 'room not in WECHAT_ROOMS' };
  }
  const chatId = room?.id ?? talker.id;

  let text = '';
  let mentionsBot = false;
  if (type === types.Message.Text) {
    const raw = message.text();
    if (ctx.isEcho(chatId, raw.trim())) return { kind: 'skip', reason: 'echo of own reply' };
    if (room) {
      const alias = await selfAliasIn(message, room);
      const stripped = stripBotMentions(raw, alias ? [...ctx.botNames, alias] : ctx.botNames);
      const listed = await message.mentionSelf().catch(() => false);
      mentionsBot = listed || stripped.mentioned;
      // Mentioned through the member list under a name we do not know: let wechaty strip mentions.
      text = listed && !stripped.mentioned ? await message.mentionText() : stripped.text;
    } else {
      text = raw.trim();
    }
  } else if (room) {
    // A picture or file posted to a room is for the members (WeChat cannot attach a mention to it).
    return { kind: 'skip', reason: 'unaddressed media in room' };
  }

  const senderName = (room ? await room.alias(talker).catch(() => undefined) : undefined) || talker.name() || undefined;
  return {
    kind: 'message',
    message: {
      platform: 'wechat',
      chatId,
      chatType: room ? 'group' : 'p2p',
      senderId: talker.id,
      senderName,
      text,
      mentionsBot,
      messageId: message.id,
      receivedAt: ctx.now,
      ...(unsupported ? { unsupported } : {}),
      raw: message.payload,
    },
  };
}
