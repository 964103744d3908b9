import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createQaEngineFromConfig } from '../../src/qa/from-config.js';
import { createLlmAnswerer } from '../../src/qa/llm-answerer.js';
import { createQaEngine } from '../../src/qa/engine.js';
import { createFakeOpenAI, type FakeChatBody, type FakeOpenAI, type FakeReply } from '../helpers/fake-openai.js';
import { llmConfig } from './config.js';

/** The LLM path end to end: the real Q&A service over the shipped notice, the real client, a fake endpoint. */

const knowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));
const NOTICE = '2023-14-gi-key-contact-guidance-notice';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function userMessage(body: FakeChatBody): string {
  const message = body.messages.find((m) => m.role === 'user');
  return typeof message?.content === 'string' ? message.content : '';
}

/** A model that reads the numbered passages and cites the one holding `needle`, or declines. */
const citing =
  (needle: string, answer: string) =>
  (body: FakeChatBody): FakeReply => {
    const block = userMessage(body).split(/\n(?=\[\d+\] )/).find((b) => b.includes(needle));
    const number = Number(/\[(\d+)\]/.exec(block ?? '')?.[1] ?? 0);
    return { json: number ? { answer, cited: [number], declined: false } : { answer: '资料未涉及', cited: [], declined: true } };
  };

async function serviceWith(chat: (body: FakeChatBody) => FakeReply, env: Record<string, string> = {}) {
  fake = await createFakeOpenAI({ chat });
  const config = llmConfig(fake.url, env);
  return createQaEngine({
    knowledgeDir,
    log: silentLogger,
    llm: createLlmAnswerer(config, silentLogger),
    llmTimeoutMs: config.LLM_TIMEOUT_MS + 1000,
  });
}

describe('Q&A service with the LLM answerer', () => {
  it('answers via the LLM, citing the notice clause it was given', async () => {
    const qa = await serviceWith(citing('5月8日', '请于2023年5月8日前以省为单位通过电子邮件报送申报书电子件。'));
    const question = '申报书什么时候截止？';
    const answer = await qa.ask(question);

    expect(answer).toMatchObject({ question, declined: false, via: 'llm' });
    expect(answer.answer).toContain('2023年5月8日');
    expect(answer.answer).toContain('国知办发运字〔2023〕14号');
    expect(answer.citations[0]).toMatchObject({ doc: NOTICE, section: expect.stringContaining('国知办发运字〔2023〕14号') });
    expect(answer.citations[0]?.quote).toContain('5月8日');
    expect(qa.sectionText(NOTICE, answer.citations[0]?.section ?? '')).toContain(answer.citations[0]?.quote);

    const [request] = fake?.chatRequests() ?? [];
    const user = userMessage(request?.body as FakeChatBody);
    expect(user).toContain(question);
    expect(user).toContain('请于2023年5月8日前将申报书电子件');
  });

  it.each<[string, FakeReply, Record<string, string>]>([
    ['HTTP 500', { status: 500 }, {}],
    ['garbage output', { content: '好的！截止日期大概是五月份吧。' }, {}],
    ['a hung endpoint', { content: '{}', delayMs: 60_000 }, { LLM_TIMEOUT_MS: '1000' }],
  ])('falls back to the extractive answer on %s', async (_name, reply, env) => {
    const plain = await createQaEngine({ knowledgeDir, log: silentLogger });
    const qa = await serviceWith(() => reply, env);
    const question = '申报书什么时候截止？';

    const answer = await qa.ask(question);
    const extractive = await plain.ask(question);
    expect(extractive.answer).toContain('2023年5月8日');
    expect(answer).toMatchObject({ via: 'llm-fallback', declined: false, answer: extractive.answer, citations: extractive.citations });
    expect(fake?.chatRequests().length).toBeGreaterThanOrEqual(1);
  });

  it('passes the LLM decline through', async () => {
    const qa = await serviceWith(() => ({ json: { answer: '资料中没有相关内容。', cited: [], declined: true } }));
    const answer = await qa.ask('地理标志名录申报需要缴纳专利年费吗？');
    expect(answer.declined).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toMatch(/抱歉/);
    expect(fake?.chatRequests()).toHaveLength(1);
  });

  it('does not ask the LLM about chatter', async () => {
    const qa = await serviceWith(citing('5月8日', '2023年5月8日前。'));
    for (const chatter of ['哈哈', '收到', '😀😀😀']) {
      expect((await qa.ask(chatter)).declined).toBe(true);
    }
    expect(fake?.chatRequests()).toHaveLength(0);
  });

  it('wired from config: indexes through the embeddings endpoint and still answers when it fails later', async () => {
    let embeddingsUp = true;
    fake = await createFakeOpenAI({
      chat: citing('5月8日', '请于2023年5月8日前报送申报书。'),
      embeddings: (inputs) => {
        if (!embeddingsUp) throw new Error('embeddings down');
        return inputs.map((text) => [text.includes('5月8日') ? 1 : 0, 1]);
      },
    });
    const qa = await createQaEngineFromConfig(llmConfig(fake.url, { EMBEDDINGS_MODEL: 'bge-m3', KNOWLEDGE_DIR: knowledgeDir }), silentLogger);
    const indexing = fake.embeddingRequests().length;
    expect(indexing).toBeGreaterThanOrEqual(1);
    expect((await qa.ask('申报书什么时候截止？')).via).toBe('llm');
    expect(fake.embeddingRequests().at(-1)?.body.input).toBe('申报书什么时候截止？');
    expect(fake.embeddingRequests()).toHaveLength(indexing + 1);

    embeddingsUp = false;
    const answer = await qa.ask('申报书最晚哪天报送？');
    expect(answer).toMatchObject({ declined: false, via: 'llm' });
    expect(answer.answer).toContain('2023年5月8日');
  });
});
