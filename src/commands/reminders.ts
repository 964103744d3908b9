import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { createReminderFeature } from '../reminders/feature.js';
import { openDatabase } from '../store/db.js';

const USAGE = `usage:
  gi-bot reminders list [--now ISO8601] [--days N] [--json]   upcoming occurrences with days left
  gi-bot reminders tick [--now ISO8601] [--json]              run one scheduler tick against DATABASE_PATH
`;

/**
 * `gi-bot reminders list|tick`. `tick` decides and queues what is due at --now (default: the
 * current time) exactly as the running service would, and prints what it queued and missed.
 */
export default async function reminders(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      now: { type: 'string' },
      days: { type: 'string', default: '90' },
      json: { type: 'boolean', default: false },
    },
  });
  const [action] = positionals;
  if (action !== 'list' && action !== 'tick') {
    process.stderr.write(USAGE);
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now "${values.now}" is not an ISO 8601 time (e.g. 2026-05-10T01:00:00Z)\n`);
    return 2;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 0 || days > 3650) {
    process.stderr.write(`--days "${values.days}" must be a whole number of days from 0 to 3650\n`);
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const db = openDatabase(config.DATABASE_PATH);
  try {
    const feature = createReminderFeature({
      db,
      clock: () => now,
      log,
      tz: config.TZ,
      cron: config.REMINDER_CRON,
      knowledgeDir: config.KNOWLEDGE_DIR,
    });
    if (action === 'list') {
      const items = feature.api.upcoming(now, days);
      if (values.json) process.stdout.write(`${JSON.stringify({ now: now.toISOString(), tz: config.TZ, days, items })}\n`);
      else {
        for (const item of items) {
          const span = item.end === item.start ? item.start : `${item.start}..${item.end}`;
          process.stdout.write(`${span}  ${item.title}  ${item.ongoing ? 'ongoing' : `${item.daysLeft} days left`}${item.unconfirmed ? ' (unconfirmed)' : ''}\n`);
        }
        if (items.length === 0) process.stdout.write(`nothing in the next ${days} days\n`);
      }
      return 0;
    }
    const result = feature.scheduler.tick(now);
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      for (const item of [...result.queued, ...result.missed]) {
        process.stdout.write(`${item.status.padEnd(6)} ${item.key}\n`);
      }
      process.stdout.write(`${result.queued.length} queued, ${result.missed.length} missed\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
