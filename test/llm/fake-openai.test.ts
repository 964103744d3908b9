import { ChatOpenAI } from '@langchain/openai';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createChatModel, createEmbeddings, structuredModel } from '../../src/llm/model.js';
import { createFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { llmConfig } from './config.js';

/** The fake server itself, through the real client, since other features' tests build on it. */

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const chatModel = (url: string, streaming = false): ChatOpenAI =>
  new ChatOpenAI({ model: 'qwen-plus', apiKey: 'k', configuration: { baseURL: url }, streaming, maxRetries: 0 });

describe('fake OpenAI-compatible server', () => {
  it('streams text as server-sent events when the client asks for a stream', async () => {
    fake = await createFakeOpenAI({ chat: (body) => ({ content: `收到${body.messages.length}条消息，地理标志名录申报截止于2023年5月8日。` }) });
    const chunks: string[] = [];
    for await (const chunk of await chatModel(fake.url, true).stream('截止时间？')) chunks.push(String(chunk.content));
    expect(chunks.filter(Boolean).length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe('收到1条消息，地理标志名录申报截止于2023年5月8日。');
    expect(fake.chatRequests()[0]?.body.stream).toBe(true);
  });

  it('streams a forced tool call', async () => {
    fake = await createFakeOpenAI({ chat: () => ({ json: { province: '浙江省', count: 3 } }) });
    const tool = { type: 'function' as const, function: { name: 'quota', parameters: { type: 'object', properties: {} } } };
    const bound = chatModel(fake.url, true).bindTools([tool], { tool_choice: { type: 'function', function: { name: 'quota' } } });
    // stream(), not invoke(): a streaming invoke() makes LangChain estimate tokens with tiktoken ranks fetched from the internet.
    let args = '';
    for await (const chunk of await bound.stream('浙江有几个名额？')) for (const call of chunk.tool_call_chunks ?? []) args += call.args ?? '';
    expect(JSON.parse(args)).toEqual({ province: '浙江省', count: 3 });
  });

  it('passes an explicit tool call through by name', async () => {
    fake = await createFakeOpenAI({ chat: () => ({ toolCall: { name: 'field', arguments: { value: '龙井茶' } } }) });
    const result = await structuredModel(chatModel(fake.url), z.object({ value: z.string() }), 'field', 'functionCalling', 5000).invoke('产品名称是龙井茶');
    expect(result.value).toBe('龙井茶');
  });

  it('answers embeddings as floats or base64, whichever the client asks for', async () => {
    fake = await createFakeOpenAI({ embeddings: (inputs) => inputs.map((text) => [text.length, 0.5, -1]) });
    const floats = createEmbeddings(llmConfig(fake.url, { EMBEDDINGS_MODEL: 'text-embedding-v3' }));
    expect(await floats?.embedDocuments(['名录', '申报书'])).toEqual([
      [2, 0.5, -1],
      [3, 0.5, -1],
    ]);
    const response = await fetch(`${fake.url}/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', input: '名录', encoding_format: 'base64' }),
    });
    const { data } = (await response.json()) as { data: { embedding: string }[] };
    const bytes = Buffer.from(data[0]?.embedding ?? '', 'base64');
    expect([...new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)]).toEqual([2, 0.5, -1]);
  });

  it('answers unscripted routes with OpenAI-style errors and records every request', async () => {
    fake = await createFakeOpenAI();
    const model = createChatModel(llmConfig(fake.url, { LLM_TIMEOUT_MS: '2000' }));
    await expect(model?.invoke('你好')).rejects.toThrow(/no chat reply scripted/);
    const missing = await fetch(`${fake.url}/nope`, { method: 'POST' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/no route/);
    expect(fake.requests.map((r) => r.path)).toContain('/v1/nope');
  });

  it('cuts delayed replies on close', async () => {
    fake = await createFakeOpenAI({ chat: () => ({ content: '迟到的回答', delayMs: 60_000 }) });
    const pending = fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: '在吗' }] }),
    });
    while (fake.chatRequests().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await fake.close();
    fake = undefined;
    await expect(pending).rejects.toThrow();
  });
});
