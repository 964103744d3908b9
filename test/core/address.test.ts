import { describe, expect, it } from 'vitest';
import { createAddressRule } from '../../src/bot/address.js';
import type { IncomingMessage } from '../../src/platform.js';

const message = (text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({
  platform: 'wechat',
  chatId: 'room',
  chatType: 'group',
  senderId: 'u1',
  text,
  mentionsBot: false,
  messageId: 'm1',
  receivedAt: new Date(),
  ...overrides,
});

describe('addressed to the bot (one rule for every platform)', () => {
  const rule = createAddressRule({ botName: '地标助手', byName: true });

  it('takes a message that starts with the name, typed with or without @, as a mention and cuts the name', () => {
    expect(rule(message('地标助手，截止时间？'))).toMatchObject({ text: '截止时间？', mentionsBot: true });
    expect(rule(message('@地标助手 截止时间？'))).toMatchObject({ text: '截止时间？', mentionsBot: true });
    expect(rule(message('地标助手'))).toMatchObject({ text: '', mentionsBot: true });
  });

  it('leaves chatter that only contains the name, a longer word, or a real mention alone', () => {
    expect(rule(message('问问地标助手吧'))).toMatchObject({ text: '问问地标助手吧', mentionsBot: false });
    expect(rule(message('地标助手们好'))).toMatchObject({ mentionsBot: false });
    const mentioned = message('截止时间？', { mentionsBot: true });
    expect(rule(mentioned)).toBe(mentioned);
  });

  it('is off when ADDRESS_BY_NAME is false', () => {
    const off = createAddressRule({ botName: '地标助手', byName: false });
    expect(off(message('地标助手，截止时间？'))).toMatchObject({ mentionsBot: false, text: '地标助手，截止时间？' });
  });
});
