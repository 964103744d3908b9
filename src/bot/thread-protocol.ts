import type { Config } from '../config.js';
import type { ConversationRef, IncomingMessage, PlatformName } from '../platform.js';
import type { QueuedReply } from './context.js';

/** Messages between the service's main thread and its bot thread (structured-clone safe). */

export interface BotThreadData {
  config: Config;
}

/** Main → bot thread. `id` pairs a request with its answer. */
export type ToBotThread =
  | { type: 'message'; id: number; message: IncomingMessage; want: 'claim' | 'turn' }
  | { type: 'resume'; id: number }
  | { type: 'idle'; id: number }
  | { type: 'reingest'; id: number }
  | { type: 'close'; id: number }
  | { type: 'privateChat'; id: number; ref?: ConversationRef; error?: string };

/** Bot thread → main. */
export type FromBotThread =
  | { type: 'ready' }
  | { type: 'failed-to-start'; error: string }
  /** The message is in the inbox (or was a duplicate): it can be acknowledged. */
  | { type: 'claimed'; id: number }
  /** The turn finished and its replies are committed; `committed` only when the caller asked for the turn. */
  | { type: 'turn'; id: number; duplicate: boolean; committed?: QueuedReply[] }
  | { type: 'result'; id: number; value?: number }
  | { type: 'error'; id: number; error: string }
  | { type: 'privateChat'; id: number; platform: PlatformName; userId: string };
