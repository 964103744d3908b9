import type { Step } from '../feature.js';
import type { TurnContext } from '../turn.js';
import { t } from '../texts.js';
import { answerQuestion, listUpcoming } from './ask.js';
import type { Calendar } from './calendar.js';
import { addEvent, decideProposal, deleteEvent, editEvent, listProposals } from './coordinator.js';
import type { Zone } from './dates.js';
import { configure, subscribe, unsubscribe } from './subscribe.js';

export interface ReminderStepOptions {
  calendar: Calendar;
  zone: Zone;
}

const COMMAND = /^[/／]\s*提醒(?:\s+|$)/;

/** Coordinator-only subcommands and the verb shown in the refusal. */
const COORDINATOR_ACTIONS: Record<string, string> = {
  添加: '添加',
  新增: '添加',
  修改: '修改',
  更新: '修改',
  删除: '删除',
  待确认: '确认',
  确认: '确认',
  忽略: '确认',
};

/**
 * The /提醒 command and calendar questions. Anything else passes on (to Q&A), so questions the
 * notice answers ("申报书什么时候截止") still get a cited answer.
 */
export function createReminderStep(options: ReminderStepOptions): Step {
  const deps = { calendar: options.calendar, zone: options.zone };

  const help = (ctx: TurnContext): string =>
    ctx.role.kind === 'coordinator' ? `${t('reminders.help')}\n${t('reminders.help_coordinator')}` : t('reminders.help');

  const command = (ctx: TurnContext, body: string): void => {
    const [verb = '', ...restWords] = body.split(/\s+/).filter(Boolean);
    const rest = restWords.join(' ');
    if (COORDINATOR_ACTIONS[verb] && ctx.role.kind !== 'coordinator') {
      ctx.reply(t('reminders.coordinator_only', { action: COORDINATOR_ACTIONS[verb] }));
      return ctx.commit();
    }
    switch (verb) {
      case '':
      case '帮助':
      case '用法':
        ctx.reply(help(ctx));
        return ctx.commit();
      case '订阅':
        return subscribe(ctx, deps.calendar, rest);
      case '退订':
      case '取消':
      case '取消订阅':
        return unsubscribe(ctx, deps.calendar, rest);
      case '列表':
      case '日程':
      case '查看':
        return listUpcoming(ctx, deps, rest);
      case '设置':
        return configure(ctx, rest, deps.zone.tz);
      case '添加':
      case '新增':
        return addEvent(ctx, deps, rest);
      case '修改':
      case '更新':
        return editEvent(ctx, deps, rest);
      case '删除':
        return deleteEvent(ctx, deps, rest);
      case '待确认':
        return listProposals(ctx);
      case '确认':
        return decideProposal(ctx, deps, rest, true);
      case '忽略':
        return decideProposal(ctx, deps, rest, false);
      default:
        ctx.reply(t('reminders.unknown_command', { input: verb.slice(0, 20), help: help(ctx) }));
        return ctx.commit();
    }
  };

  return {
    name: 'reminders',
    async run(ctx, next) {
      const text = ctx.message.text;
      if (COMMAND.test(text)) return command(ctx, text.replace(COMMAND, ''));
      if (text && !ctx.message.action && answerQuestion(ctx, deps)) return;
      return next();
    },
  };
}
