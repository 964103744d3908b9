import { answerMessage } from './reply.js';
import { t } from '../texts.js';
import type { Feature, FeatureDeps, FeatureModule, Job, JobRunner, SourceText, Step } from '../feature.js';
import type { QaWeb } from '../web-parts.js';
import { recordFeedback } from '../store/feedback.js';
import type { Answer, IngestReport, QaEngine } from './types.js';

/**
 * The Q&A feature: answers what no other feature took, with the cited clause; the 查看原文 and
 * feedback buttons; in listened-to groups, unaddressed questions the relevance gate is sure of.
 * The engine (index, tokenizer, optional LLM) exists once, on the work thread, behind jobs; the
 * steps and the web console ask it through `deps.jobs`.
 */

/** What the steps need of the engine, asynchronously (it may live on another thread). */
export interface QaClient {
  ask(question: string): Promise<Answer>;
  isSurelyRelevant(text: string): Promise<boolean>;
  sectionText(doc: string, section: string): Promise<string | undefined>;
}

export const qaJobs = {
  ask: 'qa.ask',
  relevant: 'qa.relevant',
  section: 'qa.section',
  ingest: 'qa.ingest',
  sources: 'qa.sources',
} as const;

/** The engine's jobs: built once on the thread where heavy work runs. */
async function engineJobs(deps: FeatureDeps): Promise<Record<string, Job>> {
  const { createQaEngineFromConfig } = await import('./from-config.js');
  const engine = await createQaEngineFromConfig(deps.config, deps.log);
  const snapshot = (): { report: IngestReport; sources: SourceText[] } => ({
    report: { documents: engine.documents(), skipped: [] },
    sources: engine.sourceTexts(),
  });
  return {
    [qaJobs.ask]: (question: string) => engine.ask(question),
    [qaJobs.relevant]: async (text: string) => engine.isSurelyRelevant(text),
    [qaJobs.section]: async ({ doc, section }: { doc: string; section: string }) => engine.sectionText(doc, section),
    [qaJobs.ingest]: async () => ({ report: await engine.ingest(), sources: engine.sourceTexts() }),
    [qaJobs.sources]: async () => snapshot(),
  };
}

export function qaClientOf(jobs: JobRunner): QaClient {
  return {
    ask: (question) => jobs(qaJobs.ask, question),
    isSurelyRelevant: (text) => jobs(qaJobs.relevant, text),
    sectionText: (doc, section) => jobs(qaJobs.section, { doc, section }),
  };
}

/** A client over an engine in this thread (the CLI's `ask`, tests). */
export function localQaClient(qa: Pick<QaEngine, 'ask' | 'isSurelyRelevant' | 'sectionText'>): QaClient {
  return {
    ask: (question) => qa.ask(question),
    isSurelyRelevant: async (text) => qa.isSurelyRelevant(text),
    sectionText: async (doc, section) => qa.sectionText(doc, section),
  };
}

export interface QaStepsOptions {
  /** Group chats where unaddressed messages may be answered when the relevance gate is sure. */
  listensTo(platform: string, chatId: string): boolean;
}

/** The Q&A's part of the bot, over any client. */
export function createQaFeature(qa: QaClient, options: QaStepsOptions): Feature {
  const overheard: Step = {
    name: 'qa-overheard',
    async run(ctx) {
      const { platform, chatId, text } = ctx.message;
      if (!options.listensTo(platform, chatId) || !(await qa.isSurelyRelevant(text))) return;
      const answer = await qa.ask(text);
      if (!answer.declined) answerMessage(ctx, answer);
      ctx.commit();
    },
  };

  const feedback: Step = {
    name: 'qa-feedback',
    async run(ctx, next) {
      const action = ctx.message.action;
      if (action?.kind !== 'feedback' || !action.answer) return next();
      ctx.reply(t('core.feedback_thanks'));
      ctx.commit((db) =>
        recordFeedback(db, {
          platform: ctx.message.platform,
          userId: ctx.message.senderId,
          answerRef: action.answer as string,
          helpful: action.helpful === 'yes',
          at: ctx.clock(),
        }),
      );
    },
  };

  const source: Step = {
    name: 'qa-source',
    async run(ctx, next) {
      const action = ctx.message.action;
      if (action?.kind !== 'source' || !action.doc || !action.section) return next();
      const text = await qa.sectionText(action.doc, action.section);
      ctx.reply(text ? t('core.source', { section: action.section, text }) : t('core.source_missing'));
      ctx.commit();
    },
  };

  const question: Step = {
    name: 'qa',
    async run(ctx) {
      if (ctx.message.text === '') {
        ctx.reply(t('core.empty'));
        ctx.commit();
        return;
      }
      const answer = await qa.ask(ctx.message.text);
      answerMessage(ctx, answer);
      ctx.commit();
    },
  };

  return { name: 'qa', overhear: [overheard], steps: [feedback, source], fallback: question };
}

export const qaFeature: FeatureModule = {
  name: 'qa',
  create(deps) {
    const { config, jobs } = deps;
    const feature = createQaFeature(qaClientOf(jobs), {
      listensTo: (platform, chatId) => platform === 'feishu' && config.FEISHU_LISTEN_GROUPS.includes(chatId),
    });
    let documents: IngestReport['documents'] = [];
    return {
      ...feature,
      jobs: () => engineJobs(deps),
      async start() {
        // Builds the index (on the work thread) before the core takes messages, and lets the
        // other features read the notices (deadline proposals).
        const { sources } = await jobs<{ sources: SourceText[] }>(qaJobs.sources);
        deps.ingested(sources);
      },
      async web() {
        documents = (await jobs<{ report: IngestReport }>(qaJobs.sources)).report.documents;
        const web: QaWeb = {
          ask: (question) => jobs(qaJobs.ask, question),
          async ingest() {
            const { report, sources } = await jobs<{ report: IngestReport; sources: SourceText[] }>(qaJobs.ingest);
            documents = report.documents;
            deps.ingested(sources);
            return report;
          },
          documents: () => documents,
        };
        return { qa: web };
      },
    };
  },
};
