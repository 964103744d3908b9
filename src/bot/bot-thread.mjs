// The bot thread's entry: worker threads do not inherit the main thread's tsx hooks.
import { register } from 'tsx/esm/api';

register();
await import('./bot-thread.ts');
