/**
 * Webhook events per second through gi-bot's Feishu route next to the baseline measured in
 * the same run: the SDK's bare `EventDispatcher` behind its own `adaptDefault` HTTP adaptor,
 * verifying the signature, decrypting and only acknowledging. Both are real HTTP servers on
 * 127.0.0.1 driven by autocannon with the same kind of encrypted, signed bodies (each event
 * unique, so no run is helped by dedupe). gi-bot is mounted the way the service mounts it
 * (hono on @hono/node-server) and measured until every event was processed:
 *
 * - route + dedupe: signature, token and timestamp checks, decryption, normalization and
 *   the inbox claim in SQLite (the dedupe that survives restarts);
 * - route + bot core: the same, plus the turn and the reply committed to the outbox (help
 *   command, and a Q&A answer from the real index). Sending is not measured.
 *
 * Each figure is the median of three runs after one warm-up run.
 *
 *   node --import tsx bench/webhook/run.ts [events] [connections]
 */
import { serve, type ServerType } from '@hono/node-server';
import { adaptDefault, EventDispatcher, LoggerLevel } from '@larksuiteoapi/node-sdk';
import { Hono } from 'hono';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFeishuAdapter, FEISHU_EVENTS_PATH } from '../../adapters/feishu/index.js';
import { createBot } from '../../src/bot/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/bot/roles.js';
import { systemClock } from '../../src/clock.js';
import { silentLogger } from '../../src/log.js';
import type { MessageSink } from '../../src/platform.js';
import { createQaService } from '../../src/qa/service.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { claimInbox, inboxKey } from '../../src/store/inbox.js';
import { signedPost, TEST_TOKEN, textEvent } from '../../test/helpers/fake-feishu/events.js';
import { startFakeFeishu } from '../../test/helpers/fake-feishu/server.js';

const EVENTS = Number(process.argv[2] ?? 2000);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const KEY = 'bench-encrypt-key';
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, trace: () => undefined };

const fake = await startFakeFeishu();
const dir = mkdtempSync(join(tmpdir(), 'gi-bot-bench-webhook-'));
const qa = await createQaService({ knowledgeDir: 'knowledge', log: silentLogger });
await qa.ask('预热');
let runs = 0;

type Post = { body: string; headers: Record<string, string> };

function bodies(text: string): Post[] {
  const now = new Date();
  return Array.from({ length: EVENTS }, () => signedPost(textEvent({ now, text, botOpenId: fake.botOpenId }), { encryptKey: KEY, now }));
}

/** Posts every body once over `CONNECTIONS` keep-alive connections; resolves when all were answered. */
async function load(url: string, posts: Post[]): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let next = 0;
  const one = (post: Post): Promise<number> =>
    new Promise((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', agent, headers: { ...post.headers, 'content-length': Buffer.byteLength(post.body) } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
      request.end(post.body);
    });
  const worker = async (): Promise<void> => {
    while (next < posts.length) {
      const status = await one(posts[next++] as Post);
      if (status !== 200) throw new Error(`refused with ${status} at ${url}`);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
}

const listen = (server: Server | ServerType): Promise<string> =>
  new Promise((resolve) => {
    const done = () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    if (server.listening) done();
    else server.once('listening', done);
  });

/** The baseline: the SDK dispatcher behind its `adaptDefault` adaptor, with a handler that only acknowledges. */
async function bare(posts: Post[]): Promise<number> {
  const dispatcher = new EventDispatcher({ encryptKey: KEY, verificationToken: TEST_TOKEN, loggerLevel: LoggerLevel.fatal, logger: quiet }).register({
    'im.message.receive_v1': async () => undefined,
  });
  const server = createServer(adaptDefault('/webhook/event', dispatcher)).listen(0, '127.0.0.1');
  const base = await listen(server);
  const started = performance.now();
  await load(`${base}/webhook/event`, posts);
  const rate = posts.length / ((performance.now() - started) / 1000);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return rate;
}

/** gi-bot's route on a fresh database; `withCore` adds the bot core behind the inbox. */
async function ours(posts: Post[], withCore: boolean): Promise<number> {
  const db: Db = openDatabase(join(dir, `run-${++runs}.db`));
  const adapter = createFeishuAdapter({
    appId: fake.appId,
    appSecret: fake.appSecret,
    mode: 'webhook',
    domain: fake.url,
    encryptKey: KEY,
    verificationToken: TEST_TOKEN,
    botName: '地标助手',
    eventMaxAgeSeconds: 3600,
    log: silentLogger,
    db,
    clock: systemClock,
  });
  const pipeline = createPipeline({
    db,
    clock: systemClock,
    roles: createRoleResolver([]),
    bot: createBot({ botName: '地标助手', qa, steps: [], listensTo: () => false }),
    privateChat: async (_platform, userId) => adapter.privateChatOf(userId),
    log: silentLogger,
  });
  let accepted = 0;
  const sink: MessageSink = withCore
    ? (message) => {
        accepted += 1;
        return pipeline.sink(message);
      }
    : async (message) => {
        accepted += 1;
        claimInbox(db, inboxKey(message), message);
      };
  await adapter.start(sink);
  const app = new Hono();
  for (const route of adapter.routes()) app.post(route.path, (c) => route.handle(c.req.raw));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  const base = await listen(server);
  const started = performance.now();
  await load(`${base}${FEISHU_EVENTS_PATH}`, posts);
  while (accepted < posts.length) await new Promise((resolve) => setImmediate(resolve));
  await pipeline.idle();
  const rate = posts.length / ((performance.now() - started) / 1000);
  const table = withCore ? 'outbox' : 'inbox';
  const rows = db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  if (rows !== posts.length) throw new Error(`expected ${posts.length} rows in ${table}, found ${rows}`);
  await new Promise((resolve) => server.close(resolve));
  await adapter.stop();
  db.close();
  return rate;
}

async function median(measure: () => Promise<number>): Promise<number> {
  await measure();
  const rates = [await measure(), await measure(), await measure()].sort((a, b) => a - b);
  return rates[1] ?? 0;
}

const baseline = await median(() => bare(bodies('@bot 帮助')));
const line = (label: string, rate: number): void =>
  console.log(`${label.padEnd(46)} ${rate.toFixed(0).padStart(7)} events/s   ${(rate / baseline).toFixed(2)}x baseline`);

console.log(`webhook events over HTTP on 127.0.0.1, ${EVENTS} per run, ${CONNECTIONS} connections, median of 3`);
line('baseline: SDK EventDispatcher, verify+decrypt+ack', baseline);
line('gi-bot route + SQLite dedupe', await median(() => ours(bodies('@bot 帮助'), false)));
line('gi-bot route + dedupe + bot core (help)', await median(() => ours(bodies('@bot 帮助'), true)));
line('gi-bot route + dedupe + bot core (Q&A answer)', await median(() => ours(bodies('@bot 申报书什么时候截止？'), true)));

await fake.close();
rmSync(dir, { recursive: true, force: true });
