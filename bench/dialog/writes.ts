/**
 * What one dialog turn writes to a file database: WAL frames (pages) and commits per turn, each
 * round of the dialog bench's workload, and which tables and indexes the pages belong to. The
 * log is read from its bytes with automatic checkpoints off, so it holds every frame written.
 * Run: node --import tsx bench/dialog/writes.ts   (BENCH_DRAFTS, default 300)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadForm } from '../../src/nomination/form.js';
import { openDatabase } from '../../src/store/db.js';
import { walWrites } from '../../test/helpers/wal-frames.js';
import { dialogScript, KNOWLEDGE_DIR, runDialogs } from './workload.js';

const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 300);
const form = loadForm(KNOWLEDGE_DIR);
const script = dialogScript(form, 8);
const dir = mkdtempSync(join(tmpdir(), 'gi-bot-writes-'));
try {
  const db = openDatabase(join(dir, 'writes.db'), { backgroundCheckpoints: true });
  let from = walWrites(db).end;
  let answers = { frames: 0, commits: 0 };
  await runDialogs(db, form, script, DRAFTS, (round) => {
    const writes = walWrites(db, from);
    from = writes.end;
    if (round > 0) answers = { frames: answers.frames + writes.frames, commits: answers.commits + writes.commits };
    const perTurn = (n: number) => (n / DRAFTS).toFixed(2);
    console.log(`round ${round} (${script[round]?.slice(0, 12)}): ${perTurn(writes.frames)} pages, ${perTurn(writes.commits)} commits per turn`);
    const trees = [...writes.byTree].sort((a, b) => b[1] - a[1]).map(([tree, n]) => `${tree} ${perTurn(n)}`);
    console.log(`  ${trees.join(', ')}`);
  });
  const turns = DRAFTS * (script.length - 1);
  console.log(`answers (rounds 1-${script.length - 1}), ${DRAFTS} drafts: ${(answers.frames / turns).toFixed(2)} pages and ${(answers.commits / turns).toFixed(2)} commits per turn`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
