import type { Step } from '../feature.js';
import { t } from '../texts.js';
import { createLoginLink } from './links.js';

export interface LoginStepOptions {
  /** PUBLIC_URL, or the local address the console listens on (http://127.0.0.1:3000). */
  baseUrl: string;
}

/**
 * The address people open: a service listening on every interface (HOST=0.0.0.0 or ::) is
 * reached on this machine at 127.0.0.1, never at the wildcard itself.
 */
export function reachableBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/^(https?:\/\/)(0\.0\.0\.0|\[::\]|::)(?=:\d+$|$)/, '$1127.0.0.1');
}

const COMMAND = /^[/／](登录|协调台|console|login)\s*$/i;

/**
 * `/登录` (or `/协调台`): sends a one-time web console link in private chat. In a group it only
 * says to ask privately, since anyone in the group could open a link posted there.
 */
export function createLoginStep(options: LoginStepOptions): Step {
  const base = reachableBase(options.baseUrl);
  return {
    name: 'web-login',
    async run(ctx, next) {
      if (!COMMAND.test(ctx.message.text)) return next();
      if (ctx.isGroup) {
        ctx.reply(t('web.login_step.group'));
        ctx.commit();
        return;
      }
      const { platform, senderId } = ctx.message;
      ctx.commit((db) => {
        const path = createLoginLink(db, { platform, userId: senderId, role: ctx.role }, ctx.clock);
        const who = ctx.role.kind === 'coordinator' ? t('web.login_step.as_coordinator') : t('web.login_step.as_officer');
        ctx.reply(t('web.login_step.link', { url: `${base}${path}`, who }));
      });
    },
  };
}
