/**
 * One scheduler tick at growing subscription counts, 100 calendar events, one reminder due per
 * subscription at the measured tick (the peak: everyone's reminder at 09:00). Baseline: the
 * 1,000-subscription tick in the same run. Target: linear growth, under 200 ms at 10,000.
 *
 *   node --import tsx bench/reminders/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/log.js';
import { calendarEntrySchema } from '../../src/reminders/calendar-file.js';
import { createCalendar } from '../../src/reminders/calendar.js';
import { createZone } from '../../src/reminders/dates.js';
import { loadHolidays } from '../../src/reminders/holidays.js';
import { buildPlan, PLAN_HORIZON_MS } from '../../src/reminders/plan.js';
import { createReminderScheduler } from '../../src/reminders/scheduler.js';
import { openDatabase } from '../../src/store/db.js';
import { enqueue } from '../../src/store/outbox.js';
import { DEFAULT_OFFSETS, listSubscriptions, saveSubscription } from '../../src/store/reminder-subscriptions.js';

const holidays = loadHolidays('knowledge/holidays.yaml');
// Event 0 is on 2026-06-10 (its 14-day reminder is due 2026-05-27 09:00 Shanghai); the other 99
// are spread over the following months, so they are computed every tick but not due.
const events = Array.from({ length: 100 }, (_, i) =>
  calendarEntrySchema.parse({
    id: `bench-${i}`,
    title: `活动${i}`,
    kind: i % 10 === 0 ? 'deadline' : 'event',
    date: new Date(Date.UTC(2026, 5, 10) + i * 3 * 86_400_000).toISOString().slice(0, 10),
    source: 'bench',
  }),
);
const BEFORE = new Date('2026-05-27T00:59:00Z');
const DUE = new Date('2026-05-27T01:00:00Z');

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Sample {
  subscriptions: number;
  tickMs: number;
  /** CPU time of the tick: what the tick costs when the machine is shared (wall time includes waiting for a core). */
  tickCpuMs: number;
  queued: number;
  planMs: number;
  noopUs: number;
  enqueueMs: number;
}

function measure(subscriptions: number): Sample {
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const created = new Date('2026-05-01T00:00:00Z');
    db.transaction(() => {
      for (let i = 0; i < subscriptions; i++) {
        const chatId = i % 5 === 0 ? `group-${i}` : `p2p:user-${i}`;
        saveSubscription(
          db,
          {
            platform: i % 2 === 0 ? 'feishu' : 'wechat',
            chatId,
            ref: { platform: i % 2 === 0 ? 'feishu' : 'wechat', chatId },
            chatType: i % 5 === 0 ? 'group' : 'p2p',
            subscriberId: `user-${i}`,
            subscriberRole: 'officer',
            events: undefined,
            excluded: [],
            offsets: DEFAULT_OFFSETS,
            remindAt: 540,
            shift: i % 3 === 0,
          },
          created,
        );
      }
    })();
    const calendar = createCalendar({ db, fileEntries: events });
    const scheduler = createReminderScheduler({ db, clock: () => DUE, calendar, log: silentLogger, tz: 'Asia/Shanghai', cron: '* * * * *', holidays });
    scheduler.tick(BEFORE); // first tick: sets the watermark, like a service that has been running

    // Median of 5: the same peak tick, after forgetting what the previous repetition decided.
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let result = scheduler.tick(BEFORE);
    for (let rep = 0; rep < 5; rep++) {
      db.exec(`DELETE FROM outbox; DELETE FROM reminder_deliveries; UPDATE reminder_state SET watermark = ${BEFORE.getTime()}`);
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      result = scheduler.tick(DUE);
      const used = process.cpuUsage(cpu);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const tickMs = median(times);
    const tickCpuMs = median(cpuTimes);

    // Baseline part: the same tick's pure computation (subscriptions read, occurrences, due times), no writes.
    const planStarted = process.hrtime.bigint();
    buildPlan({
      revision: 0,
      watermark: BEFORE.getTime(),
      now: DUE.getTime(),
      horizonMs: PLAN_HORIZON_MS,
      subscriptions: listSubscriptions(db),
      calendar,
      zone: createZone('Asia/Shanghai'),
      holidays,
      promptAt: 540,
    });
    const planMs = Number(process.hrtime.bigint() - planStarted) / 1e6;

    const noopStarted = process.hrtime.bigint();
    const noops = 1000;
    for (let i = 1; i <= noops; i++) scheduler.tick(new Date(DUE.getTime() + i * 60_000));
    const noopUs = Number(process.hrtime.bigint() - noopStarted) / 1e3 / noops;
    // The floor under the tick: the outbox's own enqueue() for the same number of rows, in one transaction.
    const floorStarted = process.hrtime.bigint();
    db.transaction(() => {
      for (let i = 0; i < subscriptions; i++) enqueue(db, `floor:${i}`, { platform: 'feishu', chatId: `c${i}` }, { text: result.queued.length ? '【活动提醒】活动0：2026年6月10日，还有 14 天。' : '' }, DUE);
    })();
    const enqueueMs = Number(process.hrtime.bigint() - floorStarted) / 1e6;
    return { subscriptions, tickMs, tickCpuMs, queued: result.queued.length, planMs, noopUs, enqueueMs };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

measure(1000); // warm up the JIT and SQLite
const sizes = process.argv[2] ? [Number(process.argv[2])] : [1000, 2500, 5000, 10_000, 20_000];
const samples = sizes.map(measure);
const baseline = samples[0]!;
console.log('reminders bench: one tick, 100 events, one reminder due per subscription (baseline: the 1,000-subscription tick)');
console.log('subscriptions  queued  tick ms  × baseline  cpu ms  × baseline  µs/sub  (no-DB part ms)  (enqueue() alone ms)  no-op tick µs');
for (const s of samples) {
  console.log(
    `${String(s.subscriptions).padStart(13)}  ${String(s.queued).padStart(6)}  ${s.tickMs.toFixed(1).padStart(7)}  ${(s.tickMs / baseline.tickMs).toFixed(2).padStart(10)}  ${s.tickCpuMs.toFixed(1).padStart(6)}  ${(s.tickCpuMs / baseline.tickCpuMs).toFixed(2).padStart(10)}  ${((s.tickMs * 1000) / s.subscriptions).toFixed(1).padStart(6)}  ${s.planMs.toFixed(1).padStart(15)}  ${s.enqueueMs.toFixed(1).padStart(20)}  ${s.noopUs.toFixed(1).padStart(13)}`,
  );
}
const at10k = samples.find((s) => s.subscriptions === 10_000);
if (at10k) {
  console.log(
    `10,000 subscriptions: ${at10k.tickMs.toFixed(1)} ms wall, ${at10k.tickCpuMs.toFixed(1)} ms CPU (target < 200 ms) — ${at10k.tickMs < 200 ? 'OK' : 'OVER TARGET'}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
}
const last = samples[samples.length - 1]!;
console.log(
  `growth ${baseline.subscriptions} → ${last.subscriptions} subscriptions (×${last.subscriptions / baseline.subscriptions}): tick ×${(last.tickMs / baseline.tickMs).toFixed(1)} wall, ×${(last.tickCpuMs / baseline.tickCpuMs).toFixed(1)} CPU`,
);
