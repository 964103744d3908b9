import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createConsoleApp, type App, type ConsoleDelivery } from '../main.js';
import type { IncomingMessage } from '../platform.js';

const MENTION = /^\s*@bot\b\s*/i;

/** How the console adapter addresses a person's private chat. */
export const privateChatId = (userId: string): string => `p2p:${userId}`;

/** Who the console chat speaks as: `gi-bot chat --user ID [--name NAME] [--group CHAT_ID]`. */
export interface ChatIdentity {
  userId: string;
  name?: string;
  group?: string;
}

/** One reply of a console turn, as `gi-bot chat --json` prints it. */
export interface ChatReply {
  chatId: string;
  text: string;
}

/** A console app and the turn function `gi-bot chat` drives; tests use it to run the same pipeline in-process. */
export interface ChatSession {
  app: App;
  chatId: string;
  /** Handles one typed line (a leading `@bot` mentions the bot) and returns the replies it sent. */
  turn(line: string): Promise<ChatReply[]>;
  close(): Promise<void>;
}

export async function openChatSession(config: Config, who: ChatIdentity, log?: Logger): Promise<ChatSession> {
  const deliveries: ConsoleDelivery[] = [];
  const app = await createConsoleApp(config, (delivery) => deliveries.push(delivery), log);
  const chatId = who.group ?? privateChatId(who.userId);
  const turn = async (line: string): Promise<ChatReply[]> => {
    const message: IncomingMessage = {
      platform: 'console',
      chatId,
      chatType: who.group ? 'group' : 'p2p',
      senderId: who.userId,
      senderName: who.name,
      text: line.replace(MENTION, ''),
      mentionsBot: MENTION.test(line),
      messageId: randomUUID(),
      receivedAt: app.clock(),
    };
    deliveries.length = 0;
    await app.pipeline.handle(message);
    await app.drain();
    return deliveries.map((d) => ({ chatId: d.ref.chatId, text: d.message.text }));
  };
  return { app, chatId, turn, close: () => app.close() };
}
