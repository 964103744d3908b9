/**
 * Webhook events per second through gi-bot's Feishu route next to the baseline measured in
 * the same run: the SDK's bare `EventDispatcher` behind its own `adaptDefault` HTTP adaptor,
 * verifying the signature, decrypting and only acknowledging. Both are real HTTP servers on
 * 127.0.0.1, driven over keep-alive connections with the same kind of encrypted, signed
 * bodies (each event unique, so no run is helped by dedupe). gi-bot is mounted the way the
 * service mounts it (its own HTTP server, middleware and request log, with pino at the
 * production level `info`) and measured until every event was processed:
 *
 * - route + dedupe: signature, token and timestamp checks, decryption, normalization and
 *   the inbox claim in SQLite (the dedupe that survives restarts);
 * - route + bot core: the same, plus the turn, the reply committed to the outbox and the
 *   inbox row marked done (help command, and a Q&A answer from the real index). Sending is
 *   not measured.
 *
 * gi-bot rows show processed events per second (the headline) and, in brackets, acknowledged
 * events per second. Each figure is the median of three runs after one warm-up run.
 *
 *   node --import tsx bench/webhook/run.ts [events] [connections]
 */
import { adaptDefault, EventDispatcher, LoggerLevel } from '@larksuiteoapi/node-sdk';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFeishuAdapter, FEISHU_EVENTS_PATH } from '../../adapters/feishu/index.js';
import { createBot } from '../../src/bot/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/bot/roles.js';
import { systemClock } from '../../src/clock.js';
import { createHttpServer } from '../../src/http/server.js';
import { silentLogger, type Logger } from '../../src/log.js';
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

const listen = (server: Server): Promise<string> =>
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

/**
 * The service's logger as production builds it (`createLogger(LOG_LEVEL)`: pino at the default
 * `info`, synchronous JSON lines), writing to a file instead of stderr so the terminal stays readable.
 */
function productionLogger(run: number): Logger {
  return pino({ level: 'info', base: { service: 'gi-bot' } }, pino.destination({ dest: join(dir, `run-${run}.log`), sync: true }));
}

interface Rates {
  /** Events answered 200 per second (the acknowledgement Feishu waits for). */
  acked: number;
  /** Events fully processed per second (inbox row, or turn and reply committed to the outbox). */
  processed: number;
}

/**
 * gi-bot's route on a fresh database, mounted by the service's own HTTP server (with its
 * middleware and request log); `withCore` adds the bot core behind the inbox.
 */
async function ours(posts: Post[], withCore: boolean): Promise<Rates> {
  const run = ++runs;
  const db: Db = openDatabase(join(dir, `run-${run}.db`));
  const log = productionLogger(run);
  const adapter = createFeishuAdapter({
    appId: fake.appId,
    appSecret: fake.appSecret,
    mode: 'webhook',
    domain: fake.url,
    encryptKey: KEY,
    verificationToken: TEST_TOKEN,
    botName: '地标助手',
    eventMaxAgeSeconds: 3600,
    log: log.child({ platform: 'feishu' }),
    db,
    clock: systemClock,
  });
  const pipeline = createPipeline({
    db,
    clock: systemClock,
    roles: createRoleResolver([]),
    bot: createBot({ botName: '地标助手', qa, steps: [], listensTo: () => false }),
    privateChat: async (_platform, userId) => adapter.privateChatOf(userId),
    log,
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
  const http = createHttpServer({
    config: { ADMIN_TOKEN: 'bench-admin-token-0123456789', SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: 'knowledge', BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
    db,
    log,
    clock: systemClock,
    qa,
    chat: async () => [],
    routes: adapter.routes(),
    status: () => [adapter.status()],
  });
  const server = await http.listen(0, '127.0.0.1');
  const started = performance.now();
  await load(`${server.url}${FEISHU_EVENTS_PATH}`, posts);
  const ackedMs = performance.now() - started;
  while (accepted < posts.length) await new Promise((resolve) => setImmediate(resolve));
  await pipeline.idle();
  const processedMs = performance.now() - started;
  const table = withCore ? 'outbox' : 'inbox';
  const rows = db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  if (rows !== posts.length) throw new Error(`expected ${posts.length} rows in ${table}, found ${rows}`);
  if (withCore) {
    const done = db.prepare(`SELECT COUNT(*) FROM inbox WHERE status = 'done'`).pluck().get() as number;
    if (done !== posts.length) throw new Error(`expected ${posts.length} inbox rows done, found ${done}`);
  }
  await server.close();
  await adapter.stop();
  db.close();
  log.flush();
  return { acked: posts.length / (ackedMs / 1000), processed: posts.length / (processedMs / 1000) };
}

async function median<T>(measure: () => Promise<T>, rate: (result: T) => number): Promise<T> {
  await measure();
  const results = [await measure(), await measure(), await measure()].sort((a, b) => rate(a) - rate(b));
  return results[1] as T;
}

const processed = (result: Rates): number => result.processed;
const baseline = await median(() => bare(bodies('@bot 帮助')), (rate) => rate);
const line = (label: string, rate: number, extra = ''): void =>
  console.log(`${label.padEnd(48)} ${rate.toFixed(0).padStart(7)} events/s   ${(rate / baseline).toFixed(2)}x baseline${extra}`);
const row = (label: string, result: Rates): void =>
  line(label, result.processed, `   (acked ${result.acked.toFixed(0)}/s, ${(result.acked / baseline).toFixed(2)}x)`);

console.log(`webhook events over HTTP on 127.0.0.1, ${EVENTS} per run, ${CONNECTIONS} connections, median of 3; gi-bot rows count processed events`);
line('baseline: SDK EventDispatcher, verify+decrypt+ack', baseline);
row('gi-bot route + SQLite dedupe', await median(() => ours(bodies('@bot 帮助'), false), processed));
row('gi-bot route + dedupe + bot core (help)', await median(() => ours(bodies('@bot 帮助'), true), processed));
row('gi-bot route + dedupe + bot core (Q&A answer)', await median(() => ours(bodies('@bot 申报书什么时候截止？'), true), processed));

await fake.close();
rmSync(dir, { recursive: true, force: true });
