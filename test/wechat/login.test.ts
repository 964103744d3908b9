import { ScanStatus } from 'wechaty';
import { afterEach, describe, expect, it } from 'vitest';
import { startWechatHarness, waitFor, type WechatHarness } from './harness.js';

let h: WechatHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const QUESTION = '申报截止时间是什么时候？';
const qrRoute = (harness: WechatHarness) => harness.adapter.routes().find((route) => route.path === '/wechat/qr')!;

describe('wechat login state', () => {
  it('keeps a reply pending while logged out and delivers it once after the next login', async () => {
    h = await startWechatHarness({ startSender: false });
    const id = h.say(h.alice, `@地标助手\u2005${QUESTION}`, h.room, [h.self]);
    await h.processed(id);
    expect(h.repliesTo(id)).toEqual([expect.objectContaining({ status: 'pending', attempts: 0 })]);

    await h.puppet.logout('kicked out by the phone');
    await waitFor(() => !h!.adapter.status().connected, 'logout seen');
    expect(h.adapter.status().detail).toMatch(/logged out \(kicked out by the phone\)/);

    h.sender.start();
    const [offline] = await waitFor(() => {
      const rows = h!.repliesTo(id);
      return rows[0]?.attempts === 1 && rows[0].status === 'pending' ? rows : undefined;
    }, 'first try refused while offline');
    expect(offline?.lastError).toMatch(/^offline:/);
    expect(h.delivered).toEqual([]);

    // The retry is due later; by the time the account is back it is.
    h.advance(10 * 60_000);
    const before = h.onlineCalls();
    h.mocker.login(h.self);
    // onOnline wakes the sender, which sends the waiting reply right away.
    const rows = await h.settled(id);
    expect(h.onlineCalls()).toBe(before + 1);
    expect(rows).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    await h.sender.drain();
    const inRoom = h.delivered.filter((d) => d.chatId === h!.room.id);
    expect(inRoom).toHaveLength(1);
    expect(inRoom[0]?.text).toMatch(/5月8日/);
  });

  it('shows the login QR code as a PNG while a scan is pending, and reports it on status', async () => {
    h = await startWechatHarness();
    expect(h.qrs).toEqual(['https://login.weixin.qq.com/l/mock-qr']);
    expect((await qrRoute(h).handle(new Request('http://127.0.0.1/wechat/qr'))).status).toBe(404);

    await h.puppet.logout('session expired');
    h.mocker.scan('https://login.weixin.qq.com/l/second', ScanStatus.Waiting);
    await waitFor(() => h!.adapter.pendingQr(), 'new QR code');
    const response = await qrRoute(h).handle(new Request('http://127.0.0.1/wechat/qr'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(h.qrs.at(-1)).toBe('https://login.weixin.qq.com/l/second');
    const status = h.adapter.routes().find((route) => route.path === '/wechat/status')!;
    const body = (await (await status.handle(new Request('http://127.0.0.1/wechat/status'))).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ platform: 'wechat', connected: false, loginPending: true });
    expect(String(body.detail)).toMatch(/QR code/);

    h.mocker.login(h.self);
    await waitFor(() => h!.adapter.status().connected, 'login again');
    expect(h.adapter.pendingQr()).toBeUndefined();
    expect((await qrRoute(h).handle(new Request('http://127.0.0.1/wechat/qr'))).status).toBe(404);
  });

  it('refuses to send while logged out with a retryable offline error', async () => {
    h = await startWechatHarness();
    await h.puppet.logout('test');
    await waitFor(() => !h!.adapter.status().connected, 'logout seen');
    await expect(h.adapter.send({ platform: 'wechat', chatId: h.room.id }, { text: '你好' })).rejects.toMatchObject({
      code: 'offline',
      retryable: true,
    });
  });

  it('restarts the puppet when no new QR code or login follows a logout', async () => {
    h = await startWechatHarness({ adapter: { reloginAfterMs: 20 } });
    await h.puppet.logout('network dropped');
    await waitFor(() => h!.records.find((r) => r.msg === 'still logged out; restarting the puppet to log in again'), 'restart');
    await waitFor(() => h!.adapter.status().detail?.startsWith('starting'), 'restarting');
    h.mocker.login(h.self);
    await waitFor(() => h!.adapter.status().connected, 'login after restart');
    const id = h.say(h.alice, QUESTION, h.self);
    await h.processed(id);
    await waitFor(() => h!.delivered.find((d) => d.chatId === h!.alice.id), 'answer after restart');
  });
});
