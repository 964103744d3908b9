import type { IncomingMessage } from '../platform.js';

/**
 * "Is this addressed to the bot", one rule for every platform: a private chat, a real mention
 * (the adapter sets `mentionsBot`), a slash command or a button press (`isAddressed` in
 * bot.ts); and, when `byName` (ADDRESS_BY_NAME, on by default), a message that starts with the
 * bot's name, typed as "地标助手，…" or "@地标助手 …" without a real mention: it counts as a
 * mention, and the name is cut from the text.
 */

export interface AddressRuleOptions {
  botName: string;
  byName: boolean;
}

/** Punctuation and spaces that may follow the name. */
const AFTER_NAME = /^[\s,，:：、。.!！?？~～-]*/;

export function createAddressRule(options: AddressRuleOptions): (message: IncomingMessage) => IncomingMessage {
  const name = options.botName.toLowerCase();
  return (message) => {
    if (!options.byName || message.mentionsBot) return message;
    const text = message.text.replace(/^@\s*/, '');
    if (!text.toLowerCase().startsWith(name)) return message;
    const rest = text.slice(name.length);
    // "地标助手们" is not an address; the name must end the text or be followed by punctuation/space.
    if (rest !== '' && !AFTER_NAME.exec(rest)?.[0]) return message;
    return { ...message, text: rest.replace(AFTER_NAME, '').trim(), mentionsBot: true };
  };
}
