/**
 * The HTTP benchmark's fixture: a migrated SQLite file with `count` seeded nominations, the
 * console server over it and a signed-in coordinator session. Shared by run.ts (autocannon)
 * and profile.ts (in-process app.fetch under node --cpu-prof) so both measure the same data.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNominationsView } from '../../src/http/providers/nominations.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import type { QaEngine } from '../../src/qa/types.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createNomination, setField, setStatus } from '../../src/store/nominations.js';
import { insertSession } from '../../src/store/sessions.js';

/** A seeded console server; `sessionId` is the cookie value of an all-province coordinator. */
export interface BenchFixture {
  server: HttpServer;
  sessionId: string;
  seedMs: number;
  cleanup: () => void;
}

const PROVINCES = ['北京市', '浙江省', '江苏省', '四川省', '云南省', '广东省', '山东省', '福建省', '贵州省', '湖北省'];
// The field ids the product's form uses (src/service.ts), so the statistics columns and index of migration 009 apply.
const FIELDS = [
  { id: 'gi_name', label: '产品名称', required: true },
  { id: 'province', label: '所在省份', required: true },
  { id: 'annual_output_value', label: '年产值', required: true },
  { id: 'employees', label: '带动就业人数', required: true },
];

/** `count` nominations over ten provinces, half submitted, with shuffled edit times. */
export function seedNominations(db: Db, count: number): void {
  const value = (v: string | number): FieldValue => ({ raw: String(v), value: v, display: String(v) });
  db.transaction(() => {
    const start = Date.parse('2026-03-01T00:00:00Z');
    for (let i = 0; i < count; i++) {
      // Distinct, shuffled edit times so the list's ORDER BY updated_at has real work to do.
      const at = new Date(start + ((i * 7919) % count) * 60_000);
      const owner = { platform: 'feishu', id: `ou_${i % 700}` };
      const record = createNomination(db, { formVersion: 'bench', owner, ownerName: `填报人${i % 700}`, at });
      const province = PROVINCES[i % PROVINCES.length]!;
      setField(db, record.id, 'gi_name', value(`地标产品${i}`), owner, at);
      setField(db, record.id, 'province', value(province), owner, at);
      setField(db, record.id, 'annual_output_value', value(1e6 * (i % 97)), owner, at);
      if (i % 3) setField(db, record.id, 'employees', value(i % 500), owner, at);
      if (i % 2) setStatus(db, record.id, 'submitted', owner, at);
    }
  })();
}

export function createBenchFixture(count: number): BenchFixture {
  const dir = mkdtempSync(join(tmpdir(), 'gi-bench-http-'));
  const knowledgeDir = join(dir, 'knowledge');
  mkdirSync(knowledgeDir);
  writeFileSync(join(knowledgeDir, 'notice.md'), '# 通知\n');
  const db = openDatabase(join(dir, 'bench.db'));

  const seeded = performance.now();
  seedNominations(db, count);
  const seedMs = performance.now() - seeded;

  const qa: QaEngine = {
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
      titleField: 'gi_name',
      outputValueField: 'annual_output_value',
      employmentField: 'employees',
      quotas: () => Object.fromEntries(PROVINCES.map((province) => [province, 30])),
      exporters: { csv: notUsed, xlsx: notUsed, docx: notUsed, summary: notUsed },
    }),
  });
  const { id: sessionId } = insertSession(db, { platform: 'web', userId: 'admin', role: { kind: 'coordinator', scope: '*' } }, new Date(), 3600_000);
  return {
    server,
    sessionId,
    seedMs,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
