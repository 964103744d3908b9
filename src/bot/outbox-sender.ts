import Bottleneck from 'bottleneck';
import { rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Clock } from '../clock.js';
import { classifyError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ChatAdapter, OutgoingMessage } from '../platform.js';
import type { Db } from '../store/db.js';
import { claimDue, leaseOwners, markFailed, markRetry, markSent, releaseLeases, unclaim, type OutboxRow } from '../store/outbox.js';
import { leaseOwnerIsGone, leaseOwnerOf } from './lease-owner.js';

export interface OutboxSenderOptions {
  db: Db;
  adapter: Pick<ChatAdapter, 'platform' | 'send'>;
  clock: Clock;
  log: Logger;
  /** Sends at most this many messages per `perMs` for this adapter. */
  rate: { count: number; perMs: number };
  maxAttempts: number;
  /** Base of the exponential backoff between tries. */
  backoffMs?: number;
  /** How long a claimed row stays ours; past it another sender may take it. */
  leaseMs?: number;
  /** Polling period when idle. */
  pollMs?: number;
  /** This process as a lease owner, and the test whether another owner is gone (`lease-owner.ts`). */
  leaseOwner?: { id: string; isGone(owner: string): boolean };
}

export interface OutboxSender {
  /** Sends everything due now; resolves when nothing is due. Returns the rows sent. */
  drain(): Promise<number>;
  /** Wakes the loop (called when the pipeline committed replies). */
  notify(): void;
  /** Retries at once the rows a process that no longer exists was sending, then sends what is due. */
  start(): void;
  /** Finishes the send in flight and leaves the rest in the outbox for the next start (never waits for a backlog). */
  stop(): Promise<void>;
}

/** Delay before try `attempt + 1`: exponential with jitter, capped at 10 minutes, at least the server's Retry-After. */
export function backoff(attempt: number, baseMs: number, retryAfterMs = 0): number {
  const exp = Math.min(10 * 60_000, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.round(exp * (0.75 + Math.random() * 0.5)));
}

/** Deletes a temporary file once its message is final (sent or given up); a retry still needs it. */
function discardTemporaryFile(file: OutgoingMessage['file']): void {
  if (!file?.temporary) return;
  rmSync(file.path, { force: true });
  try {
    rmdirSync(dirname(file.path));
  } catch {
    // Not empty, or gone already: the folder is not ours to clear.
  }
}

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { db, adapter, clock, log } = options;
  const backoffMs = options.backoffMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1000;
  const owner = options.leaseOwner ?? { id: leaseOwnerOf(), isGone: leaseOwnerIsGone };
  const newLimiter = (): Bottleneck =>
    new Bottleneck({
      maxConcurrent: 1,
      reservoir: options.rate.count,
      reservoirRefreshAmount: options.rate.count,
      reservoirRefreshInterval: options.rate.perMs,
    });
  let limiter = newLimiter();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;
  /** Set by `stop` until the next `start`: no new batch is claimed, queued rows go back unsent. */
  let stopping = false;

  async function sendRow(row: OutboxRow): Promise<boolean> {
    let began = false;
    try {
      // The outbox key names the send on every try: a platform that de-duplicates by it sends a retry after a crash once.
      const result = await limiter.schedule(() => {
        began = true;
        return adapter.send(row.ref, row.message, { idempotencyKey: row.key });
      });
      markSent(db, row.id, clock(), result.messageId);
      discardTemporaryFile(row.message.file);
      return true;
    } catch (error) {
      if (!began && stopping) {
        // Stopped before its turn: not a try, the next start sends it.
        unclaim(db, row.id);
        return false;
      }
      const coded = classifyError(error);
      if (coded.retryable && row.attempts < options.maxAttempts) {
        const wait = backoff(row.attempts, backoffMs, coded.retryAfterMs);
        markRetry(db, row.id, new Date(clock().getTime() + wait), `${coded.code}: ${coded.message}`);
        log.warn({ outboxId: row.id, key: row.key, code: coded.code, attempt: row.attempts, waitMs: wait }, 'send failed, will retry');
      } else {
        markFailed(db, row.id, `${coded.code}: ${coded.message}`);
        discardTemporaryFile(row.message.file);
        log.error({ outboxId: row.id, key: row.key, code: coded.code, attempts: row.attempts }, 'send failed, giving up');
      }
      return false;
    }
  }

  async function drainOnce(): Promise<number> {
    let sent = 0;
    while (!stopping) {
      const rows = claimDue(db, adapter.platform, clock(), leaseMs, 50, owner.id);
      if (rows.length === 0) return sent;
      const results = await Promise.all(rows.map(sendRow));
      sent += results.filter(Boolean).length;
    }
    return sent;
  }

  function drain(): Promise<number> {
    running ??= drainOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      drain()
        .catch((error: unknown) => log.error({ err: error, platform: adapter.platform }, 'outbox drain failed'))
        .finally(() => schedule(pollMs));
    }, delay);
  }

  /** A crash left rows leased to the dead process; the idempotency key makes sending them again safe. */
  function releaseDeadLeases(): void {
    for (const other of leaseOwners(db, adapter.platform)) {
      if (other === owner.id || !owner.isGone(other)) continue;
      const released = releaseLeases(db, adapter.platform, other, clock());
      log.info({ platform: adapter.platform, released }, 'retrying rows a stopped process was sending');
    }
  }

  return {
    drain,
    notify: () => schedule(0),
    start() {
      stopped = false;
      if (stopping) limiter = newLimiter();
      stopping = false;
      releaseDeadLeases();
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (!stopping) {
        stopping = true;
        // Drops the rows waiting for their turn (they go back unsent) and waits for the one in flight.
        await limiter.stop({ dropWaitingJobs: true });
      }
      await running;
    },
  };
}
