import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createChatModel, createEmbeddings, LlmTimeoutError, structuredModel, withTimeout } from '../../src/llm/model.js';
import { createFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { llmConfig } from './config.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const fieldSchema = z.object({ field: z.string(), value: z.string() });

describe('model factory', () => {
  it('builds nothing unless the LLM is configured', () => {
    const unset = llmConfig('http://127.0.0.1:9/v1', { LLM_BASE_URL: '', LLM_API_KEY: '', LLM_MODEL: '', EMBEDDINGS_MODEL: 'bge-m3' });
    expect(createChatModel(unset)).toBeUndefined();
    expect(createEmbeddings(unset)).toBeUndefined();
    expect(createEmbeddings(llmConfig('http://127.0.0.1:9/v1'))).toBeUndefined();
  });

  it('talks to LLM_BASE_URL with the key, the model and temperature 0', async () => {
    fake = await createFakeOpenAI({ chat: (body) => ({ content: `模型 ${body.model} 已收到` }) });
    const model = createChatModel(llmConfig(fake.url, { LLM_MODEL: 'glm-4-flash' }));
    const reply = await model?.invoke('你好');
    expect(reply?.content).toBe('模型 glm-4-flash 已收到');
    const [request] = fake.chatRequests();
    expect(request?.headers.authorization).toBe('Bearer sk-test-key');
    expect(request?.body).toMatchObject({ model: 'glm-4-flash', temperature: 0, stream: false });
  });

  it('structured output validates with the zod schema for each method', async () => {
    fake = await createFakeOpenAI({ chat: () => ({ json: { field: '产品名称', value: '西湖龙井' } }) });
    for (const method of ['functionCalling', 'jsonMode', 'jsonSchema'] as const) {
      const model = createChatModel(llmConfig(fake.url));
      if (!model) throw new Error('model should be configured');
      const extractor = structuredModel(model, fieldSchema, 'nomination_field', method);
      expect(await extractor.invoke('产品名称：西湖龙井')).toEqual({ field: '产品名称', value: '西湖龙井' });
    }
    const bodies = fake.chatRequests().map((r) => r.body);
    expect(bodies[0]).toMatchObject({ tool_choice: { function: { name: 'nomination_field' } } });
    expect(bodies[1]).toMatchObject({ response_format: { type: 'json_object' } });
    expect(bodies[2]).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'nomination_field' } } });
  });

  it('structured output rejects values outside the schema', async () => {
    fake = await createFakeOpenAI({ chat: () => ({ json: { field: '产品名称' } }) });
    const model = createChatModel(llmConfig(fake.url));
    if (!model) throw new Error('model should be configured');
    await expect(structuredModel(model, fieldSchema, 'nomination_field', 'functionCalling').invoke('x')).rejects.toThrow();
  });

  it('structured output stops when the caller aborts', async () => {
    fake = await createFakeOpenAI({ chat: () => ({ json: { field: 'a', value: 'b' }, delayMs: 60_000 }) });
    const model = createChatModel(llmConfig(fake.url));
    if (!model) throw new Error('model should be configured');
    const controller = new AbortController();
    const pending = structuredModel(model, fieldSchema, 'f', 'functionCalling').invoke('x', { signal: controller.signal });
    while (fake.chatRequests().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
  });
});

describe('withTimeout', () => {
  it('rejects at the timeout even when the work ignores its signal', async () => {
    vi.useFakeTimers();
    try {
      let signalled: AbortSignal | undefined;
      const never = withTimeout(20_000, undefined, (signal) => {
        signalled = signal;
        return new Promise<string>(() => undefined);
      });
      const rejected = expect(never).rejects.toBeInstanceOf(LlmTimeoutError);
      await vi.advanceTimersByTimeAsync(19_999);
      expect(signalled?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await rejected;
      expect(signalled?.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('returns the work result and rejects at once for an already aborted signal', async () => {
    expect(await withTimeout(1000, undefined, async () => '完成')).toBe('完成');
    await expect(withTimeout(1000, AbortSignal.abort(new Error('gone')), () => new Promise(() => undefined))).rejects.toThrow('gone');
  });
});
