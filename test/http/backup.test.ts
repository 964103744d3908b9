import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import backup, { backupDatabase } from '../../src/commands/backup.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { enqueue } from '../../src/store/outbox.js';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-backup-'));
  db = openDatabase(join(dir, 'live.db'));
});
afterEach(() => {
  db.close();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const count = (path: string): number => {
  const copy = new Database(path, { readonly: true });
  try {
    return copy.prepare('SELECT COUNT(*) FROM outbox').pluck().get() as number;
  } finally {
    copy.close();
  }
};

describe('gi-bot backup', () => {
  it('copies committed rows still in the WAL while the service holds the database open', async () => {
    for (let i = 0; i < 50; i++) enqueue(db, `k${i}`, { platform: 'feishu', chatId: 'oc' }, { text: `消息${i}` }, new Date());
    const result = await backupDatabase(join(dir, 'live.db'), join(dir, 'copy.db'));
    expect(result.bytes).toBeGreaterThan(0);
    expect(count(result.path)).toBe(50);
    expect(existsSync(`${result.path}.partial`)).toBe(false);
    enqueue(db, 'later', { platform: 'feishu', chatId: 'oc' }, { text: '之后' }, new Date());
    expect(count(result.path)).toBe(50);
  });

  it('prints the path and size, refuses to overwrite without --force, and needs --out', async () => {
    vi.stubEnv('DATABASE_PATH', join(dir, 'live.db'));
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    const target = join(dir, 'b.db');
    expect(await backup(['--out', target])).toBe(0);
    expect(out.join('')).toMatch(new RegExp(`备份已写入 ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（\\d+ 字节`));
    expect(await backup(['--out', target])).toBe(1);
    expect(err.join('')).toContain('--force');
    expect(await backup(['--out', target, '--force', '--json'])).toBe(0);
    expect(JSON.parse(out.at(-1) ?? '{}')).toMatchObject({ path: target });
    expect(await backup([])).toBe(2);
    expect(await backup(['--out', join(dir, 'live.db'), '--force'])).toBe(2);
    expect(await backup(['--bogus'])).toBe(2);
  });

  it('says which setting to fix when there is no database', async () => {
    vi.stubEnv('DATABASE_PATH', join(dir, 'missing.db'));
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    expect(await backup(['--out', join(dir, 'x.db')])).toBe(1);
    expect(err.join('')).toContain('DATABASE_PATH');
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });
});
