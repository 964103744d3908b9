import type { FeatureModule } from '../feature.js';
import { createLoginStep } from './step.js';

/** The login feature: `/登录` sends a one-time link to the web console, in private chat only. */
export const loginFeature: FeatureModule = {
  name: 'login',
  create({ config }) {
    const step = createLoginStep({ baseUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}` });
    return {
      name: 'login',
      commands: [{ name: '登录', aliases: ['协调台', 'console', 'login'], help: 'login.command', run: (ctx, _args, next) => step.run(ctx, next) }],
    };
  },
};
