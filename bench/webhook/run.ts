/**
 * Webhook events per second through gi-bot's Feishu route next to the baseline measured in
 * the same run: the SDK's bare `EventDispatcher` behind its own `adaptDefault` HTTP adaptor,
 * verifying the signature, decrypting and only acknowledging. Both are real HTTP servers on
 * 127.0.0.1, driven over keep-alive connections with the same kind of encrypted, signed
 * bodies (each event unique, so no run is helped by dedupe). gi-bot is mounted the way the
 * service mounts it (its own HTTP server) with the service's loggers at the production level
 * `info`, and measured until every event was processed: signature, token and timestamp
 * checks, decryption, normalization, the inbox claim in SQLite (acknowledged after it), the
 * turn, its reply committed to the outbox and the inbox row marked done. Sending is not
 * measured.
 *
 * Rows: the service's configuration (BOT_THREAD on: the bot core in its own thread) for the
 * help command and for Q&A answers from the real index (the sample evaluation questions in
 * turn), and the same Q&A with BOT_THREAD off (everything in the main thread). gi-bot rows
 * show processed events per second and, in brackets, acknowledged events per second. Each
 * figure is the median of three runs after one warm-up run. Then acknowledgement latency
 * (p50/p99) while a re-index and an XLSX export run in the service (heavy.ts), both ways.
 *
 *   node --import tsx bench/webhook/run.ts [events] [connections] 2>bench-webhook.log
 *
 * (the service logs one JSON line per handled message to stderr, from both threads).
 */
import { adaptDefault, EventDispatcher, LoggerLevel } from '@larksuiteoapi/node-sdk';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEISHU_EVENTS_PATH } from '../../adapters/feishu/index.js';
import { buildBotCore } from '../../src/core.js';
import type { Pipeline } from '../../src/bot/pipeline.js';
import { startThreadPipeline, type ThreadPipeline } from '../../src/bot/thread-pipeline.js';
import { startWorkThread, type WorkThread } from '../../src/bot/work.js';
import { systemClock } from '../../src/clock.js';
import { parseConfig, type Config } from '../../src/config.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger, silentLogger } from '../../src/log.js';
import { decliningQa } from '../../test/helpers/chat.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { signedPost, TEST_TOKEN, textEvent } from '../../test/helpers/fake-feishu/events.js';
import { startFakeFeishu } from '../../test/helpers/fake-feishu/server.js';
import { benchFeishuAdapter, heavyJobsLatency, KEY } from './heavy.js';

const EVENTS = Number(process.argv[2] ?? 5000);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, trace: () => undefined };
const QUESTIONS = readFileSync('test/fixtures/eval/qa-sample.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { q: string }).q);

const fake = await startFakeFeishu();
const dir = mkdtempSync(join(tmpdir(), 'gi-bot-bench-webhook-'));
let runs = 0;

type Post = { body: string; headers: Record<string, string> };

function bodies(texts: string[]): Post[] {
  const now = new Date();
  return Array.from({ length: EVENTS }, (_, i) =>
    signedPost(textEvent({ now, text: `@bot ${texts[i % texts.length]}`, botOpenId: fake.botOpenId, chatId: `oc_bench_${i % 50}` }), { encryptKey: KEY, now }),
  );
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

interface Rates {
  /** Events answered 200 per second (the acknowledgement Feishu waits for). */
  acked: number;
  /** Events fully processed per second (turn and reply committed to the outbox, inbox row done). */
  processed: number;
}

/** The pipeline as the service builds it, in the bot thread or in this one. */
async function pipelineFor(config: Config, db: Db, botThread: boolean): Promise<{ pipeline: Pipeline; thread?: ThreadPipeline; work?: WorkThread }> {
  const log = createLogger(config.LOG_LEVEL);
  const privateChat = async (_platform: string, userId: string) => ({ platform: 'feishu' as const, chatId: userId, userId });
  if (botThread) {
    const work = await startWorkThread(config, log);
    const thread = await startThreadPipeline({ config, log, privateChat, onCommitted: () => undefined, work, coordinatorChats: [] });
    return { pipeline: thread, thread, work };
  }
  const core = await buildBotCore(config, { db, log, clock: systemClock, onQueued: () => undefined, coordinatorChats: [], service: false, privateChat });
  return { pipeline: core.pipeline };
}

interface Service {
  url: string;
  pipeline: Pipeline;
  db: Db;
  stop(): Promise<void>;
}

/** gi-bot's route and pipeline on a fresh database, mounted by the service's own HTTP server. */
async function startOurs(botThread: boolean): Promise<Service> {
  const run = ++runs;
  const config = parseConfig({ DATABASE_PATH: join(dir, `run-${run}.db`), KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'info' });
  // As the service opens it: with the bot thread, the work thread runs the checkpoints.
  const db: Db = openDatabase(config.DATABASE_PATH, { backgroundCheckpoints: botThread });
  const log = createLogger(config.LOG_LEVEL);
  const adapter = benchFeishuAdapter(fake, config.BOT_NAME, log.child({ platform: 'feishu' }));
  const { pipeline, thread, work } = await pipelineFor(config, db, botThread);
  await adapter.start(pipeline.sink);
  const http = createHttpServer({
    config: { ...config, ADMIN_TOKEN: 'bench-admin-token-0123456789' },
    db,
    log,
    clock: systemClock,
    qa: decliningQa,
    chat: async () => [],
    routes: adapter.routes(),
    status: () => [adapter.status()],
  });
  const server = await http.listen(0, '127.0.0.1');
  return {
    url: `${server.url}${FEISHU_EVENTS_PATH}`,
    pipeline,
    db,
    async stop() {
      await server.close();
      await adapter.stop();
      await thread?.close();
      await work?.close();
      db.close();
    },
  };
}

/** One load against a running service, timed until every event was processed. */
async function measure(service: Service, posts: Post[]): Promise<Rates> {
  const count = (sql: string): number => service.db.prepare(sql).pluck().get() as number;
  const doneBefore = count(`SELECT COUNT(*) FROM inbox WHERE status = 'done'`);
  const started = performance.now();
  await load(service.url, posts);
  const ackedMs = performance.now() - started;
  await service.pipeline.idle();
  const processedMs = performance.now() - started;
  const done = count(`SELECT COUNT(*) FROM inbox WHERE status = 'done'`) - doneBefore;
  if (done !== posts.length) throw new Error(`expected ${posts.length} turns done, found ${done}`);
  return { acked: posts.length / (ackedMs / 1000), processed: posts.length / (processedMs / 1000) };
}

/** The median of three loads after one warm-up load, all against one running service (as the baseline). */
async function ours(texts: string[], botThread: boolean): Promise<Rates> {
  const service = await startOurs(botThread);
  try {
    return await median(() => measure(service, bodies(texts)), processed);
  } finally {
    await service.stop();
  }
}

const processed = (result: Rates): number => result.processed;

async function median<T>(measure: () => Promise<T>, rate: (result: T) => number): Promise<T> {
  await measure();
  const results = [await measure(), await measure(), await measure()].sort((a, b) => rate(a) - rate(b));
  return results[1] as T;
}

const baseline = await median(() => bare(bodies(['帮助'])), (rate) => rate);
const line = (label: string, rate: number, extra = ''): void =>
  console.log(`${label.padEnd(52)} ${rate.toFixed(0).padStart(7)} events/s   ${(rate / baseline).toFixed(2)}x baseline${extra}`);
const row = (label: string, result: Rates): void =>
  line(label, result.processed, `   (acked ${result.acked.toFixed(0)}/s, ${(result.acked / baseline).toFixed(2)}x)`);

console.log(`webhook events over HTTP on 127.0.0.1, ${EVENTS} per run, ${CONNECTIONS} connections, 50 chats, median of 3; gi-bot rows count processed events`);
line('baseline: SDK EventDispatcher, verify+decrypt+ack', baseline);
row('gi-bot, bot thread (service default): help', await ours(['帮助'], true));
row('gi-bot, bot thread (service default): Q&A answers', await ours(QUESTIONS, true));
row('gi-bot, BOT_THREAD=false: Q&A answers', await ours(QUESTIONS, false));

console.log(`\nacknowledgement latency while a re-index of 1,000 documents and an XLSX export of 5,000 nominations run (target p99 < 200 ms)`);
for (const botThread of [true, false]) {
  const heavy = await heavyJobsLatency(fake, dir, botThread);
  console.log(
    `${(botThread ? 'gi-bot, bot + work threads (service default)' : 'gi-bot, BOT_THREAD=false').padEnd(52)} p50 ${heavy.p50.toFixed(1).padStart(7)} ms   p99 ${heavy.p99.toFixed(1).padStart(7)} ms   max ${heavy.max.toFixed(0).padStart(6)} ms   ${heavy.acks} acks, ${heavy.over3s} over 3 s   (re-index ${(heavy.reindexMs / 1000).toFixed(1)} s, export ${(heavy.exportMs / 1000).toFixed(1)} s)`,
  );
}

await fake.close();
rmSync(dir, { recursive: true, force: true });
