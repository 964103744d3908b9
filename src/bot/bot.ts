import type { QaService } from '../qa/types.js';
import { compose, type Middleware } from './compose.js';
import type { TurnContext } from './context.js';
import { t } from './texts.js';
import { answerMessage } from './answer-reply.js';
import { recordFeedback } from '../store/feedback.js';

/** A named middleware step; features (nomination, reminders) contribute these. */
export interface Step {
  name: string;
  run: Middleware<TurnContext>;
}

export interface BotOptions {
  botName: string;
  qa: QaService;
  /** Feature steps, tried in order after card actions and before help and Q&A (a form in progress reads its own 帮助). */
  steps: Step[];
  /** Group chats where unaddressed messages may be answered when the relevance gate is sure. */
  listensTo(platform: string, chatId: string): boolean;
}

/** True when the message is meant for the bot: a private chat, a mention, or a slash command. */
export const isAddressed = (ctx: TurnContext): boolean =>
  !ctx.isGroup || ctx.message.mentionsBot || ctx.message.text.startsWith('/') || ctx.message.action !== undefined;

export function createBot(options: BotOptions): (ctx: TurnContext) => Promise<void> {
  const { qa } = options;

  const unaddressed: Step = {
    name: 'unaddressed',
    async run(ctx, next) {
      if (isAddressed(ctx)) return next();
      const { platform, chatId, text } = ctx.message;
      if (!options.listensTo(platform, chatId) || !qa.isSurelyRelevant(text)) return;
      const answer = await qa.ask(text);
      if (!answer.declined) answerMessage(ctx, answer);
      ctx.commit();
    },
  };

  const unsupported: Step = {
    name: 'unsupported',
    async run(ctx, next) {
      const kind = ctx.message.unsupported;
      if (!kind) return next();
      ctx.reply(t('core.unsupported', { kind: t(`core.kinds.${kind}`) }));
      ctx.commit();
    },
  };

  const feedback: Step = {
    name: 'feedback',
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

  const help: Step = {
    name: 'help',
    async run(ctx, next) {
      const text = ctx.message.text.replace(/^[/／]/, '').trim();
      if (!/^(帮助|help|菜单|你能做什么|你会什么|功能)[?？!！。]*$/i.test(text) && !(text === '' && ctx.message.mentionsBot)) return next();
      ctx.reply(t('core.help', { bot: options.botName }));
      ctx.commit();
    },
  };

  const source: Step = {
    name: 'source',
    async run(ctx, next) {
      const action = ctx.message.action;
      if (action?.kind !== 'source' || !action.doc || !action.section) return next();
      const text = qa.sectionText(action.doc, action.section);
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

  return compose([unaddressed, unsupported, feedback, source, ...options.steps, help, question]);
}
