import { join } from 'node:path';
import { createTestBot } from '../../test/helpers/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/roles.js';
import { silentLogger } from '../../src/log.js';
import { createNominationDialog } from '../../src/nomination/dialog.js';
import type { Form } from '../../src/nomination/form.js';
import type { QaEngine } from '../../src/qa/types.js';
import type { Db } from '../../src/store/db.js';

/**
 * The dialog bench's workload, shared by `run.ts` (turns per second) and `writes.ts` (what a turn
 * writes): DRAFTS people each start a nomination (`/申报`) and answer its first fields, one
 * message per person per round, every person's message of a round in flight together, through
 * the pipeline (inbox claim, per-chat order, bot, nomination step, outbox).
 */

export const KNOWLEDGE_DIR = join(import.meta.dirname, '..', '..', 'knowledge');

const qa: QaEngine = {
  ask: async (question) => ({ question, answer: '', declined: true, citations: [] }),
  isSurelyRelevant: () => false,
  ingest: async () => ({ documents: [], skipped: [] }),
  sectionText: () => undefined,
  documents: () => [],
};

/** `/申报`, then the examples of the form's first `answers` fields, in order. */
export const dialogScript = (form: Form, answers: number): string[] => ['/申报', ...form.fields.slice(0, answers).map((field) => field.example ?? '跳过')];

/**
 * Runs the script for `drafts` people on `db`; `afterRound` is called once each round's turns are
 * done. `seconds` is the time of the rounds (building the bot is not counted).
 */
export async function runDialogs(
  db: Db,
  form: Form,
  script: string[],
  drafts: number,
  afterRound: (round: number) => void = () => undefined,
): Promise<{ turns: number; seconds: number }> {
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
    afterRound(round);
  }
  return { turns, seconds: (performance.now() - started) / 1000 };
}
