import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialogScript, KNOWLEDGE_DIR, runDialogs } from '../../bench/dialog/workload.js';
import { loadForm } from '../../src/nomination/form.js';
import { openDatabase } from '../../src/store/db.js';
import { walWrites, type WalWrites } from '../helpers/wal-frames.js';

/**
 * What the dialog bench's turns write, read from the WAL of a real file (no checkpoints, so the
 * log keeps every frame): each answer commits twice (the inbox claim, then the turn with its
 * inbox mark), and a field write leaves alone the indexes that do not hold what it changed.
 */

const DRAFTS = 40;
const form = loadForm(KNOWLEDGE_DIR);
const script = dialogScript(form, 8);
/** Indexes a write of `fields` and `updated_at` alone must not touch. */
const UNTOUCHED = ['nominations_owner', 'nominations_status_province', 'nominations_statistics'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-bot-writes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function roundsWritten(): Promise<WalWrites[]> {
  const db = openDatabase(join(dir, 'writes.db'), { backgroundCheckpoints: true });
  let from = walWrites(db).end;
  const rounds: WalWrites[] = [];
  await runDialogs(db, form, script, DRAFTS, () => {
    const writes = walWrites(db, from);
    from = writes.end;
    rounds.push(writes);
  });
  db.close();
  return rounds;
}

describe('a dialog turn on a file database', () => {
  it('commits twice per answer: the claim, then state, audit, replies and the inbox mark together', async () => {
    const rounds = await roundsWritten();
    expect(rounds).toHaveLength(script.length);
    for (const round of rounds.slice(1)) expect(round.commits).toBe(2 * DRAFTS);
    const db = openDatabase(join(dir, 'writes.db'));
    expect(db.prepare(`SELECT status, COUNT(*) AS n FROM inbox GROUP BY status`).all()).toEqual([{ status: 'done', n: DRAFTS * script.length }]);
    db.close();
  });

  it('leaves the owner, status and statistics indexes alone when an answer writes neither province nor a statistics field', async () => {
    const rounds = await roundsWritten();
    const fieldOf = (round: number) => form.fields[round - 1]?.id as string;
    const plain = script.map((_, round) => round).filter((round) => round > 0 && !['province', 'annual_output_value', 'employees'].includes(fieldOf(round)));
    expect(plain.length).toBeGreaterThanOrEqual(5);
    for (const round of plain) {
      for (const index of UNTOUCHED) expect({ round, index, frames: rounds[round]?.byTree.get(index) ?? 0 }).toEqual({ round, index, frames: 0 });
    }
    // The answer that is a province does move its row in the province indexes: the count sees writes.
    const province = script.findIndex((_, round) => round > 0 && fieldOf(round) === 'province');
    expect(rounds[province]?.byTree.get('nominations_status_province')).toBeGreaterThan(0);
  });
});
