import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import type { Answer, DenseRetriever, LlmAnswerer, Passage } from '../../src/qa/types.js';

const knowledgeDir = 'knowledge';
const QUESTION = '申报书什么时候截止？';

describe('the LLM answerer path', () => {
  it('uses the LLM answer, giving it the top passages and the extractive answer', async () => {
    const llm = vi.fn<LlmAnswerer>(async (question, passages, extractive) => ({
      question,
      answer: `LLM：${passages[0]!.text.slice(0, 20)}`,
      declined: false,
      citations: extractive.citations,
    }));
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger, llm });
    const answer = await qa.ask(QUESTION);
    expect(answer.via).toBe('llm');
    expect(answer.answer).toMatch(/^LLM：/);
    const [, passages, extractive] = llm.mock.calls[0]!;
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.some((p: Passage) => p.text.includes('2023年5月8日'))).toBe(true);
    expect(extractive.via).toBe('extractive');
    expect(extractive.answer).toContain('2023年5月8日');
  });

  it('falls back to the extractive answer when the LLM throws', async () => {
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger, llm: async () => Promise.reject(new Error('HTTP 500')) });
    const answer = await qa.ask(QUESTION);
    expect(answer).toMatchObject({ declined: false, via: 'llm-fallback' });
    expect(answer.answer).toContain('2023年5月8日');
  });

  it('falls back when the LLM does not answer in time', async () => {
    const never: LlmAnswerer = () => new Promise<Answer>(() => undefined);
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger, llm: never, llmTimeoutMs: 20 });
    const answer = await qa.ask(QUESTION);
    expect(answer.via).toBe('llm-fallback');
    expect(answer.answer).toContain('2023年5月8日');
  });

  it('does not bother the LLM with chatter', async () => {
    const llm = vi.fn<LlmAnswerer>();
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger, llm });
    const answer = await qa.ask('好的收到');
    expect(answer.declined).toBe(true);
    expect(llm).not.toHaveBeenCalled();
  });
});

describe('dense retrieval fusion', () => {
  it('keeps answering lexically when the embeddings endpoint fails', async () => {
    const dense: DenseRetriever = {
      index: async () => Promise.reject(new Error('ECONNREFUSED')),
      search: async () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger, dense });
    expect((await qa.ask(QUESTION)).answer).toContain('2023年5月8日');
  });

  it('survives a search failure after a good index, and lets dense ranks reorder passages', async () => {
    let indexed: Passage[] = [];
    let fail = false;
    const dense: DenseRetriever = {
      index: async (passages) => {
        indexed = passages;
      },
      search: async () => {
        if (fail) throw new Error('timeout');
        return indexed.filter((p) => p.section.startsWith('五、')).map((p, i) => ({ id: p.id, score: 1 - i / 10 }));
      },
    };
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger, dense });
    expect(indexed.length).toBeGreaterThan(5);
    const lexical = await createQaEngine({ knowledgeDir, log: silentLogger });
    const question = '名录地理标志相关工作怎么开展';
    const fusedTop = (await qa.passages(question, 3)).map((p) => p.section);
    const lexicalTop = (await lexical.passages(question, 3)).map((p) => p.section);
    expect(fusedTop).not.toEqual(lexicalTop);
    fail = true;
    expect((await qa.ask(QUESTION)).answer).toContain('2023年5月8日');
  });
});

describe('re-ingestion', () => {
  it('picks up a notice dropped into KNOWLEDGE_DIR after ingest()', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gi-reingest-'));
    await cp(knowledgeDir, dir, { recursive: true });
    const qa = await createQaEngine({ knowledgeDir: dir, log: silentLogger });
    const before = qa.documents().length;
    const question = '到2023年要建设什么示范项目？';
    expect((await qa.ask(question)).citations.map((c) => c.doc)).not.toContain('2021-20');
    await writeFile(
      join(dir, '2021-20.txt'),
      '国家知识产权局关于组织开展地理标志助力乡村振兴行动的通知\n国知发运字〔2021〕20号\n一、行动目标\n到2023年，建设一批地理标志运用促进示范项目。\n',
    );
    const report = await qa.ingest();
    expect(report.documents.map((d) => d.doc)).toContain('2021-20');
    expect(qa.documents()).toHaveLength(before + 1);
    const answer = await qa.ask(question);
    expect(answer.answer).toContain('地理标志运用促进示范项目');
    expect(answer.citations[0]).toMatchObject({ doc: '2021-20', section: '国知发运字〔2021〕20号 · 一、行动目标' });
  });
});
