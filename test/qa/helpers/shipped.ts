import { cpSync, mkdtempSync } from 'node:fs';
import { expect } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/log.js';
import { createQaEngine, type QaEngineOptions, type QaRetrieval } from '../../../src/qa/engine.js';
import type { QaEngine } from '../../../src/qa/types.js';

/** The 2023 notice the first check sets (qa-dev, qa-holdout …) were written for. */
export const NOTICE_2023 = '2023-14-gi-key-contact-guidance-notice';

/** A fixed service clock (after every deadline of the shipped notices). */
export const NOW = new Date('2026-11-30T02:00:00Z');

let shared: Promise<QaEngine & QaRetrieval> | undefined;
let notice: Promise<QaEngine & QaRetrieval> | undefined;

/** The Q&A service over the shipped knowledge/ (the whole corpus of notices), built once per test file. */
export const shippedQa = (): Promise<QaEngine & QaRetrieval> => (shared ??= createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger, now: () => NOW }));

/** A knowledge folder in a temp dir holding only the 2023 notice. */
export function noticeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gi-notice-'));
  cpSync(join('knowledge', `${NOTICE_2023}.md`), join(dir, `${NOTICE_2023}.md`));
  return dir;
}

/** The Q&A service over the 2023 notice alone, built once per test file. */
export const noticeQa = (options: Partial<QaEngineOptions> = {}): Promise<QaEngine & QaRetrieval> =>
  (notice ??= createQaEngine({ knowledgeDir: noticeDir(), log: silentLogger, now: () => NOW, ...options }));

/** The shipped service answers the question (no decline) with a reply holding `text`. */
export async function answersWith(question: string, text: string): Promise<void> {
  const answer = await (await shippedQa()).ask(question);
  expect(answer.declined).toBe(false);
  expect(answer.answer).toContain(text);
}
