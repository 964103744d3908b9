import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/temp-db.js';
import { reminderRows, subscribeAt } from './helpers.js';

const run = promisify(execFile);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('two scheduler processes on one database', () => {
  it('tick concurrently over the same minutes and queue each reminder once', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    for (let i = 0; i < 300; i++) subscribeAt(t.db, '2026-05-01T00:00:00Z', { chatId: `p2p:u${i}` });
    const args = ['--import', 'tsx', 'test/reminders/tick-worker.ts', t.path, '2026-05-26T16:00:00Z', '2026-06-10T16:00:00Z', '60000'];
    const [a, b] = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    const counts = [Number(a.stdout.trim()), Number(b.stdout.trim())];
    // Five offsets × 300 subscribers, split between the two however the race went.
    expect(counts[0]! + counts[1]!).toBe(1500);
    const rows = reminderRows(t.db);
    expect(rows).toHaveLength(1500);
    expect(new Set(rows.map((row) => row.key)).size).toBe(1500);
  }, 120_000);
});
