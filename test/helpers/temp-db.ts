import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/store/db.js';

/** A real SQLite file in a fresh temp folder; `cleanup` closes and deletes it. */
export function tempDb(): { db: Db; path: string; dir: string; reopen(): Db; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-test-'));
  const path = join(dir, 'test.db');
  const opened: Db[] = [openDatabase(path)];
  return {
    db: opened[0] as Db,
    path,
    dir,
    reopen() {
      const db = openDatabase(path);
      opened.push(db);
      return db;
    },
    cleanup() {
      for (const db of opened) if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
