import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signedPost, TEST_TOKEN, textEvent } from '../helpers/fake-feishu/events.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { startFakeFeishu } from '../helpers/fake-feishu/server.js';
import { spawnService } from '../helpers/service.js';

const dir = mkdtempSync(join(tmpdir(), 'gi-bot-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENCRYPT_KEY = 'crash-test-encrypt-key';

/**
 * The service is killed after Feishu accepted its answer but before the outbox row was marked
 * sent. The restarted service sends the row again at once (its lease belonged to a process that
 * is gone) with the same uuid, and the chat has the answer once.
 */
describe('a crash between the send and marking it sent', () => {
  it('leaves the chat with one answer after the restart, sent again at once', async () => {
    const fake = await startFakeFeishu();
    const databasePath = join(dir, 'gi-bot.db');
    const env = {
      DATABASE_PATH: databasePath,
      FEISHU_APP_ID: fake.appId,
      FEISHU_APP_SECRET: fake.appSecret,
      FEISHU_DOMAIN: fake.url,
      FEISHU_MODE: 'webhook',
      FEISHU_ENCRYPT_KEY: ENCRYPT_KEY,
      FEISHU_VERIFICATION_TOKEN: TEST_TOKEN,
    };
    try {
      const first = await spawnService(env);
      const accepted = fake.acceptWithoutAnswer();
      const { body, headers } = signedPost(textEvent({ now: new Date(), text: '@bot 申报书什么时候截止？', botOpenId: fake.botOpenId }), {
        encryptKey: ENCRYPT_KEY,
        now: new Date(),
      });
      expect((await fetch(`${first.url}/feishu/events`, { method: 'POST', body, headers })).status).toBe(200);
      expect((await accepted).content).toContain('5月8日');
      first.child.kill('SIGKILL');
      await first.exited;

      const second = await spawnService(env);
      const restarted = Date.now();
      await eventually(() => expect(fake.sent.length + fake.deduplicated).toBe(2), 30_000);
      // The lease of 60 s was not waited out.
      expect(Date.now() - restarted).toBeLessThan(30_000);
      const duplicates = fake.sent.length - 1;
      expect(duplicates).toBe(0);
      expect(fake.deduplicated).toBe(1);
      expect(second.output.stderr).toContain('retrying rows a stopped process was sending');
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      const db = new Database(databasePath, { readonly: true });
      try {
        expect(db.prepare(`SELECT status, attempts, claimed_by FROM outbox WHERE platform = 'feishu'`).all()).toEqual([
          { status: 'sent', attempts: 2, claimed_by: null },
        ]);
      } finally {
        db.close();
      }
    } finally {
      await fake.close();
    }
  }, 180_000);
});
