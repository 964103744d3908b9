import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import type { QaEngine } from '../../src/qa/types.js';
import { dialogEnv, form, type DialogEnv, validAnswer } from './dialog-fixture.js';
import type { FormField } from '../../src/nomination/form.js';

describe('a question in the middle of a nomination', () => {
  let qa: QaEngine;
  let env: DialogEnv;
  beforeAll(async () => {
    qa = await createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger });
    env = await dialogEnv({ qa });
  });
  afterAll(() => env.close());

  it('is answered by the Q&A with a citation, and the form resumes at the same field', async () => {
    await env.chat.as('u1').says('/申报');
    const first = form.fields[0];
    await env.chat.as('u1').says(validAnswer(first as FormField));
    const asked = env.current();
    const draftBefore = env.draft();

    const texts = await env.chat.as('u1').says('推荐材料什么时候报送截止？');
    const expected = await qa.ask('推荐材料什么时候报送截止？');
    expect(expected.declined).toBe(false);
    expect(texts[0]).toBe(expected.answer);
    expect(texts.at(-1)).toContain(asked?.prompt ?? '');
    expect(texts.at(-1)).toMatch(/申报书填写中/);
    // Nothing was stored from the question, and the same field is still pending.
    expect(env.current()?.id).toBe(asked?.id);
    expect(env.draft()?.fields).toEqual(draftBefore?.fields);

    await env.chat.as('u1').says(validAnswer(asked as FormField)).expectReply(/已记录/);
    expect(env.draft()?.fields[asked?.id ?? '']).toBeDefined();
  });
});
