import type { Statement, Transaction } from 'better-sqlite3';
import type { Db } from './db.js';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, prepared once per connection. Hot paths (inbox claims, outbox
 * inserts, reminder ticks) run these thousands of times; preparing each time dominated their cost.
 */
export function statement(db: Db, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}

type Runner = Transaction<(work: () => unknown) => unknown>;
const runners = new WeakMap<Db, Runner>();

function runner(db: Db): Runner {
  let made = runners.get(db);
  if (!made) {
    made = db.transaction((inner: () => unknown) => inner());
    runners.set(db, made);
  }
  return made;
}

/**
 * Runs `work` in one `BEGIN IMMEDIATE` transaction (a savepoint when one is already open).
 * The wrapper is made once per connection: `db.transaction()` builds a new one on every call.
 */
export function immediateTransaction<T>(db: Db, work: () => T): T {
  return runner(db).immediate(work) as T;
}

/**
 * Runs reads in one snapshot (`BEGIN DEFERRED`; a savepoint when a transaction is open). It
 * takes no write lock: on a file database each lock taken and released is a system call.
 */
export function readTransaction<T>(db: Db, work: () => T): T {
  return runner(db).deferred(work) as T;
}
