import type { Clock } from '../../src/clock.js';

/**
 * What the bot sent lately, per chat, so a copy coming back from another bot (a relay or an
 * echo bot in the same room) is not taken as a question and answered in a loop.
 */
export interface EchoMemory {
  add(chatId: string, text: string): void;
  has(chatId: string, text: string): boolean;
}

export function createEchoMemory(clock: Clock, ttlMs = 10 * 60_000, perChat = 50): EchoMemory {
  const sent = new Map<string, { text: string; at: number }[]>();
  const fresh = (chatId: string): { text: string; at: number }[] => {
    const cutoff = clock().getTime() - ttlMs;
    const kept = (sent.get(chatId) ?? []).filter((entry) => entry.at > cutoff).slice(-perChat);
    if (kept.length === 0) sent.delete(chatId);
    else sent.set(chatId, kept);
    return kept;
  };
  return {
    add(chatId, text) {
      const entries = fresh(chatId);
      entries.push({ text: text.trim(), at: clock().getTime() });
      sent.set(chatId, entries);
    },
    has: (chatId, text) => text.trim() !== '' && fresh(chatId).some((entry) => entry.text === text.trim()),
  };
}
