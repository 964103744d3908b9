import type { ChatAdapter, ConversationRef, CoreSink, OutgoingMessage, PlatformName } from '../../src/platform.js';

/** A sent message as the console (or the web test chat) saw it. */
export interface ConsoleDelivery {
  ref: ConversationRef;
  message: OutgoingMessage;
}

export interface ConsoleAdapterConfig {
  /** `console` for the CLI, `web` for the web console's test chat. */
  platform?: Extract<PlatformName, 'console' | 'web'>;
  /** Called for every message the outbox sends here. */
  onSend(delivery: ConsoleDelivery): void;
}

export interface ConsoleAdapter extends ChatAdapter {
  /** The sink the pipeline gave on start (the CLI feeds stdin lines into it). */
  readonly sink: CoreSink | undefined;
}

/** Private chats are addressed as `p2p:<userId>` so a dialog moved out of a group has its own chat id. */
export const consolePrivateChat = (platform: PlatformName, userId: string): ConversationRef => ({
  platform,
  chatId: `p2p:${userId}`,
  userId,
});

/** The embedded adapter: stdin/stdout for `gi-bot chat`, and the web test chat. Sending never fails. */
export function createConsoleAdapter(config: ConsoleAdapterConfig): ConsoleAdapter {
  const platform = config.platform ?? 'console';
  let sink: CoreSink | undefined;
  let sequence = 0;
  return {
    platform,
    get sink() {
      return sink;
    },
    async start(next) {
      sink = next;
    },
    async stop() {
      sink = undefined;
    },
    async send(ref, message) {
      config.onSend({ ref, message });
      return { messageId: `${platform}-${++sequence}` };
    },
    async privateChatOf(userId) {
      return consolePrivateChat(platform, userId);
    },
    status: () => ({ platform, connected: true }),
  };
}
