import { existsSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWorkThread, type WorkThread } from '../../src/bot/work.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { openDatabase } from '../../src/store/db.js';
import { tempDb } from '../helpers/temp-db.js';

let store: ReturnType<typeof tempDb> | undefined;
let checkpointer: WorkThread | undefined;

/** The work thread checkpoints the log every `intervalMs`. */
const startCheckpointer = (path: string, intervalMs: number): Promise<WorkThread> =>
  startWorkThread(parseConfig({ DATABASE_PATH: path, KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'silent' }), silentLogger, intervalMs);

afterEach(async () => {
  vi.restoreAllMocks();
  await checkpointer?.close();
  checkpointer = undefined;
  store?.cleanup();
  store = undefined;
});

const size = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A database whose writes stay in the log until something checkpoints it. */
function logOnlyDatabase() {
  store = tempDb();
  store.db.close();
  const db = openDatabase(store.path, { backgroundCheckpoints: true });
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const write = (rows: number) => {
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run('地理标志'.repeat(50));
    })();
  };
  return { db, path: store.path, write };
}

describe('checkpoints on the work thread', () => {
  it('leaves the log alone on connections opened for background checkpoints', () => {
    const { db, path, write } = logOnlyDatabase();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = size(path);
    write(5000);
    expect(size(path)).toBe(before);
    expect(size(`${path}-wal`)).toBeGreaterThan(1_000_000);
    db.close();
  });

  it('copies the log into the database file while the writer goes on, and empties it on stop', async () => {
    const { db, path, write } = logOnlyDatabase();
    const before = size(path);
    checkpointer = await startCheckpointer(path, 20);
    write(5000);
    await eventually(() => size(path) > before + 1_000_000);
    write(100);
    db.close();
    await checkpointer.close();
    checkpointer = undefined;
    expect(size(`${path}-wal`)).toBe(0);
    const reopened = openDatabase(path);
    expect(reopened.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(5100);
    reopened.close();
  });

  it('starts a new work thread when one dies, and checkpoints go on', async () => {
    const threads: Worker[] = [];
    const on = Worker.prototype.on;
    vi.spyOn(Worker.prototype, 'on').mockImplementation(function (this: Worker, event: string | symbol, listener: Parameters<Worker['on']>[1]) {
      if (!threads.includes(this)) threads.push(this);
      return on.call(this, event, listener);
    });
    const { db, path, write } = logOnlyDatabase();
    checkpointer = await startCheckpointer(path, 20);
    await eventually(() => threads.length === 1);
    await threads[0]?.terminate();
    // The replacement comes after a pause.
    await eventually(() => threads.length === 2, 10_000);
    const before = size(path);
    write(5000);
    await eventually(() => size(path) > before + 1_000_000);
    db.close();
  }, 40_000);
});
