import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';

/**
 * The database runs WAL with synchronous=NORMAL: a commit is written to the log (the OS keeps
 * it) without waiting for the disk. That survives the process dying at any point, which this
 * test does for real: a child process commits dialog turns and kills itself with SIGKILL, never
 * closing or checkpointing; every turn whose promise resolved is in the file afterwards. (A
 * power cut or kernel crash can still lose the last commits before the next checkpoint: see
 * README, "Durability".)
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-bot-crash-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const runChild = (path: string): Promise<{ stdout: string; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'test/store/crash-child.ts', path], (error, stdout) => {
      resolve({ stdout, signal: (error as { signal?: NodeJS.Signals } | null)?.signal ?? null });
    });
  });

describe('durability across a process crash', () => {
  it('keeps every committed turn when the process is killed with the commits only in the WAL', async () => {
    const path = join(dir, 'crash.db');
    const { stdout, signal } = await runChild(path);
    expect(signal).toBe('SIGKILL');
    const reported = JSON.parse(stdout) as { turns: number; synchronous: number };
    expect(reported).toEqual({ turns: 20 * 5, synchronous: 1 });
    // The commits sit in the log, never copied into the database file.
    expect(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0).toBe(true);

    const db = openDatabase(path);
    const count = (sql: string) => db.prepare(sql).pluck().get();
    expect(count(`SELECT COUNT(*) FROM inbox WHERE status = 'done'`)).toBe(reported.turns);
    expect(count(`SELECT COUNT(*) FROM inbox WHERE status <> 'done'`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM nominations WHERE status = 'draft'`)).toBe(20);
    expect(count(`SELECT COUNT(*) FROM nomination_audit WHERE action = 'set'`)).toBeGreaterThanOrEqual(20 * 4);
    // Every turn's replies, queued in its commit.
    expect(count(`SELECT COUNT(*) FROM inbox i WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.key LIKE 'reply:' || i.key || ':%')`)).toBe(reported.turns);
    db.close();
  });
});
