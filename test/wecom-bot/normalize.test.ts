import { describe, expect, it } from 'vitest';
import { decodeKey, encodeKey, markdownOf } from '../../adapters/wecom-bot/card.js';
import { mapWecomBotError } from '../../adapters/wecom-bot/errors.js';
import { convertMessage, messageBodySchema, stripMention } from '../../adapters/wecom-bot/normalize.js';
import { textBody } from '../helpers/fake-wecom-bot/bodies.js';

const at = new Date('2026-05-01T09:00:00Z');
const convert = (body: Record<string, unknown>) => convertMessage(messageBodySchema.parse(body), '地标助手', at);

describe('WeCom smart-robot callbacks normalized', () => {
  it('strips the @-mention, whatever the robot is called in the admin console', () => {
    expect(stripMention('@地标助手 截止时间？', '地标助手')).toEqual({ text: '截止时间？', mentioned: true });
    // WeCom separates a mention from the text with U+2005 (four-per-em space).
    expect(stripMention('@名录小助手\u2005截止时间？', '地标助手')).toEqual({ text: '截止时间？', mentioned: true });
    expect(stripMention('请问 @地标助手 截止时间？', '地标助手')).toEqual({ text: '请问 截止时间？', mentioned: true });
    expect(stripMention('截止时间？', '地标助手')).toEqual({ text: '截止时间？', mentioned: false });
  });

  it('addresses a group by its chat id and a single chat by the user id; replies answer the message', () => {
    expect(convert(textBody({ text: '截止时间？', userId: 'u1' }))).toMatchObject({
      platform: 'wecom-bot',
      chatType: 'group',
      chatId: 'wrkSFfCgAAfakegroup0001',
      senderId: 'u1',
      text: '截止时间？',
      mentionsBot: true,
      repliesByMessage: true,
    });
    expect(convert(textBody({ text: '截止时间？', userId: 'u1', group: false }))).toMatchObject({ chatType: 'p2p', chatId: 'u1', mentionsBot: false });
  });

  it('reads transcribed voice and the text of mixed messages; images are unsupported', () => {
    const base = textBody({ text: '', group: false });
    expect(convert({ ...base, msgtype: 'voice', voice: { content: '申报截止时间' } }).text).toBe('申报截止时间');
    expect(convert({ ...base, msgtype: 'mixed', mixed: { msg_item: [{ msgtype: 'image', image: { url: 'u' } }, { msgtype: 'text', text: { content: '这是什么' } }] } }).text).toBe('这是什么');
    expect(convert({ ...base, msgtype: 'image', image: { url: 'u' } })).toMatchObject({ text: '', unsupported: 'image' });
  });

  it('carries button values through the card key, and refuses keys that are not ours', () => {
    const value = { kind: 'feedback', answer: 'wecom-bot:msg1', helpful: 'yes' };
    expect(decodeKey(encodeKey(value)!)).toEqual(value);
    expect(decodeKey('submit_key')).toBeUndefined();
    expect(decodeKey('{"kind":1}')).toBeUndefined();
    expect(encodeKey({ long: 'x'.repeat(2000) })).toBeUndefined();
  });

  it('renders the cited clause under the answer as a quote', () => {
    expect(markdownOf({ text: '截止到5月8日。', card: { fold: { title: '出处：通知 · 三', text: '请于5月8日前报送\n逾期不予受理' } } })).toBe(
      '截止到5月8日。\n\n**出处：通知 · 三**\n> 请于5月8日前报送\n> 逾期不予受理',
    );
  });

  it('codes failures so the outbox knows whether to retry', () => {
    expect(mapWecomBotError({ errcode: 45009, errmsg: 'freq limit' }, 'push').code).toBe('rate_limited');
    expect(mapWecomBotError({ errcode: 40001, errmsg: 'invalid secret' }, 'push').code).toBe('auth');
    expect(mapWecomBotError({ errcode: 40058, errmsg: 'invalid chatid' }, 'push').code).toBe('bad_request');
    expect(mapWecomBotError(new Error('WebSocket not connected, unable to send data'), 'push').code).toBe('network');
    expect(mapWecomBotError(new Error('Reply ack timeout (5000ms) for reqId: x'), 'push').code).toBe('network');
  });
});
