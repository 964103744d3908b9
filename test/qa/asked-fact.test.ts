import { describe, expect, it } from 'vitest';
import { paraphrases } from '../../src/qa/paraphrase.js';
import type { QaEngine } from '../../src/qa/types.js';
import type { QaRetrieval } from '../../src/qa/engine.js';
import { NOTICE_2023, noticeQa, shippedQa } from './helpers/shipped.js';

/**
 * The sentence that states the kind of fact asked ranks first over one that only shares the
 * question's words: a deadline for "还能报吗", a department (司) for "找哪个司", 定期 for "多久遴选一次".
 * Each question is asked as written and in every generated paraphrase; the first passage must hold
 * the fact, from the notice asked about.
 */

/** The first-ranked sentence of a question, and its notice. */
async function firstSentence(qa: QaEngine & QaRetrieval, question: string): Promise<{ doc?: string; text?: string }> {
  const [hit] = (await qa.respond(question)).result.sentences;
  return { doc: hit?.chunk.doc, text: hit?.chunk.sentences[hit.sentenceIndex] };
}

const withVariants = (questions: string[]): string[] => questions.flatMap((q) => [q, ...paraphrases(q).map((v) => v.q)]);

describe('the sentence with the asked kind of fact ranks first', () => {
  it.each(withVariants(['现在还能报第二批吗？', '名录申报现在还来得及吗', '第二批名录申报书还可以交吗']))('finds the deadline for %s', async (question) => {
    // Over the corpus only when the question names the programme: "现在" alone asks for the newest notice.
    for (const qa of /名录/.test(question) ? [await noticeQa(), await shippedQa()] : [await noticeQa()]) {
      const first = await firstSentence(qa, question);
      expect(first.doc, question).toBe(NOTICE_2023);
      expect(first.text).toContain('2023年5月8日前');
    }
  });

  it.each(withVariants(['对示范区公示名单有异议找哪个司', '示范区筹建名单有不同意见向哪个司反映']))('finds the department for %s', async (question) => {
    const first = await firstSentence(await shippedQa(), question);
    expect(first.text).toContain('知识产权保护司');
  });

  it.each(withVariants(['名录多久遴选一次', '重点联系指导名录几年评一回']))('reads %s as asking whether it recurs (定期), not for a date', async (question) => {
    const first = await firstSentence(await noticeQa(), question);
    expect(first.text).toContain('定期组织遴选');
  });
});
