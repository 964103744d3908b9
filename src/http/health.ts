import type { Hono } from 'hono';
import type { CoreStatus } from '../bot/thread-pipeline.js';
import type { AdapterStatus } from '../platform.js';
import { outboxBacklog } from '../store/outbox.js';
import type { HttpEnv, HttpServerOptions } from './types.js';
import { errorText } from '../errors.js';

/** What /readyz reports. Ready means: the database answers, the index has documents, the bot core runs, every adapter is connected. */
export interface Readiness {
  ready: boolean;
  database: { ok: boolean; error?: string };
  index: { ok: boolean; documents: number };
  adapters: AdapterStatus[];
  outbox: { platform: string; pending: number; failed: number }[];
  core: CoreStatus;
}

export function checkReadiness(options: Pick<HttpServerOptions, 'db' | 'qa' | 'status' | 'core'>): Readiness {
  let database: Readiness['database'] = { ok: true };
  let outbox: Readiness['outbox'] = [];
  try {
    options.db.prepare('SELECT 1').get();
    outbox = outboxBacklog(options.db).map((row) => ({ platform: row.platform, pending: row.pending ?? 0, failed: row.failed ?? 0 }));
  } catch (error) {
    database = { ok: false, error: errorText(error) };
  }
  const documents = options.qa.documents().length;
  const adapters = options.status();
  const core = options.core?.() ?? { thread: false, running: true, restarts: 0 };
  return {
    ready: database.ok && documents > 0 && core.running && adapters.every((adapter) => adapter.connected),
    database,
    index: { ok: documents > 0, documents },
    adapters,
    outbox,
    core,
  };
}

export function mountHealth(app: Hono<HttpEnv>, options: HttpServerOptions): void {
  app.get('/healthz', (c) => c.json({ ok: true }, 200, { 'cache-control': 'no-store' }));
  app.get('/readyz', (c) => {
    const readiness = checkReadiness(options);
    if (!readiness.ready) c.get('log').debug({ readiness }, 'not ready');
    return c.json(readiness, readiness.ready ? 200 : 503, { 'cache-control': 'no-store' });
  });
}
