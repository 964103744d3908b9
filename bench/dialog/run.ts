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
import { createTestBot } from '../../test/helpers/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/roles.js';
import { silentLogger } from '../../src/log.js';
import { createNominationDialog } from '../../src/nomination/dialog.js';
import { loadForm, type Form } from '../../src/nomination/form.js';
import type { QaEngine } from '../../src/qa/types.js';
import { startWorkThread } from '../../src/bot/work.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase } from '../../src/store/db.js';

const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 1000);
/** Answers per draft after `/申报` (the first fields of the form, in order). */
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 8);
const KNOWLEDGE_DIR = join(import.meta.dirname, '..', '..', 'knowledge');

const qa: QaEngine = {
  ask: async (question) => ({ question, answer: '', declined: true, citations: [] }),
  isSurelyRelevant: () => false,
  ingest: async () => ({ documents: [], skipped: [] }),
  sectionText: () => undefined,
  documents: () => [],
};

/** Runs DRAFTS dialogs side by side, one message per dialog per round; returns turns per second. */
async function run(form: Form, path: string, drafts = DRAFTS): Promise<{ turns: number; seconds: number }> {
  const onFile = path !== ':memory:';
  const db = openDatabase(path, { backgroundCheckpoints: onFile });
  // As the service: the work thread checkpoints the log.
  const checkpointer = onFile ? await startWorkThread(parseConfig({ DATABASE_PATH: path, KNOWLEDGE_DIR }), silentLogger) : undefined;
  const feature = createNominationDialog({ form, knowledgeDir: KNOWLEDGE_DIR });
  const bot = createTestBot({ botName: 'bench', qa, steps: [feature.step] });
  const pipeline = createPipeline({
    botName: '地标助手',
    db,
    clock: () => new Date(),
    roles: createRoleResolver([]),
    bot,
    privateChat: async (platform, userId) => ({ platform, chatId: `p2p:${userId}`, userId }),
    log: silentLogger,
  });
  const answers = form.fields.slice(0, ANSWERS).map((field) => field.example ?? '跳过');
  const script = ['/申报', ...answers];
  let turns = 0;
  const started = performance.now();
  for (const [round, text] of script.entries()) {
    const wave: Promise<unknown>[] = [];
    for (let user = 0; user < drafts; user += 1) {
      wave.push(
        pipeline.handle({
          platform: 'console',
          chatId: `p2p:u${user}`,
          chatType: 'p2p',
          senderId: `u${user}`,
          text,
          mentionsBot: false,
          messageId: `r${round}-u${user}`,
          receivedAt: new Date(),
        }),
      );
    }
    await Promise.all(wave);
    turns += wave.length;
  }
  const seconds = (performance.now() - started) / 1000;
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
