/**
 * Messages per second answered over the WeCom smart robot's long connection, next to the
 * baseline measured in the same run: the SDK's bare `WSClient` that answers every message at
 * once with a fixed finished stream. Both connect to the fake long-connection endpoint
 * (test/helpers/fake-wecom-bot) on 127.0.0.1, which pushes the messages as fast as it can; a
 * run ends when every message has its accepted answer. gi-bot is composed as the service
 * composes it (main.ts, the bot core in its own thread, a real SQLite file) and answers the
 * sample evaluation questions from the real index: zod, normalization, the inbox claim, the
 * turn, the outbox row, the reply frame and the ack, marked sent. Each figure is the median of
 * three runs after one warm-up run.
 *
 *   node --import tsx bench/wecom-bot/run.ts [messages] 2>/dev/null
 */
import { WSClient } from '@wecom/aibot-node-sdk';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createApp, type App } from '../../src/main.js';
import { textBody } from '../../test/helpers/fake-wecom-bot/bodies.js';
import { startFakeWecomBot, type FakeWecomBot } from '../../test/helpers/fake-wecom-bot/server.js';

const MESSAGES = Number(process.argv[2] ?? 1000);
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const QUESTIONS = readFileSync('test/fixtures/eval/qa-sample.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { q: string }).q);

/** Pushes MESSAGES questions and resolves with answers per second once each has an accepted answer. */
async function measure(fake: FakeWecomBot, round: number): Promise<number> {
  const before = fake.sent.filter((frame) => frame.accepted).length;
  const started = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    fake.pushMessage(textBody({ text: QUESTIONS[i % QUESTIONS.length] as string, userId: `u${i % 200}`, chatId: `wrkbench${i % 50}`, msgid: `bench-${round}-${i}` }));
  }
  while (fake.sent.filter((frame) => frame.accepted).length - before < MESSAGES) await new Promise((resolve) => setTimeout(resolve, 5));
  return (MESSAGES / (performance.now() - started)) * 1000;
}

async function rounds(fake: FakeWecomBot): Promise<number> {
  await measure(fake, 0);
  const rates = [await measure(fake, 1), await measure(fake, 2), await measure(fake, 3)].sort((a, b) => a - b);
  return rates[1] as number;
}

async function baseline(): Promise<number> {
  const fake = await startFakeWecomBot();
  const client = new WSClient({ botId: fake.botId, secret: fake.secret, wsUrl: fake.url, logger: quiet });
  client.on('message', (frame) => void client.replyStream(frame, frame.headers.req_id, 'ok', true).catch(() => undefined));
  client.connect();
  await fake.waitForSubscriptions(1);
  const rate = await rounds(fake);
  client.disconnect();
  await fake.close();
  return rate;
}

async function giBot(): Promise<number> {
  const fake = await startFakeWecomBot();
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-bench-wecom-'));
  const config = parseConfig({ DATABASE_PATH: join(dir, 'gi-bot.db'), REMINDERS_ENABLED: 'false', LOG_LEVEL: 'silent', WECOM_BOT_ID: fake.botId, WECOM_BOT_SECRET: fake.secret, WECOM_BOT_WS_URL: fake.url });
  const app: App = await createApp(config, { log: silentLogger, platformAdapters: true, botThread: true });
  for (const adapter of app.adapters.values()) await adapter.start(app.pipeline.sink);
  for (const sender of app.senders.values()) sender.start();
  await fake.waitForSubscriptions(1);
  const rate = await rounds(fake);
  await app.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

const bare = await baseline();
const ours = await giBot();
console.log(`WeCom long connection, ${MESSAGES} messages over 50 groups (median of 3 runs)`);
console.log(`  bare SDK WSClient, fixed answer (baseline): ${bare.toFixed(0)} msg/s`);
console.log(`  gi-bot, Q&A answers through inbox/bot thread/outbox: ${ours.toFixed(0)} msg/s (${(ours / bare).toFixed(2)}× baseline)`);
process.exit(0);
