import { loadConfig } from '../config.js';
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
  const service = await startService(loadConfig());
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
