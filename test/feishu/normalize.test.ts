import { describe, expect, it } from 'vitest';
import { createAddressRule } from '../../src/bot/address.js';
import { botAddedChat, convertCardAction, convertMessageEvent, messageEventSchema } from '../../adapters/feishu/normalize.js';
import { fixture, textEvent } from '../helpers/fake-feishu/events.js';

const now = new Date('2026-05-01T09:00:00Z');
const bot = { openId: 'ou_bot0000000000000000000000000001', names: ['地标助手'] };

async function convert(event: ReturnType<typeof fixture>) {
  const flattened = { ...event.header, ...event.event };
  return convertMessageEvent(messageEventSchema.parse(flattened), bot, now);
}

describe('feishu event normalization', () => {
  it('turns a group text mention into an addressed message without the placeholder', async () => {
    const message = await convert(fixture('message-text-group', { now }));
    expect(message).toMatchObject({ platform: 'feishu', chatType: 'group', text: '申报书什么时候截止？', mentionsBot: true, senderId: 'ou_84aad35d084aa403a838cf73ee18467' });
    expect(message?.threadId).toBeUndefined();
  });

  it('reads rich text (post) with several mentions and keeps the thread', async () => {
    const message = await convert(fixture('message-post', { now }));
    expect(message?.mentionsBot).toBe(true);
    expect(message?.text).toContain('推荐名额');
    expect(message?.text).toContain('有几个？');
    expect(message?.text).not.toMatch(/@_user|@地标助手|王科长/);
    expect(message?.threadId).toBe('omt_1a2b3c4d5e6f');
  });

  it('finds the mention anywhere in the text, among other mentions', async () => {
    const event = fixture('message-text-group', {
      now,
      message: {
        content: JSON.stringify({ text: '@_user_2 请问 @_user_1 名额怎么分配' }),
        mentions: [
          { key: '@_user_1', id: { open_id: bot.openId }, name: '地标助手' },
          { key: '@_user_2', id: { open_id: 'ou_other' }, name: '李处' },
        ],
      },
    });
    const message = await convert(event);
    expect([message?.mentionsBot, message?.text]).toEqual([true, '请问 名额怎么分配']);
  });

  it('does not treat @all or other people as a mention of the bot', async () => {
    const all = await convert(
      fixture('message-text-group', {
        now,
        message: { content: JSON.stringify({ text: '@_all 明天下午开会' }), mentions: [{ key: '@_all', id: {}, name: '所有人' }] },
      }),
    );
    expect([all?.mentionsBot, all?.text]).toEqual([false, '明天下午开会']);
    const other = await convert(textEvent({ now, text: '@_user_9 收到', botOpenId: bot.openId }));
    expect(other?.mentionsBot).toBe(false);
  });

  it('leaves the bot name at the start to the core rule, which counts it as a mention', async () => {
    const address = createAddressRule({ botName: '地标助手', byName: true });
    for (const text of ['地标助手，截止时间？', '@地标助手 截止时间？']) {
      const message = await convert(textEvent({ now, text, botOpenId: bot.openId }));
      expect([message?.mentionsBot, message?.text]).toEqual([false, text]);
      const addressed = address(message!);
      expect([addressed.mentionsBot, addressed.text]).toEqual([true, '截止时间？']);
    }
    const middle = await convert(textEvent({ now, text: '问问地标助手吧', botOpenId: bot.openId }));
    expect(address(middle!).mentionsBot).toBe(false);
  });

  it('marks images and other unreadable messages as unsupported', async () => {
    const image = await convert(fixture('message-image-p2p', { now }));
    expect(image).toMatchObject({ chatType: 'p2p', text: '', unsupported: 'image' });
    for (const [type, kind] of [['file', 'file'], ['audio', 'audio'], ['media', 'video'], ['sticker', 'sticker'], ['share_chat', 'other']]) {
      const message = await convert(fixture('message-image-p2p', { now, message: { message_type: type, content: '{"file_key":"x"}' } }));
      expect(message?.unsupported).toBe(kind);
    }
  });

  it('ignores messages sent by bots (its own echoes included)', async () => {
    const event = fixture('message-text-group', { now });
    const flattened = { ...event.header, ...event.event, sender: { sender_id: { open_id: bot.openId }, sender_type: 'app' } };
    expect(await convertMessageEvent(messageEventSchema.parse(flattened), bot, now)).toBeUndefined();
  });

  it('survives hostile text: emoji, control characters, huge content', async () => {
    const text = `@_user_1 🙂\u0000\u0007${'长'.repeat(20_000)}`;
    const message = await convert(textEvent({ now, text: text.replace('@_user_1', '@bot'), botOpenId: bot.openId }));
    expect(message?.mentionsBot).toBe(true);
    expect(message?.text.length).toBeGreaterThan(20_000);
    const broken = await convert(fixture('message-text-group', { now, message: { content: '{not json' } }));
    expect(broken?.text).toBeTypeOf('string');
  });

  it('turns a card button press into an action message keyed by the event', () => {
    const event = fixture('card-action', { now });
    const message = convertCardAction({ ...event.header, ...event.event }, event.header.event_id, now);
    expect(message).toMatchObject({
      chatId: 'oc_5ce6d572455d361153b7xx51da133945',
      senderId: 'ou_84aad35d084aa403a838cf73ee18467',
      action: { kind: 'feedback', helpful: 'yes' },
      messageId: `card:${event.header.event_id}`,
    });
    const foreign = { ...event.header, ...event.event, action: { value: { nested: { deep: 1 } }, tag: 'button' } };
    expect(convertCardAction(foreign, 'e', now)).toBeUndefined();
  });

  it('reads the chat of a bot-added event', () => {
    const event = fixture('bot-added', { now });
    expect(botAddedChat({ ...event.header, ...event.event })).toBe('oc_newgroup00000000000000000000001');
    expect(botAddedChat({})).toBeUndefined();
  });
});
