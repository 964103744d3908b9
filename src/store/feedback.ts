import type { Db } from './db.js';

export interface Feedback {
  platform: string;
  userId: string;
  answerRef: string;
  helpful: boolean;
  at: Date;
}

/** One vote per user and answer; a second press changes the vote. */
export function recordFeedback(db: Db, feedback: Feedback): void {
  db.prepare(
    `INSERT INTO feedback (platform, user_id, answer_ref, helpful, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (platform, user_id, answer_ref) DO UPDATE SET helpful = excluded.helpful, created_at = excluded.created_at`,
  ).run(feedback.platform, feedback.userId, feedback.answerRef, feedback.helpful ? 1 : 0, feedback.at.toISOString());
}
