import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'gi-bot-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm start` on the embedded defaults: no credentials, a fresh database, the shipped knowledge. */
describe('gi-bot start', () => {
  it('serves health and the console, then shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['src/gi-bot.mjs', 'start'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', DATABASE_PATH: join(dir, 'db', 'gi-bot.db'), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /gi-bot 已启动：(http:\/\/\S+)/.exec(stderr);
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 50);
      void exited.then(() => reject(new Error(`exited early:\n${stderr}`)));
    });

    expect(stderr).toMatch(/管理后台登录：http:\/\/\S+\/login\/\S+/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = (await (await fetch(`${url}/readyz`)).json()) as { ready: boolean; index: { documents: number } };
    expect(ready.ready).toBe(true);
    expect(ready.index.documents).toBeGreaterThanOrEqual(1);
    const console = await fetch(`${url}/`, { redirect: 'manual' });
    expect([302, 303, 401]).toContain(console.status);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/gi-bot stopped/);
  }, 60_000);
});
