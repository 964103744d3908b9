import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import { createApp, type App } from '../../../src/main.js';
import type { FakeWecomBot } from './server.js';

/**
 * The service's app as `main.ts` composes it (real SQLite file, real Q&A over `knowledge/`,
 * nominations, reminders, outbox senders), with the WeCom smart robot configured against the
 * fake: the adapter the composition root creates from WECOM_BOT_* is the one under test.
 */
export interface WecomBotApp {
  app: App;
  dir: string;
  stop(): Promise<void>;
}

export async function startWecomBotApp(fake: FakeWecomBot, env: Record<string, string> = {}, clock?: () => Date): Promise<WecomBotApp> {
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-wecom-bot-'));
  const config = parseConfig({
    DATABASE_PATH: join(dir, 'gi-bot.db'),
    REMINDERS_ENABLED: 'false',
    BOT_THREAD: 'false',
    WECOM_BOT_ID: fake.botId,
    WECOM_BOT_SECRET: fake.secret,
    WECOM_BOT_WS_URL: fake.url,
    ...env,
  });
  const app = await createApp(config, { log: silentLogger, platformAdapters: true, clock });
  await app.start();
  return {
    app,
    dir,
    async stop() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
