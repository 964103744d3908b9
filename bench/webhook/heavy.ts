/**
 * Acknowledgement latency of Feishu webhook events while the service does its heaviest jobs:
 * a re-index of the 1,000-document generated corpus (bench/retrieval/corpus.ts, written into
 * the knowledge folder as an upload would) and an XLSX export of 5,000 nominations, both asked
 * the way the web console asks them. The service is the app `src/main.ts` composes, with the
 * Feishu adapter (real SDK) in webhook mode behind the service's HTTP server; events arrive
 * signed and encrypted over keep-alive connections, each timed from the first byte sent to the
 * response read, for as long as the jobs run.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createFeishuAdapter, FEISHU_EVENTS_PATH, type FeishuAdapter } from '../../adapters/feishu/index.js';
import { parseConfig } from '../../src/config.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger, silentLogger, type Logger } from '../../src/log.js';
import { createApp } from '../../src/main.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { openDatabase } from '../../src/store/db.js';
import { signedPost, TEST_TOKEN, textEvent } from '../../test/helpers/fake-feishu/events.js';
import type { FakeFeishu } from '../../test/helpers/fake-feishu/server.js';
import { seedNominations } from '../http/fixture.js';
import { generateCorpus } from '../retrieval/corpus.js';

export const KEY = 'bench-encrypt-key';
const DOCUMENTS = 1000;
const NOMINATIONS = 5000;
/** Closed-loop clients posting events while the jobs run. */
const CLIENTS = 4;

export interface HeavyRow {
  acks: number;
  p50: number;
  p99: number;
  max: number;
  /** Acknowledgements slower than Feishu's 3 s redelivery limit. */
  over3s: number;
  reindexMs: number;
  exportMs: number;
}

/** The Feishu adapter in webhook mode against the fake, with the benches' encrypt key. */
export function benchFeishuAdapter(fake: FakeFeishu, botName: string, log: Logger): FeishuAdapter {
  return createFeishuAdapter({
    appId: fake.appId,
    appSecret: fake.appSecret,
    mode: 'webhook',
    domain: fake.url,
    encryptKey: KEY,
    verificationToken: TEST_TOKEN,
    botName,
    eventMaxAgeSeconds: 3600,
    log,
    clock: () => new Date(),
  });
}

function markdown(document: SourceDocument): string {
  const body = document.blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text)).join('\n\n');
  return `---\ntitle: ${document.title}\ndoc_number: ${document.docNumber ?? ''}\n---\n\n# ${document.title}\n\n${body}\n`;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

export async function heavyJobsLatency(fake: FakeFeishu, dir: string, botThread: boolean): Promise<HeavyRow> {
  const root = join(dir, `heavy-${botThread}`);
  const knowledge = join(root, 'knowledge');
  mkdirSync(root, { recursive: true });
  cpSync('knowledge', knowledge, { recursive: true });
  const config = parseConfig({ DATABASE_PATH: join(root, 'gi-bot.db'), KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'warn', REMINDERS_ENABLED: 'false', ADMIN_TOKEN: 'bench-admin-token-0123456789' });
  const seed = openDatabase(config.DATABASE_PATH);
  seedNominations(seed, NOMINATIONS);
  seed.close();

  const log = createLogger(config.LOG_LEVEL);
  const clock = () => new Date();
  const adapter = benchFeishuAdapter(fake, config.BOT_NAME, silentLogger);
  const app = await createApp(config, { log, adapters: [adapter], botThread });
  // Sending is not measured (as in the throughput rows): the adapter takes events, no sender runs.
  await adapter.start(app.pipeline.sink);
  const http = createHttpServer({ config, db: app.db, log, clock, qa: app.web.qa!, chat: async () => [], routes: adapter.routes(), status: () => [adapter.status()] });
  const server = await http.listen(0, '127.0.0.1');
  const url = `${server.url}${FEISHU_EVENTS_PATH}`;

  const { documents } = await loadKnowledge('knowledge', silentLogger);
  const notice = documents.find((d) => d.doc === '2023-14-gi-key-contact-guidance-notice') ?? (documents[0] as SourceDocument);
  mkdirSync(join(knowledge, 'generated'));
  generateCorpus(notice, DOCUMENTS).forEach((document, i) => writeFileSync(join(knowledge, 'generated', `${i}.md`), markdown(document)));

  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const post = (text: string, chat: number): Promise<number> => {
    const now = new Date();
    const body = signedPost(textEvent({ now, text: `@bot ${text}`, botOpenId: fake.botOpenId, chatId: `oc_heavy_${chat}` }), { encryptKey: KEY, now });
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', agent, headers: { ...body.headers, 'content-length': Buffer.byteLength(body.body) } }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`refused with ${response.statusCode}`))));
      });
      request.on('error', reject);
      request.end(body.body);
    });
  };

  let running = true;
  const timed = async <T>(work: () => Promise<T>): Promise<number> => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const jobs = Promise.all([
    timed(() => app.web.qa!.ingest()),
    timed(() => app.web.nominations!.exportFile('xlsx', {})),
  ]).finally(() => {
    running = false;
  });
  const latencies: number[] = [];
  const client = async (id: number): Promise<void> => {
    for (let i = 0; running; i++) latencies.push(await post(i % 2 ? '帮助' : '申报书什么时候截止？', id * 1000 + (i % 10)));
  };
  const [[reindexMs, exportMs]] = await Promise.all([jobs, ...Array.from({ length: CLIENTS }, (_, id) => client(id))]);

  agent.destroy();
  await app.pipeline.idle();
  await server.close();
  // Replies are not measured, and thousands queued would take the fake minutes at Feishu's rate.
  app.db.prepare('DELETE FROM outbox').run();
  await app.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    acks: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    over3s: sorted.filter((ms) => ms > 3000).length,
    reindexMs: reindexMs ?? 0,
    exportMs: exportMs ?? 0,
  };
}
