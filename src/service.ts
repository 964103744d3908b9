import { t } from './bot/texts.js';
import type { Config } from './config.js';
import { ADMIN_PRINCIPAL, createLoginLink } from './http/auth.js';
import { createNominationExporters } from './http/providers/nomination-exports.js';
import { createNominationsView } from './http/providers/nominations.js';
import { createRemindersView } from './http/providers/reminders.js';
import { createHttpServer } from './http/server.js';
import { createWebChat } from './http/web-chat.js';
import { createServiceApp, type App } from './main.js';
import { loadQuotas } from './nomination/quotas.js';
import { pruneInbox } from './store/inbox.js';
import { pruneSentOutbox } from './store/outbox.js';

const INBOX_RETENTION_MS = 30 * 24 * 3600_000;
/**
 * Sent replies are kept as long as the inbox remembers the messages they answered, so a key
 * pruned here can never be queued again (reminder rows stay: the delivery log reads them).
 */
const OUTBOX_RETENTION_MS = INBOX_RETENTION_MS;
const PRUNE_EVERY_MS = 6 * 3600_000;

export interface RunningService {
  app: App;
  url: string;
  /** Stops intake (HTTP, adapters, scheduler), finishes turns in flight, drains the outbox, closes the database. */
  stop(): Promise<void>;
}

/** `gi-bot start`: the service with every adapter the configuration enables, the scheduler and the web console. */
export async function startService(config: Config): Promise<RunningService> {
  const app = await createServiceApp(config);
  const { db, log, clock, pipeline } = app;

  for (const adapter of app.adapters.values()) {
    try {
      await adapter.start(pipeline.sink);
    } catch (error) {
      // One platform failing to connect must not take the others (or the console) down.
      log.error({ err: error, platform: adapter.platform }, 'adapter failed to start');
    }
  }
  for (const sender of app.senders.values()) sender.start();
  const resumed = await pipeline.resumeUnfinished();
  if (resumed > 0) log.warn({ resumed }, 'finished messages interrupted by the last shutdown');

  const http = createHttpServer({
    config,
    db,
    log,
    clock,
    qa: app.qa,
    chat: createWebChat(pipeline.handle, clock),
    routes: [...app.adapters.values()].flatMap((adapter) => adapter.routes?.() ?? []),
    status: () => [...app.adapters.values()].flatMap((adapter) => (adapter.status ? [adapter.status()] : [])),
    core: app.core,
    nominations: createNominationsView({
      db,
      fields: app.form.fields,
      titleField: 'gi_name',
      outputValueField: 'annual_output_value',
      employmentField: 'employees',
      quotas: () => loadQuotas(config.KNOWLEDGE_DIR),
      exporters: createNominationExporters(app.form, () => loadQuotas(config.KNOWLEDGE_DIR), clock),
    }),
    reminders: createRemindersView({ db, calendar: app.reminders.calendar, clock, tz: config.TZ }),
  });
  const listening = await http.listen(config.PORT, config.HOST);
  // Seen message ids are kept well past the longest redelivery window (FEISHU_EVENT_MAX_AGE_SECONDS ≤ 7 days).
  const prune = setInterval(() => {
    const removed = pruneInbox(db, new Date(clock().getTime() - INBOX_RETENTION_MS));
    if (removed > 0) log.info({ removed }, 'pruned old inbox rows');
    const sent = pruneSentOutbox(db, new Date(clock().getTime() - OUTBOX_RETENTION_MS));
    if (sent > 0) log.info({ removed: sent }, 'pruned sent outbox rows');
  }, PRUNE_EVERY_MS);
  prune.unref();
  if (config.REMINDERS_ENABLED) app.reminders.scheduler.start();

  log.info({ url: listening.url, adapters: [...app.adapters.keys()] }, 'gi-bot started');
  // On stdout, the link alone on its line (logs are JSON on stderr), so it can be copied or piped.
  const signIn = config.ADMIN_TOKEN
    ? [t('web.startup.sign_in_token'), `${listening.url}/login`]
    : [t('web.startup.sign_in_link'), `${listening.url}${createLoginLink(db, ADMIN_PRINCIPAL, clock)}`];
  process.stdout.write(`\n${t('web.startup.started', { url: listening.url })}\n${signIn.join('\n')}\n\n`);

  return {
    app,
    url: listening.url,
    async stop() {
      clearInterval(prune);
      await listening.close();
      await app.close();
      log.info('gi-bot stopped');
    },
  };
}
