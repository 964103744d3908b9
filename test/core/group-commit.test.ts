import { afterEach, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/store/group-commit.js';
import { immediateTransaction } from '../../src/store/statements.js';
import { tempDb } from '../helpers/temp-db.js';

let store: ReturnType<typeof tempDb> | undefined;

afterEach(() => {
  store?.cleanup();
  store = undefined;
});

const nextTurnOfTheLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function setup() {
  store = tempDb();
  const { db } = store;
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const other = store.reopen();
  const visible = (): number => other.prepare('SELECT COUNT(*) FROM notes').pluck().get() as number;
  const failures: unknown[] = [];
  const group = createGroupCommit(db, (error) => failures.push(error));
  const insert = (text: string) => db.prepare('INSERT INTO notes (text) VALUES (?)').run(text);
  return { db, group, visible, failures, insert };
}

describe('group commit', () => {
  it('commits every write of one turn of the event loop at once, then runs the held-back effects', async () => {
    const { group, visible, insert } = setup();
    const effects: string[] = [];
    group.begin();
    insert('a');
    group.afterCommit(() => effects.push(`after a: ${visible()} visible`));
    await Promise.resolve().then(() => insert('b'));
    group.begin();
    insert('c');
    expect([visible(), effects, group.open]).toEqual([0, [], true]);
    await nextTurnOfTheLoop();
    expect([visible(), effects, group.open]).toEqual([3, ['after a: 3 visible'], false]);
  });

  it('runs an effect at once when no group is open, and lets writes outside a group commit on their own', () => {
    const { group, visible, insert } = setup();
    insert('alone');
    let ran = false;
    group.afterCommit(() => (ran = true));
    expect([ran, visible()]).toEqual([true, 1]);
  });

  it('rolls back only the failing transaction inside a group (a savepoint)', async () => {
    const { db, group, visible, insert } = setup();
    group.begin();
    insert('kept');
    expect(() =>
      immediateTransaction(db, () => {
        insert('lost');
        throw new Error('turn failed');
      }),
    ).toThrow('turn failed');
    immediateTransaction(db, () => insert('also kept'));
    await nextTurnOfTheLoop();
    const texts = db.prepare('SELECT text FROM notes ORDER BY id').pluck().all();
    expect([visible(), texts]).toEqual([2, ['kept', 'also kept']]);
  });

  it('reports a failed commit, rolls the group back and drops its effects', async () => {
    const { db, group, visible, failures } = setup();
    db.exec('CREATE TABLE parents (id INTEGER PRIMARY KEY); CREATE TABLE children (parent INTEGER NOT NULL REFERENCES parents (id))');
    group.begin();
    // Checked at COMMIT: the only way this commit can fail here.
    db.pragma('defer_foreign_keys = ON');
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('lost with the group');
    db.prepare('INSERT INTO children (parent) VALUES (42)').run();
    let ran = false;
    group.afterCommit(() => (ran = true));
    await nextTurnOfTheLoop();
    expect([failures.length, ran, visible(), db.inTransaction, group.open]).toEqual([1, false, 0, false, false]);
    expect(String(failures[0])).toMatch(/FOREIGN KEY/);
  });
});
