import type { Clock } from '../../src/clock.js';

/**
 * What a reply can still answer: the callback a message or event arrived on. WeCom binds a
 * reply to the callback's `req_id` (long connection) or `response_url` (callback mode) and
 * accepts it only for a while; past that, or once answered, a reply is pushed instead.
 * Kept in memory: after a restart the callbacks are gone on WeCom's side too.
 */

export type TargetKind = 'message' | 'enter_chat';

export interface ReplyTarget {
  kind: TargetKind;
  /** Long connection: the frame whose `req_id` the reply reuses. */
  frame?: { headers: { req_id: string } };
  /** Callback mode: the URL the answer is posted to. */
  responseUrl?: string;
  at: number;
}

/**
 * How long each kind can be answered. A message's stream must be finished within six minutes
 * of the message (every stream here is sent finished in one frame); welcomes within 5 s.
 */
/** WeCom takes welcomes and card updates within 5 seconds of the event; this leaves a margin. */
export const QUICK_RESPONSE_MS = 4_500;
export const REPLY_WINDOW_MS: Record<TargetKind, number> = { message: 5 * 60_000, enter_chat: QUICK_RESPONSE_MS };
const MAX_TARGETS = 5_000;

export interface ReplyTargets {
  /** Records a callback; a redelivery of an answered message stays answered. */
  remember(messageId: string, target: ReplyTarget): void;
  /** The callback to answer `messageId` on, when it is still open. */
  open(messageId: string): ReplyTarget | undefined;
  /** The reply went out: later replies to the same message are pushed. */
  answered(messageId: string): void;
}

export function createReplyTargets(clock: Clock): ReplyTargets {
  const targets = new Map<string, ReplyTarget & { answered: boolean }>();

  function prune(now: number): void {
    for (const [id, target] of targets) {
      if (now - target.at > REPLY_WINDOW_MS[target.kind] || targets.size > MAX_TARGETS) targets.delete(id);
      else break;
    }
  }

  return {
    remember(messageId, target) {
      const known = targets.get(messageId);
      prune(target.at);
      targets.set(messageId, { ...target, answered: known?.answered ?? false });
    },
    open(messageId) {
      const target = targets.get(messageId);
      if (!target || target.answered || clock().getTime() - target.at > REPLY_WINDOW_MS[target.kind]) return undefined;
      return target;
    },
    answered(messageId) {
      const target = targets.get(messageId);
      if (target) target.answered = true;
    },
  };
}
