import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { ADMIN_PRINCIPAL } from '../../src/http/auth.js';
import { createLoginLink } from '../../src/login/links.js';
import { startService, type RunningService } from '../../src/service.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { enterChatBody, textBody } from '../helpers/fake-wecom-bot/bodies.js';
import { seal, sign, signedQuery, TEST_AES_KEY, TEST_TOKEN, unseal } from '../helpers/fake-wecom-bot/crypto.js';
import { startFakeWecomBot, type FakeWecomBot } from '../helpers/fake-wecom-bot/server.js';
import { Client } from '../http/helpers.js';

/**
 * Callback mode through the real service (HTTP server, routes, bot): WeCom's requests are
 * encrypted and signed here the way WeCom does it; answers go to the fake's response_url.
 */
describe('WeCom smart robot in callback mode', () => {
  let fake: FakeWecomBot;
  let service: RunningService;
  let dir: string;
  const path = '/wecom/bot/callback';

  beforeAll(async () => {
    fake = await startFakeWecomBot();
    dir = mkdtempSync(join(tmpdir(), 'gi-bot-wecom-callback-'));
    service = await startService(
      parseConfig({
        DATABASE_PATH: join(dir, 'gi-bot.db'),
        PORT: '0',
        LOG_LEVEL: 'silent',
        REMINDERS_ENABLED: 'false',
        BOT_THREAD: 'false',
        WECOM_BOT_ID: fake.botId,
        WECOM_BOT_SECRET: fake.secret,
        WECOM_BOT_MODE: 'callback',
        WECOM_BOT_TOKEN: TEST_TOKEN,
        WECOM_BOT_ENCODING_AES_KEY: TEST_AES_KEY,
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await service.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (ciphertext: string, query = signedQuery(ciphertext)) =>
    fetch(`${service.url}${path}?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: ciphertext }) });
  const quiet = async (): Promise<void> => {
    await service.app.pipeline.idle();
    await service.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 200));
  };

  it('answers the URL check with the decrypted echostr, without a console session', async () => {
    const echo = seal('echo-4711');
    const response = await fetch(`${service.url}${path}?${signedQuery(echo)}&echostr=${encodeURIComponent(echo)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('echo-4711');

    const forged = await fetch(`${service.url}${path}?${signedQuery(echo, { token: 'not-the-token' })}&echostr=${encodeURIComponent(echo)}`);
    expect(forged.status).toBe(401);
  });

  it('answers a valid encrypted group @-question once, on its response_url, with the citation', async () => {
    const body = textBody({ text: '申报书什么时候截止？', responseUrl: fake.responseUrl() });
    const ciphertext = seal(JSON.stringify(body));
    expect((await post(ciphertext)).status).toBe(200);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]).toMatchObject({ cmd: 'response_url', accepted: true });
    expect(fake.visible()[0]?.content).toMatch(/5月8日[\s\S]*出处：/);

    // WeCom retries a callback it thinks failed: same message, answered once.
    expect((await post(ciphertext)).status).toBe(200);
    await quiet();
    expect(fake.sent).toHaveLength(1);
  });

  it('refuses forged, undecryptable and stale callbacks, and answers none of them', async () => {
    const before = fake.sent.length;
    const body = (text: string) => JSON.stringify(textBody({ text, responseUrl: fake.responseUrl() }));
    const wrongToken = seal(body('推荐名额有几个？'));
    expect((await post(wrongToken, signedQuery(wrongToken, { token: 'forged-token' }))).status).toBe(401);
    const wrongKey = seal(body('推荐名额有几个？'), 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut');
    expect((await post(wrongKey)).status).toBe(401);
    const stale = seal(body('推荐名额有几个？'));
    expect((await post(stale, signedQuery(stale, { now: new Date(Date.now() - 10 * 60_000) }))).status).toBe(401);
    const unsigned = seal(body('推荐名额有几个？'));
    expect((await fetch(`${service.url}${path}`, { method: 'POST', body: JSON.stringify({ encrypt: unsigned }) })).status).toBe(401);
    await quiet();
    expect(fake.sent.length).toBe(before);
  });

  it('welcomes a user entering the single chat in the encrypted response itself', async () => {
    const response = await post(seal(JSON.stringify(enterChatBody('zhaoliu'))));
    expect(response.status).toBe(200);
    const sealed = (await response.json()) as { encrypt: string; msgsignature: string; timestamp: string; nonce: string };
    const welcome = JSON.parse(unseal(sealed.encrypt)) as { msgtype: string; text: { content: string } };
    expect(welcome.msgtype).toBe('text');
    expect(welcome.text.content).toMatch(/地标助手/);
    expect(sealed.msgsignature).toBe(sign(TEST_TOKEN, sealed.timestamp, sealed.nonce, sealed.encrypt));
  });

  it('shows callback mode on /readyz and the status page in Chinese', async () => {
    const ready = (await (await fetch(`${service.url}/readyz`)).json()) as { adapters: { platform: string; connected: boolean; detail?: string }[] };
    expect(ready.adapters.find((a) => a.platform === 'wecom-bot')).toMatchObject({ connected: true, detail: expect.stringMatching(/回调模式.*\/wecom\/bot\/callback/) });

    const operator = new Client(service.url);
    const link = createLoginLink(service.app.db, ADMIN_PRINCIPAL, service.app.clock);
    expect((await operator.post(link, { _csrf: await operator.csrfFrom(link) })).status).toBe(303);
    expect(await (await operator.fetch('/status')).text()).toContain('企业微信智能机器人：回调模式');
  });
});
