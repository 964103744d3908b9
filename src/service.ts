import { t } from './texts.js';
import type { Config } from './config.js';
import { ADMIN_PRINCIPAL } from './http/auth.js';
import { createLoginLink } from './login/links.js';
import { createHttpServer } from './http/server.js';
import { createWebChat } from './http/web-chat.js';
import { createServiceApp, type App } from './main.js';
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
  const { db, log, clock, pipeline, web } = app;
  if (!web.qa) throw new Error('the Q&A feature is missing from src/features.ts');

  await app.start();

  const http = createHttpServer({
    config,
    db,
    log,
    clock,
    qa: web.qa,
    chat: createWebChat(pipeline.handle, clock),
    routes: [...app.adapters.values()].flatMap((adapter) => adapter.routes?.() ?? []),
    status: () => [...app.adapters.values()].flatMap((adapter) => (adapter.status ? [adapter.status()] : [])),
    core: app.core,
    nominations: web.nominations,
    reminders: web.reminders,
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
