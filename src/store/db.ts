import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Migration files are `NNN_name.sql`, applied in number order, each once, each in a transaction. */
export function migrationFiles(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: readFileSync(join(MIGRATIONS_DIR, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations not applied yet (all of them unless told which: tests build older schemas). */
export function migrate(db: Db, migrations: Migration[] = migrationFiles()): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const ran: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
    ran.push(migration.version);
  }
  return ran;
}

export interface OpenOptions {
  /**
   * Leave WAL checkpoints to the work thread (`checkpoint-loop.ts`) instead of running them
   * inside whichever write happens to fill the log: a checkpoint copies the log into the
   * database file and waits for the disk (fsync), which would stall that thread's event loop.
   */
  backgroundCheckpoints?: boolean;
}

/** Keeps the log file from staying large after a burst (it is reused from the start after each full checkpoint). */
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** Opens (creating folders as needed) a database in WAL mode and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  if (options.backgroundCheckpoints) db.pragma('wal_autocheckpoint = 0');
  migrate(db);
  return db;
}
