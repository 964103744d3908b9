import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { chunkDocument } from '../../src/qa/chunk.js';
import { createHomophoneReader } from '../../src/qa/homophones.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { noticeQa, shippedQa } from './helpers/shipped.js';

/**
 * The frame officers put around a question — a spoken opener (喂，那个就是…), when the matter
 * happened as they tell it (当时), an A-not-A (算不算), the place of an item in a list (打头的) — is
 * no matter a passage must hold: it is read as asking, so a question that the notice answers is
 * not declined for it. Checked over generated phrasings (templates × every word of a kind).
 */

const fill = (templates: string[], words: string[]): string[] => templates.flatMap((template) => words.map((word) => template.replace('{w}', word)));

describe('the asking frame carries no content words', () => {
  it('reads an A-not-A as asking whether its verb holds', () => {
    for (const [question, verb] of [['乡村旅游算不算', undefined], ['通知开头提没提二十大', undefined], ['这个做法符不符合文件精神', '符合']] as const) {
      const words = analyzeQuery(question).contentWords;
      expect(words.some((word) => /(.)[不没]\1/.test(word)), question).toBe(false);
      if (verb) expect(words, question).toContain(verb);
    }
  });

  it('drops spoken openers, the time of the telling and the place asked in a list', () => {
    const bases = ['2019年运用促进工程确定了几个项目', '名单里的是哪个地标', '关联产业包括哪些'];
    const frames = ['喂{q}', '喂那个就是{q}', '就是{q}', '先告诉我{q}就行', '帮我列一下{q}', '当时{q}', '当初{q}', '那会儿{q}'];
    for (const base of bases) {
      for (const frame of frames) {
        const question = frame.replace('{q}', base);
        expect(analyzeQuery(question).contentWords, question).toEqual(analyzeQuery(base).contentWords);
      }
    }
    for (const word of ['打头', '首位', '头一个', '点名', '开头']) {
      expect(analyzeQuery(`名单里${word}的是哪个地标`).contentWords, word).toEqual(analyzeQuery('名单里的是哪个地标').contentWords);
    }
  });

  it('folds the words for a procedure and the homophones of 标志', async () => {
    const procedure = analyzeQuery('走了哪些程序').contentWords;
    for (const word of ['流程', '步骤', '手续']) expect(analyzeQuery(`走了哪些${word}`).contentWords, word).toEqual(procedure);
    // the homophones are read against the notices' words (homophones.ts), before the analysis
    const read = createHomophoneReader((await loadKnowledge('knowledge', silentLogger)).documents.flatMap(chunkDocument));
    expect(analyzeQuery(read('专用标致')).contentWords).toEqual(analyzeQuery('专用标志').contentWords);
    expect(analyzeQuery(read('地理标致')).contentWords).toEqual(['地理标志']);
  });
});

describe('questions in an asking frame are answered from the notice', () => {
  const cases: { questions: string[]; expected: string; alone?: boolean }[] = [
    { questions: fill(['首批名录{w}一共选了几件地理标志进去？', '{w}首批名录选进去了多少件地标'], ['当时', '当初', '那会儿']), expected: '160件', alone: true },
    { questions: fill(['关联产业都包括啥，乡村旅游{w}', '关联产业包含哪些，物流{w}'], ['算不算', '能不能算', '算进去不']), expected: '加工、物流、旅游', alone: true },
    { questions: fill(['这次示范区验收都走了哪些{w}', '示范区验收要经过哪些{w}'], ['程序', '流程', '步骤']), expected: '验收自查' },
    { questions: fill(['475号公告一共多少家企业获准用专用{w}', '475号公告核准了几家企业使用地理{w}专用标志'], ['标志', '标致']), expected: '48家' },
  ];

  it.each(cases.map((c) => [c.expected, c] as const))('answers every phrasing with %s', async (_, { questions, expected, alone }) => {
    const qa = alone ? await noticeQa() : await shippedQa();
    const misses: string[] = [];
    for (const question of questions) {
      const answer = await qa.ask(question);
      if (answer.declined || !answer.answer.includes(expected)) misses.push(`${question} → ${answer.answer.slice(-60)}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('asking about a quoted clause or whether one is included', () => {
  it('reads 那句话/这段话 and 有份 as the frame of the question', () => {
    for (const word of ['那句话', '这段话']) {
      const question = `试验田${word}是什么意思`;
      expect(analyzeQuery(question).contentWords, question).toEqual(analyzeQuery('试验田是什么意思').contentWords);
    }
    expect(analyzeQuery('示范区名单里海南也有份吗').contentWords).toEqual(analyzeQuery('示范区名单里海南也包括吗').contentWords);
  });
});
