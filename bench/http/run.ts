/**
 * HTTP benchmark: requests per second and p99 latency of /readyz and the nominations list
 * (5,000 seeded nominations, first page), against a bare hono "ok" route measured in the same
 * run on 127.0.0.1. Run: node --import tsx bench/http/run.ts [--seconds 5] [--connections 10]
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createNominationsView } from '../../src/http/providers/nominations.js';
import { createHttpServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import type { FieldValue } from '../../src/nomination/types.js';
import type { QaService } from '../../src/qa/types.js';
import { openDatabase } from '../../src/store/db.js';
import { createNomination, setField, setStatus } from '../../src/store/nominations.js';
import { insertSession } from '../../src/store/sessions.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' }, count: { type: 'string', default: '5000' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const count = Number(values.count);

const PROVINCES = ['北京市', '浙江省', '江苏省', '四川省', '云南省', '广东省', '山东省', '福建省', '贵州省', '湖北省'];
const FIELDS = [
  { id: 'productName', label: '产品名称', required: true },
  { id: 'province', label: '所在省份', required: true },
  { id: 'outputValue', label: '年产值', required: true },
  { id: 'employment', label: '带动就业人数', required: true },
];

const dir = mkdtempSync(join(tmpdir(), 'gi-bench-http-'));
const knowledgeDir = join(dir, 'knowledge');
mkdirSync(knowledgeDir);
writeFileSync(join(knowledgeDir, 'notice.md'), '# 通知\n');
const db = openDatabase(join(dir, 'bench.db'));

const value = (v: string | number): FieldValue => ({ raw: String(v), value: v, display: String(v) });
const seeded = performance.now();
db.transaction(() => {
  const at = new Date('2026-03-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const owner = { platform: 'feishu', id: `ou_${i % 700}` };
    const record = createNomination(db, { formVersion: 'bench', owner, ownerName: `填报人${i % 700}`, at });
    const province = PROVINCES[i % PROVINCES.length]!;
    setField(db, record.id, 'productName', value(`地标产品${i}`), owner, at);
    setField(db, record.id, 'province', value(province), owner, at);
    setField(db, record.id, 'outputValue', value(1e6 * (i % 97)), owner, at);
    if (i % 3) setField(db, record.id, 'employment', value(i % 500), owner, at);
    if (i % 2) setStatus(db, record.id, 'submitted', owner, at);
  }
})();
const seedMs = performance.now() - seeded;

const qa: QaService = {
  ask: async (question) => ({ question, answer: '', declined: true, citations: [] }),
  isSurelyRelevant: () => false,
  ingest: async () => ({ documents: [], skipped: [] }),
  sectionText: () => undefined,
  documents: () => [{ doc: 'notice', title: '通知', chunks: 12 }],
};
const notUsed = async (): Promise<never> => {
  throw new Error('exports are not benchmarked');
};
const server = createHttpServer({
  config: { ADMIN_TOKEN: 'bench-admin-token-000000', SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: knowledgeDir, BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
  db,
  log: silentLogger,
  clock: () => new Date(),
  qa,
  chat: async () => [],
  routes: [],
  status: () => [{ platform: 'web', connected: true }],
  nominations: createNominationsView({
    db,
    fields: FIELDS,
    titleField: 'productName',
    outputValueField: 'outputValue',
    employmentField: 'employment',
    quotas: () => Object.fromEntries(PROVINCES.map((province) => [province, 30])),
    exporters: { csv: notUsed, xlsx: notUsed, docx: notUsed, summary: notUsed },
  }),
});
const app = await server.listen(0, '127.0.0.1');
const { id: sessionId } = insertSession(db, { platform: 'web', userId: 'admin', role: { kind: 'coordinator', scope: '*' } }, new Date(), 3600_000);

const bare = new Hono();
bare.get('/ok', (c) => c.text('ok'));
const baseline = await new Promise<{ url: string; close: () => void }>((resolve) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ url: `http://127.0.0.1:${info.port}`, close: () => s.close() }));
});

async function measure(name: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { name, rps: result.requests.average, p99: result.latency.p99 };
}

const results = [
  await measure('baseline: bare hono "ok"', `${baseline.url}/ok`),
  await measure('/readyz', `${app.url}/readyz`),
  await measure(`/nominations (${count} seeded, page 1)`, `${app.url}/nominations`, { cookie: `gi_session=${sessionId}`, accept: 'text/html' }),
  await measure(`/nominations?province=浙江省&q=产品1`, `${app.url}/nominations?province=${encodeURIComponent('浙江省')}&q=${encodeURIComponent('产品1')}`, {
    cookie: `gi_session=${sessionId}`,
    accept: 'text/html',
  }),
];
const base = results[0]!;

console.log(`\nHTTP benchmark: ${seconds}s each, ${connections} connections, 127.0.0.1 (seeded ${count} nominations in ${Math.round(seedMs)} ms)\n`);
console.log(`${'endpoint'.padEnd(44)}${'req/s'.padStart(10)}${'p99 ms'.padStart(10)}${'rps ÷ baseline'.padStart(17)}${'p99 × baseline'.padStart(17)}`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(44)}${r.rps.toFixed(0).padStart(10)}${r.p99.toFixed(1).padStart(10)}${(r.rps / base.rps).toFixed(3).padStart(17)}${(r.p99 / Math.max(base.p99, 0.001)).toFixed(1).padStart(17)}`,
  );
}

baseline.close();
await app.close();
db.close();
rmSync(dir, { recursive: true, force: true });
