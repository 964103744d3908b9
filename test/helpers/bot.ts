import { createBot } from '../../src/bot/bot.js';
import type { TurnContext } from '../../src/turn.js';
import type { Step } from '../../src/feature.js';
import type { CoreSink } from '../../src/platform.js';
import { createQaFeature, localQaClient } from '../../src/qa/entry.js';
import type { QaEngine } from '../../src/qa/types.js';

export interface TestBotOptions {
  botName: string;
  qa: Pick<QaEngine, 'ask' | 'isSurelyRelevant' | 'sectionText'>;
  /** Feature steps under test, before the Q&A (as src/features.ts orders them). */
  steps: Step[];
  listensTo?: (platform: string, chatId: string) => boolean;
}

/** The core's bot over the steps under test and the Q&A feature over an engine in this thread. */
export function createTestBot(options: TestBotOptions): (ctx: TurnContext) => Promise<void> {
  return createBot({
    botName: options.botName,
    features: [
      { name: 'under-test', steps: options.steps },
      createQaFeature(localQaClient(options.qa), { listensTo: options.listensTo ?? (() => false) }),
    ],
  });
}

/** A sink for adapters started only to send (nothing they receive matters to the test). */
export const ignoringSink: CoreSink = {
  processMessage: async () => undefined,
  processAction: async () => undefined,
  processEvent: async () => undefined,
};
