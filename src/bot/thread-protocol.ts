import type { MessagePort } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { SourceText } from '../feature.js';
import type { ConversationRef, IncomingMessage, PlatformEvent, PlatformName } from '../platform.js';
import type { QueuedReply } from '../turn.js';

/** Messages between the service's main thread and its bot thread (structured-clone safe). */

export interface BotThreadData {
  config: Config;
  coordinatorChats: ConversationRef[];
  /** The long-running service: the features' schedulers run in the bot thread. */
  service: boolean;
  /** Where heavy jobs go: a port to the work thread. */
  work: MessagePort;
}

/** Main → bot thread. `id` pairs a request with its answer. */
export type ToBotThread =
  | { type: 'message'; id: number; message: IncomingMessage; want: 'claim' | 'turn' }
  | { type: 'event'; id: number; event: PlatformEvent }
  | { type: 'resume'; id: number }
  | { type: 'idle'; id: number }
  | { type: 'ingested'; id: number; sources: SourceText[] }
  | { type: 'close'; id: number }
  | { type: 'privateChat'; id: number; ref?: ConversationRef; error?: string }
  /** The work thread was started again: jobs go to this port now. */
  | { type: 'work'; port: MessagePort };

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
  /** Outbox rows were queued outside a turn (reminders, proposals, introductions). */
  | { type: 'queued' }
  | { type: 'privateChat'; id: number; platform: PlatformName; userId: string };
