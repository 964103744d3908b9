import { loadConfig } from '../config.js';
import { loadForm } from '../nomination/form.js';
import { startService } from '../service.js';
import { readArgs } from './args.js';

/**
 * `gi-bot start` (also `npm start`): runs until SIGTERM/SIGINT, then shuts down gracefully.
 * Takes no options (settings come from the environment), so a mistyped one is refused rather
 * than silently ignored.
 */
export default async function start(args: string[]): Promise<number> {
  const parsed = readArgs('start', { args, options: {} });
  if (typeof parsed === 'number') return parsed;
  const config = loadConfig();
  // Read here as well as in the work thread, so a missing or broken form is told plainly instead of as a crashed thread.
  loadForm(config.KNOWLEDGE_DIR);
  const service = await startService(config);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      service.app.log.info({ signal }, 'shutting down');
      service.stop().then(resolve, (error: unknown) => {
        service.app.log.error({ err: error }, 'shutdown failed');
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
