import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { createLoginStep } from '../http/login-step.js';
import { createChatModel } from '../llm/model.js';
import type { Logger } from '../log.js';
import { titleOf } from '../nomination/dialog/render.js';
import { createNominationFeature, type NominationFeature } from '../nomination/feature.js';
import { loadForm, type Form } from '../nomination/form.js';
import { createLlmExtractor } from '../nomination/llm-extract.js';
import type { ConversationRef } from '../platform.js';
import type { QaService } from '../qa/types.js';
import { createReminderFeature, type ReminderFeature } from '../reminders/feature.js';
import type { Db } from '../store/db.js';
import { createBot } from './bot.js';
import type { PrivateChatResolver } from './context.js';
import { createPipeline, type LocalPipeline } from './pipeline.js';
import { createRoleResolver } from './roles.js';

/**
 * The bot core as the configuration builds it, wherever it runs: in the service's bot thread
 * (`bot-thread.ts`) or in the calling thread (the console, tests).
 */

export interface Features {
  form: Form;
  nominations: NominationFeature;
  reminders: ReminderFeature;
}

export interface FeatureDeps {
  db: Db;
  log: Logger;
  clock: Clock;
  /** Told when a feature queued outbox rows outside a turn (reminders). */
  onQueued: () => void;
  /** Coordinators' private chats, where the scheduler asks for missing event dates. */
  coordinatorChats: ConversationRef[];
}

export function createFeatures(config: Config, deps: FeatureDeps): Features {
  const { db, log, clock } = deps;
  const form = loadForm(config.KNOWLEDGE_DIR);
  const model = createChatModel(config);
  const nominations = createNominationFeature({
    form,
    knowledgeDir: config.KNOWLEDGE_DIR,
    botName: config.BOT_NAME,
    llmExtract: model && createLlmExtractor({ model, form, method: config.LLM_STRUCTURED_METHOD, timeoutMs: config.LLM_TIMEOUT_MS }),
  });
  const reminders = createReminderFeature({
    db,
    clock,
    log,
    tz: config.TZ,
    cron: config.REMINDER_CRON,
    knowledgeDir: config.KNOWLEDGE_DIR,
    onQueued: deps.onQueued,
    drafts: (platform, userId) => nominations.drafts(db, platform, userId).map(titleOf),
    coordinatorChats: deps.coordinatorChats,
  });
  return { form, nominations, reminders };
}

export interface BotPipelineDeps {
  db: Db;
  log: Logger;
  clock: Clock;
  qa: QaService;
  features: Features;
  privateChat: PrivateChatResolver;
  /** Told after each turn's replies were committed, so the senders can drain right away. */
  onCommitted: () => void;
}

/** The composed bot (feature steps, help, Q&A) behind the inbox pipeline. */
export function createBotPipeline(config: Config, deps: BotPipelineDeps): LocalPipeline {
  const { features } = deps;
  return createPipeline({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    roles: createRoleResolver(config.COORDINATORS),
    bot: createBot({
      botName: config.BOT_NAME,
      qa: deps.qa,
      steps: [features.nominations.step, features.reminders.step, createLoginStep({ baseUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}` })],
      listensTo: (platform, chatId) => platform === 'feishu' && config.FEISHU_LISTEN_GROUPS.includes(chatId),
    }),
    privateChat: deps.privateChat,
    onCommitted: deps.onCommitted,
  });
}
