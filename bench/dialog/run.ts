/**
 * Dialog turns per second through the bot core (pipeline → bot → nomination step → outbox),
 * for 1,000 concurrent drafts: SQLite on a file (WAL), against the baseline of the same turns
 * on an in-memory database (persistence off). The file database is set up as the service sets
 * it up (BOT_THREAD, the default): WAL checkpoints in their own thread, not inside a turn.
 * Run: node --import tsx bench/dialog/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/log.js';
import { loadForm, type Form } from '../../src/nomination/form.js';
import { startWorkThread } from '../../src/bot/work.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase } from '../../src/store/db.js';
import { dialogScript, KNOWLEDGE_DIR, runDialogs } from './workload.js';

const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 1000);
/** Answers per draft after `/申报` (the first fields of the form, in order). */
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 8);

/** Runs DRAFTS dialogs side by side, one message per dialog per round; returns turns per second. */
async function run(form: Form, path: string, drafts = DRAFTS): Promise<{ turns: number; seconds: number }> {
  const onFile = path !== ':memory:';
  const db = openDatabase(path, { backgroundCheckpoints: onFile });
  // As the service: the work thread checkpoints the log.
  const checkpointer = onFile ? await startWorkThread(parseConfig({ DATABASE_PATH: path, KNOWLEDGE_DIR }), silentLogger) : undefined;
  const { turns, seconds } = await runDialogs(db, form, dialogScript(form, ANSWERS), drafts);
  const stored = db.prepare(`SELECT COUNT(*) FROM nominations WHERE status = 'draft'`).pluck().get() as number;
  if (stored !== drafts) throw new Error(`expected ${drafts} drafts, found ${stored}`);
  await checkpointer?.close();
  db.close();
  return { turns, seconds };
}

const form = loadForm(KNOWLEDGE_DIR);
const dir = mkdtempSync(join(tmpdir(), 'gi-bot-bench-'));
try {
  await run(form, ':memory:', 100); // warm-up: JIT and module loading count against neither side
  const memory = await run(form, ':memory:');
  const file = await run(form, join(dir, 'bench.db'));
  const rate = (r: { turns: number; seconds: number }) => r.turns / r.seconds;
  console.log(`dialog bench: ${DRAFTS} concurrent drafts, ${ANSWERS + 1} turns each`);
  console.log(`baseline  in-memory SQLite (persistence off): ${rate(memory).toFixed(0)} turns/s (${memory.turns} turns in ${memory.seconds.toFixed(2)} s)`);
  console.log(`measured  file SQLite, WAL (persistence on):   ${rate(file).toFixed(0)} turns/s (${file.turns} turns in ${file.seconds.toFixed(2)} s)`);
  console.log(`ratio     file / in-memory: ${(rate(file) / rate(memory)).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
