import { loadConfig } from '../config.js';
import { startService } from '../service.js';

/** `gi-bot start` (also `npm start`): runs until SIGTERM/SIGINT, then shuts down gracefully. */
export default async function start(): Promise<number> {
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
