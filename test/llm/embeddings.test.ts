import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createDenseRetriever } from '../../src/qa/embeddings.js';
import type { DenseRetriever, Passage } from '../../src/qa/types.js';
import { createFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { llmConfig } from './config.js';
import { deadlinePassage, passages, statisticsPassage, supportPassage } from './passages.js';

/**
 * Deterministic "semantic" vectors: one dimension per concept, counting the concept's words.
 * A question sharing no words with a passage can still land next to it, as with a real model.
 */
const CONCEPTS = [
  ['截止', '最晚', '哪天', '日前', '期限', '报送', '交'],
  ['品牌', '活动', '推广', '展会', '会展'],
  ['统计', '产值', '监测', '收入', '数据'],
  ['天气', '下雨'],
];

function conceptVector(text: string): number[] {
  return [...CONCEPTS.map((words) => words.reduce((n, w) => n + text.split(w).length - 1, 0)), 0.01];
}

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function retrieverWith(embeddings: (inputs: string[]) => number[][]): Promise<DenseRetriever> {
  fake = await createFakeOpenAI({ embeddings });
  const retriever = createDenseRetriever(llmConfig(fake.url, { EMBEDDINGS_MODEL: 'bge-m3' }), silentLogger);
  if (!retriever) throw new Error('dense retrieval should be configured');
  return retriever;
}

const embeddedTexts = (): string[] => (fake?.embeddingRequests() ?? []).flatMap((r) => (Array.isArray(r.body.input) ? r.body.input : [r.body.input]));

describe('dense retrieval through a fake embeddings endpoint', () => {
  it('ranks the semantically matching passage first', async () => {
    const retriever = await retrieverWith((inputs) => inputs.map(conceptVector));
    await retriever.index(passages);

    const deadline = await retriever.search('最晚哪天要交？', 3);
    expect(deadline.map((h) => h.id)).toEqual([deadlinePassage.id, expect.any(String), expect.any(String)]);
    expect(deadline[0]?.score).toBeGreaterThan(deadline[1]?.score ?? 1);

    const events = await retriever.search('能参加哪些展会活动', 1);
    expect(events.map((h) => h.id)).toEqual([supportPassage.id]);
    const stats = await retriever.search('要报哪些数据', 2);
    expect(stats[0]?.id).toBe(statisticsPassage.id);
  });

  it('sends the configured model, the key and float encoding', async () => {
    const retriever = await retrieverWith((inputs) => inputs.map(conceptVector));
    await retriever.index(passages);
    const [request] = fake?.embeddingRequests() ?? [];
    expect(request?.headers.authorization).toBe('Bearer sk-test-key');
    expect(request?.body).toMatchObject({ model: 'bge-m3', encoding_format: 'float' });
  });

  it('re-embeds only new or changed passages on re-index', async () => {
    const retriever = await retrieverWith((inputs) => inputs.map(conceptVector));
    await retriever.index(passages);
    expect(embeddedTexts()).toHaveLength(3);

    const changed: Passage = { ...statisticsPassage, text: `${statisticsPassage.text}鼓励建立产值统计制度。` };
    const added: Passage = { ...supportPassage, id: 'provincial#1', doc: 'provincial', text: '本省将组织地理标志品牌推广活动。' };
    await retriever.index([deadlinePassage, supportPassage, changed, added]);
    expect(embeddedTexts().slice(3).sort()).toEqual([changed.text, added.text].sort());

    const hits = await retriever.search('品牌推广活动', 4);
    expect(hits.map((h) => h.id)).toContain('provincial#1');
    expect(hits).toHaveLength(4);
  });

  it('embeds a large corpus in batches', async () => {
    const retriever = await retrieverWith((inputs) => inputs.map(conceptVector));
    const many = Array.from({ length: 150 }, (_, i): Passage => ({ ...supportPassage, id: `gen#${i}`, text: `第${i}段：品牌推广活动。` }));
    await retriever.index(many);
    const sizes = fake?.embeddingRequests().map((r) => (r.body.input as string[]).length) ?? [];
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(150);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    expect(sizes).toHaveLength(15);
  });

  it('keeps the previous index when re-indexing fails', async () => {
    let failing = false;
    const retriever = await retrieverWith((inputs) => {
      if (failing) throw new Error('endpoint down');
      return inputs.map(conceptVector);
    });
    await retriever.index(passages);
    failing = true;
    await expect(retriever.index([{ ...deadlinePassage, text: '全新的内容' }])).rejects.toThrow();
    await expect(retriever.search('最晚哪天交', 1)).rejects.toThrow();
    failing = false;
    expect((await retriever.search('最晚哪天交', 1))[0]?.id).toBe(deadlinePassage.id);
  });

  it('returns nothing before indexing and for a blank question', async () => {
    const retriever = await retrieverWith((inputs) => inputs.map(conceptVector));
    expect(await retriever.search('截止时间', 3)).toEqual([]);
    await retriever.index(passages);
    expect(await retriever.search('   ', 3)).toEqual([]);
    expect(fake?.embeddingRequests()).toHaveLength(1);
  });

  it('rejects vectors whose size does not match the index', async () => {
    let dims = 5;
    const retriever = await retrieverWith((inputs) => inputs.map(() => Array.from({ length: dims }, () => 1)));
    await retriever.index(passages);
    dims = 8;
    await expect(retriever.search('截止时间', 3)).rejects.toThrow(/dimensions/);
  });

  it('is absent without EMBEDDINGS_MODEL', () => {
    expect(createDenseRetriever(llmConfig('http://127.0.0.1:9/v1'), silentLogger)).toBeUndefined();
  });
});
