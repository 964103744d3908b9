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
  // Listening before the service starts: a signal while it starts up (after the address is printed,
  // before it has returned) waits for it and then shuts it down, instead of killing the process.
  const signalled = new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const service = await startService(config);
  const signal = await signalled;
  service.app.log.info({ signal }, 'shutting down');
  await service.stop().catch((error: unknown) => service.app.log.error({ err: error }, 'shutdown failed'));
  return 0;
}
