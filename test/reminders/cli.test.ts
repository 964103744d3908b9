import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/temp-db.js';
import { subscribeAt } from './helpers.js';

const run = promisify(execFile);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['src/gi-bot.mjs', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });

describe('gi-bot reminders', () => {
  it('list --json prints upcoming occurrences with days left', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const { stdout } = await cli(['reminders', 'list', '--now', '2023-04-01T02:00:00Z', '--days', '40', '--json'], { DATABASE_PATH: t.path });
    const out = JSON.parse(stdout) as { items: { eventId: string; start: string; daysLeft: number }[] };
    expect(out.items.map((i) => [i.eventId, i.start, i.daysLeft])).toEqual([
      ['national-ip-week', '2023-04-20', 19],
      ['world-ip-day', '2023-04-26', 25],
      ['gi-list-2023-nomination', '2023-05-08', 37],
      ['china-brand-day', '2023-05-10', 39],
    ]);
  }, 60_000);

  it('tick --now --json queues what is due once, and reports late and missed ones', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    subscribeAt(t.db, '2023-04-01T00:00:00Z', { chatId: 'p2p:alice' });
    subscribeAt(t.db, '2023-04-01T00:00:00Z', { chatId: 'g1', chatType: 'group', events: ['gi-list-2023-nomination'] });
    const env = { DATABASE_PATH: t.path };
    const first = JSON.parse((await cli(['reminders', 'tick', '--now', '2023-04-01T00:00:10Z', '--json'], env)).stdout);
    expect(first.queued).toEqual([]);
    const tick = JSON.parse((await cli(['reminders', 'tick', '--now', '2023-04-24T01:00:00Z', '--json'], env)).stdout);
    expect(tick.queued.map((i: { key: string; status: string }) => [i.key, i.status]).sort()).toEqual([
      ['reminder:gi-list-2023-nomination:2023-05-08:14:console:g1', 'sent'],
      ['reminder:gi-list-2023-nomination:2023-05-08:14:console:p2p:alice', 'sent'],
      // Down since 1 April: the 宣传周 (20–26 April) is running, so its latest reminder goes late.
      ['reminder:national-ip-week:2023-04-20:0:console:p2p:alice', 'late'],
      ['reminder:world-ip-day:2023-04-26:3:console:p2p:alice', 'late'],
    ]);
    expect(tick.missed.length).toBeGreaterThan(0);
    const again = JSON.parse((await cli(['reminders', 'tick', '--now', '2023-04-24T01:00:00Z', '--json'], env)).stdout);
    expect(again.queued).toEqual([]);
    const rows = t.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE key LIKE 'reminder:%'`).get() as { n: number };
    expect(rows.n).toBe(4);
  }, 60_000);

  it('tick --dry-run reports what a tick would queue and keeps nothing; the help says a tick is recorded', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    subscribeAt(t.db, '2023-04-01T00:00:00Z', { chatId: 'p2p:alice' });
    const env = { DATABASE_PATH: t.path };
    const count = () => t.db.prepare(`SELECT (SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM reminder_deliveries)`).pluck().get();
    const watermark = () => t.db.prepare('SELECT watermark FROM reminder_state').pluck().get();
    const args = ['reminders', 'tick', '--now', '2023-04-24T01:00:00Z'];
    const dry = await cli([...args, '--dry-run'], env);
    expect(dry.stdout).toMatch(/延迟排队  全国知识产权宣传周  2023年4月20日/);
    expect(dry.stdout).toMatch(/已排队 \d+ 条，错过 \d+ 条。（预览：未写入数据库）/);
    expect(dry.stdout).not.toMatch(/queued|missed/);
    expect([count(), watermark()]).toEqual([0, null]);
    const dryJson = JSON.parse((await cli([...args, '--dry-run', '--json'], env)).stdout);
    const real = JSON.parse((await cli([...args, '--json'], env)).stdout);
    expect(dryJson.dryRun).toBe(true);
    expect(real.queued.map((i: { key: string }) => i.key)).toEqual(dryJson.queued.map((i: { key: string }) => i.key));
    expect(count()).toBe(real.queued.length * 2 + real.missed.length);
    const help = await cli(['reminders'], env).catch((error: { stderr: string; code: number }) => error);
    expect(help).toMatchObject({ code: 2 });
    expect((help as { stderr: string }).stderr).toMatch(/记录在数据库中[\s\S]*--dry-run/);
  }, 60_000);

  it('list says in Chinese what comes next after an empty window and marks what is over 已过期', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const { stdout } = await cli(['reminders', 'list', '--now', '2026-11-30T03:57:00Z'], { DATABASE_PATH: t.path });
    expect(stdout).toMatch(/^未来 90 天内没有已知日程。下一个是全国知识产权宣传周：2027年4月20日至4月26日，还有 141 天。$/m);
    expect(stdout).toMatch(/^2023年5月8日  .*申报截止  已过期$/m);
    expect(stdout).not.toMatch(/days|nothing|left/);
    const json = JSON.parse((await cli(['reminders', 'list', '--now', '2026-11-30T03:57:00Z', '--json'], { DATABASE_PATH: t.path })).stdout);
    expect(json.items).toEqual([]);
    expect(json.next).toMatchObject({ eventId: 'national-ip-week', start: '2027-04-20', daysLeft: 141 });
    expect(json.past.map((p: { start: string }) => p.start)).toContain('2023-05-08');
  }, 60_000);

  it('rejects a malformed --now', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    await expect(cli(['reminders', 'tick', '--now', 'yesterday'], { DATABASE_PATH: t.path })).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
