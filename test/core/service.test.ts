import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { signedPost, TEST_TOKEN, textEvent, type FeishuEvent } from '../helpers/fake-feishu/events.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';

const dir = mkdtempSync(join(tmpdir(), 'gi-bot-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `gi-bot start` with `env` and resolves with its URL once it printed it. */
async function startService(env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/gi-bot.mjs', 'start'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stderr: '', stdout: '' };
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /gi-bot 已启动：(http:\/\/\S+)/.exec(output.stdout);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exited.then(() => reject(new Error(`exited early:\n${output.stdout}\n${output.stderr}`)));
  });
  return { child, output, exited, url };
}

/** `npm start` on the embedded defaults: no credentials, a fresh database, the shipped knowledge. */
describe('gi-bot start', () => {
  it('serves health and the console, then shuts down cleanly on SIGTERM', async () => {
    const { child, output, exited, url } = await startService({ DATABASE_PATH: join(dir, 'db', 'gi-bot.db') });

    // The sign-in link stands alone on its own stdout line, apart from the JSON logs on stderr.
    expect(output.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]{43}$/m);
    expect(output.stderr).not.toContain('/login/');
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = (await (await fetch(`${url}/readyz`)).json()) as { ready: boolean; index: { documents: number }; core: { thread: boolean; running: boolean } };
    expect(ready.ready).toBe(true);
    expect(ready.index.documents).toBeGreaterThanOrEqual(1);
    expect(ready.core).toMatchObject({ thread: true, running: true });
    const console = await fetch(`${url}/`, { redirect: 'manual' });
    expect([302, 303, 401]).toContain(console.status);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.stderr).toMatch(/gi-bot stopped/);
  }, 60_000);

  /**
   * Runs the service against a fake Feishu with `env` on top of the app credentials, delivers
   * the same question twice with `deliver` (each acknowledged with 200), and expects one cited
   * answer, then a clean SIGTERM.
   */
  async function answersOnce(env: Record<string, string>, deliver: (fake: FakeFeishu, url: string, event: FeishuEvent) => Promise<number>): Promise<void> {
    const fake = await startFakeFeishu();
    try {
      const { child, exited, url } = await startService({
        DATABASE_PATH: join(dir, `feishu-${env.FEISHU_MODE ?? 'websocket'}`, 'gi-bot.db'),
        FEISHU_APP_ID: fake.appId,
        FEISHU_APP_SECRET: fake.appSecret,
        FEISHU_DOMAIN: fake.url,
        ...env,
      });
      const event = textEvent({ now: new Date(), text: '@bot 申报书什么时候截止？', botOpenId: fake.botOpenId });
      expect(await deliver(fake, url, event)).toBe(200);
      await eventually(() => expect(fake.sent).toHaveLength(1));
      expect(fake.sent[0]?.content).toContain('5月8日');
      expect(await deliver(fake, url, event)).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fake.sent).toHaveLength(1);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await fake.close();
    }
  }

  it('answers a Feishu webhook event once through the bot thread (a redelivery is acknowledged, not answered)', async () => {
    const key = 'service-test-encrypt-key';
    await answersOnce({ FEISHU_MODE: 'webhook', FEISHU_ENCRYPT_KEY: key, FEISHU_VERIFICATION_TOKEN: TEST_TOKEN }, async (_fake, url, event) => {
      const { body, headers } = signedPost(event, { encryptKey: key, now: new Date() });
      return (await fetch(`${url}/feishu/events`, { method: 'POST', body, headers })).status;
    });
  }, 60_000);

  it('answers over the Feishu long connection through the bot thread, and a replayed event only once', async () => {
    await answersOnce({}, async (fake, _url, event) => {
      await fake.waitForConnections(1);
      return fake.pushEvent(event);
    });
  }, 60_000);
});
