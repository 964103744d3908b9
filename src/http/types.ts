import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { AdapterStatus, WebhookRoute } from '../platform.js';
import type { Db } from '../store/db.js';
import type { WebSession } from '../store/sessions.js';
import type { CoreStatus } from '../bot/thread-pipeline.js';
import type { NominationsView, RemindersView, WebParts } from '../web-parts.js';

/** The web user the test chat speaks for. */
export interface WebChatUser {
  /** Stable id, e.g. `admin` or `feishu:ou_xxx`. */
  id: string;
  name?: string;
}

/**
 * Feeds one message through the bot core and returns the texts of the replies it committed.
 * `requestId` is the HTTP request's id, so the bot's logs of the turn can be tied to it.
 */
export type WebChat = (text: string, user: WebChatUser, meta: { requestId: string }) => Promise<string[]>;

export interface HttpServerOptions {
  config: Pick<Config, 'ADMIN_TOKEN' | 'SESSION_TTL_HOURS' | 'KNOWLEDGE_DIR' | 'BOT_NAME' | 'TZ'> & Partial<Pick<Config, 'PUBLIC_URL'>>;
  db: Db;
  log: Logger;
  clock: Clock;
  qa: WebParts['qa'];
  chat: WebChat;
  /** Adapters' webhook routes, mounted as given. */
  routes: WebhookRoute[];
  /** Each adapter's connection state, for /readyz and the status page. */
  status: () => AdapterStatus[];
  /** The bot core's state, for /readyz (absent: the core runs in this thread and is always up). */
  core?: () => CoreStatus;
  nominations?: NominationsView;
  reminders?: RemindersView;
  /** Request body limit in bytes (default 1 MiB); uploads get `uploadLimit` (default 10 MiB). */
  bodyLimit?: number;
  uploadLimit?: number;
}

/** Per-request values the middleware sets. */
export interface HttpEnv {
  Variables: {
    log: Logger;
    requestId: string;
    session: WebSession;
  };
}
