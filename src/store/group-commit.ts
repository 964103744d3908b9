import type { Db } from './db.js';
import { statement } from './statements.js';

/**
 * Group commit for a connection that one thread drives with a stream of small writes (the bot
 * thread's claims and turns): `begin()` opens a transaction that commits once the current
 * event-loop turn is over, so every write made until then, in callbacks and their promise
 * chains, shares one commit. Transactions opened inside it (`immediateTransaction`) become
 * savepoints: a turn that fails rolls back alone. `afterCommit` holds back whatever tells the
 * outside world that a write happened (an acknowledgement) until it is durable.
 *
 * A turn still waiting on the network when the transaction commits writes later, on its own
 * (there is no group then, and its writes commit as usual).
 */
export interface GroupCommit {
  /** Opens the group transaction unless one is open. Throws when the write lock cannot be had (busy timeout). */
  begin(): void;
  /** Runs `effect` after the open group transaction committed, or now when none is open. */
  afterCommit(effect: () => void): void;
  /** True while a group transaction is open (its writes are not durable yet). */
  readonly open: boolean;
}

export function createGroupCommit(db: Db, onCommitFailed: (error: unknown) => void): GroupCommit {
  let open = false;
  let effects: (() => void)[] = [];

  function commit(): void {
    if (!open) return;
    const waiting = effects;
    effects = [];
    open = false;
    try {
      statement(db, 'COMMIT').run();
    } catch (error) {
      if (db.inTransaction) statement(db, 'ROLLBACK').run();
      onCommitFailed(error);
      return;
    }
    for (const effect of waiting) effect();
  }

  return {
    begin() {
      if (open) return;
      statement(db, 'BEGIN IMMEDIATE').run();
      open = true;
      setImmediate(commit);
    },
    afterCommit(effect) {
      if (open) effects.push(effect);
      else effect();
    },
    get open() {
      return open;
    },
  };
}
