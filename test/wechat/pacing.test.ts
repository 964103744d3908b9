import { PuppetMock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createWindowLimiter } from '../../adapters/wechat/pacing.js';
import { PlatformError } from '../../src/errors.js';
import { startWechatHarness, waitFor, type WechatHarness } from './harness.js';

let h: WechatHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('window limiter', () => {
  it('allows `limit` sends per window per key and says exactly how long to wait', () => {
    let now = 1_000_000;
    const limiter = createWindowLimiter({ limit: 3, windowMs: 60_000, clock: () => new Date(now) });
    for (let i = 0; i < 3; i++) {
      expect(limiter.waitFor('room', 1)).toBe(0);
      limiter.take('room', 1);
      now += 10_000;
    }
    // Sends at 0 s, 10 s, 20 s; now 30 s: the first leaves the window at 60 s.
    expect(limiter.waitFor('room', 1)).toBe(30_000);
    expect(limiter.waitFor('room', 2)).toBe(40_000);
    expect(limiter.waitFor('other', 3)).toBe(0);
    now += 30_000;
    expect(limiter.waitFor('room', 1)).toBe(0);
  });

  it('lets a request larger than the whole budget through once the window is empty', () => {
    let now = 0;
    const limiter = createWindowLimiter({ limit: 2, windowMs: 1000, clock: () => new Date(now) });
    expect(limiter.waitFor('k', 5)).toBe(0);
    limiter.take('k', 5);
    expect(limiter.waitFor('k', 1)).toBe(1000);
    now = 1000;
    expect(limiter.waitFor('k', 5)).toBe(0);
  });
});

describe('wechat send pacing', () => {
  it('refuses with rate_limited and the wait once a room or the account used its budget', async () => {
    let now = Date.now();
    h = await startWechatHarness({ adapter: { clock: () => new Date(now), roomRatePerMinute: 2, ratePerMinute: 3 } });
    const room = { platform: 'wechat' as const, chatId: h.room.id };
    const other = h.mocker.createRoom({ topic: '第二个群', memberIdList: [h.self.id] });
    await h.adapter.send(room, { text: '一' });
    now += 1000;
    await h.adapter.send(room, { text: '二' });
    const refused = await h.adapter.send(room, { text: '三' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlatformError);
    expect(refused).toMatchObject({ code: 'rate_limited', retryAfterMs: 59_000, retryable: true });
    // Another room still has its own budget, until the account's runs out.
    await h.adapter.send({ platform: 'wechat', chatId: other.id }, { text: '四' });
    await expect(h.adapter.send({ platform: 'wechat', chatId: other.id }, { text: '五' })).rejects.toMatchObject({ code: 'rate_limited' });
    now += 60_000;
    await h.adapter.send(room, { text: '三' });
    expect(h.delivered.map((d) => d.text)).toEqual(['一', '二', '四', '三']);
  });

  it('after a failure half-way through a split reply, a retry sends only the missing pieces', async () => {
    class FlakyPuppet extends PuppetMock {
      calls = 0;
      override async messageSendText(conversationId: string, text: string): Promise<void> {
        if (++this.calls === 2) throw new Error('socket hang up');
        return super.messageSendText(conversationId, text);
      }
    }
    h = await startWechatHarness({ makePuppet: (mocker) => new FlakyPuppet({ mocker }), adapter: { maxMessageChars: 120 } });
    const text = Array.from({ length: 3 }, (_, i) => `第${i + 1}段。${'名录申报材料要求说明。'.repeat(8)}`).join('\n\n');
    const ref = { platform: 'wechat' as const, chatId: h.alice.id };
    await expect(h.adapter.send(ref, { text })).rejects.toMatchObject({ code: 'network' });
    expect(h.delivered).toHaveLength(1);
    await h.adapter.send(ref, { text });
    await waitFor(() => h!.delivered.length === 3, 'remaining pieces');
    expect(h.delivered.map((d) => d.text.slice(0, 5))).toEqual(['（1/3）', '（2/3）', '（3/3）']);
    // A later, separate send of the same text starts from the first piece again.
    await h.adapter.send(ref, { text });
    await waitFor(() => h!.delivered.length === 6, 'second copy');
  });
});
