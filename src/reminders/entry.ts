import type { FeatureModule } from '../feature.js';
import { createReminders } from './reminders.js';

/**
 * The reminders feature: `/提醒` (subscribe, list, coordinators' calendar edits), calendar
 * questions, the scheduler (in the long-running service only), deadline proposals from newly
 * indexed notices, and the console's reminders page.
 */
export const remindersFeature: FeatureModule = {
  name: 'reminders',
  create(deps) {
    const { config, db, clock, log } = deps;
    const reminders = createReminders({
      db,
      clock,
      log,
      tz: config.TZ,
      cron: config.REMINDER_CRON,
      knowledgeDir: config.KNOWLEDGE_DIR,
      onQueued: deps.onQueued,
      drafts: deps.unfinished,
      coordinatorChats: deps.coordinatorChats,
    });
    return {
      name: 'reminders',
      commands: [{ name: '提醒', help: 'reminders.command', run: (ctx, _args, next) => reminders.step.run(ctx, next) }],
      steps: [reminders.step],
      start() {
        if (deps.service && config.REMINDERS_ENABLED) reminders.scheduler.start();
      },
      stop() {
        reminders.scheduler.stop();
      },
      onIngest(sources) {
        for (const source of sources) reminders.proposeFromNotice(source.text, source);
      },
      async web() {
        const { createRemindersView } = await import('../http/providers/reminders.js');
        return { reminders: createRemindersView({ db, calendar: reminders.calendar, clock, tz: config.TZ }) };
      },
    };
  },
};
