import { ChatOpenAI } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmExtractor } from '../../src/nomination/llm-extract.js';
import { createFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const PASTE = '我们县的茶叶去年卖得很好，总共卖了三四个亿的样子，带动了一大批人就业，外贸那边也有些生意。';

describe('LLM extraction of free text in the dialog', () => {
  let fake: FakeOpenAI;
  let env: DialogEnv;
  const output = field('annual_output_value');
  const employees = field('employees');

  beforeAll(async () => {
    fake = await createFakeOpenAI({
      chat: () => ({ json: { [output.id]: 300_000_000, [employees.id]: 12_000, unknown_field: 'x' } }),
    });
    const model = new ChatOpenAI({ model: 'fake', apiKey: 'k', configuration: { baseURL: fake.url }, maxRetries: 0, timeout: 5000 });
    env = await dialogEnv({ llmExtract: createLlmExtractor({ model, form, method: 'functionCalling' }) });
  });
  afterAll(async () => {
    env.close();
    await fake.close();
  });

  it('asks the model with the form fields, shows what it read, and stores only after 确认', async () => {
    await env.chat.as('u1').says('/申报');
    await env.chat.as('u1').says(`修改${output.label}`);
    const shown = (await env.chat.as('u1').says(PASTE)).join('\n');
    expect(fake.chatRequests()).toHaveLength(1);
    const body = fake.chatRequests()[0]?.body;
    expect(JSON.stringify(body.messages)).toContain(output.id);
    expect(JSON.stringify(body.messages)).toContain('三四个亿');
    expect(body.tool_choice).toBeDefined();

    expect(shown).toMatch(/识别出/);
    expect(shown).toContain(output.label);
    expect(shown).toContain(employees.label);
    expect(env.draft()?.fields[output.id]).toBeUndefined();

    await env.chat.as('u1').says('确认').expectReply(/已保存识别出的 2 项/);
    const draft = env.draft();
    expect(draft?.fields[output.id]?.value).toBe(300_000_000);
    expect(draft?.fields[employees.id]?.value).toBe(12_000);
  });

  it('stores nothing when the user says 不', async () => {
    await env.chat.as('u2').says('/申报');
    await env.chat.as('u2').says(`修改${output.label}`);
    await env.chat.as('u2').says(PASTE).expectReply(/识别出/);
    await env.chat.as('u2').says('不').expectReply(/未保存/);
    expect(env.draft('u2')?.fields[output.id]).toBeUndefined();
    expect(env.current('u2')?.id).toBe(output.id);
  });
});

describe('LLM extraction when the endpoint fails', () => {
  it('falls back to the parser\'s reason and example, with nothing pending', async () => {
    const fake = await createFakeOpenAI({ chat: () => ({ status: 500 }) });
    const model = new ChatOpenAI({ model: 'fake', apiKey: 'k', configuration: { baseURL: fake.url }, maxRetries: 0, timeout: 5000 });
    const env = await dialogEnv({ llmExtract: createLlmExtractor({ model, form, method: 'functionCalling' }) });
    try {
      const output = field('annual_output_value');
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says(`修改${output.label}`);
      const texts = (await env.chat.as('u1').says(PASTE)).join('\n');
      expect(fake.chatRequests().length).toBeGreaterThan(0);
      expect(texts).toMatch(/没能识别/);
      expect(texts).toContain(output.prompt);
      await env.chat.as('u1').says('确认');
      expect(env.draft()?.fields[output.id]).toBeUndefined();
    } finally {
      env.close();
      await fake.close();
    }
  });
});

