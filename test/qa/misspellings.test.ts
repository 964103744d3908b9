import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { chunkDocument } from '../../src/qa/chunk.js';
import { createHomophoneReader, type HomophoneReader } from '../../src/qa/homophones.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

/**
 * Typos of another sound (a character of like shape, a neighbouring key): a key word that is no
 * word of general Chinese and that the notices never use, one character off a word of the notices
 * or of the lexicon, is read as that word when the question as typed finds no answer: when it is
 * the only such word, or the one the notices use far the most. A word made as the notices make
 * theirs (强市 beside their 强县), a run glued to a number (14号文) or a word of general Chinese is
 * the asker's own.
 */

let reader: HomophoneReader | undefined;
const read = async (): Promise<HomophoneReader> =>
  (reader ??= createHomophoneReader((await loadKnowledge('knowledge', silentLogger)).documents.flatMap(chunkDocument)));
const misspelt = async (question: string): Promise<string> => {
  const r = await read();
  const text = r(question);
  return r.misspelt(text, new Set(analyzeQuery(text).surfaces));
};

describe('reading typos of another sound as the notices’ words', () => {
  it.each([
    ['第二批名录申报的载止日期是哪天', '第二批名录申报的截止日期是哪天'], // the lexicon's word: the only one a character off
    ['申根材料要盖章吗', '申报材料要盖章吗'], // 申报 (and 申请, read alike) far the most used
  ])('%s → %s', async (typed, meant) => {
    expect(await misspelt(typed)).toBe(meant);
  });

  it('rewrites no word of general Chinese, none made as the notices’ words and no run glued to a number', async () => {
    for (const question of [
      '知识产权强省建设试点怎么申报', // 强省 is made as the notices' 强县
      '1072号文讲了什么', // 号文 follows a number
      '示范区验收后会不会复核', // 复核 is a word of general Chinese
      '效果不好会不会摘牌', // so is 摘牌
      '第二批名录申报的截止日期是哪天', // the notices' own words
    ]) {
      expect(await misspelt(question), question).toBe((await read())(question));
    }
  });

  it('reads a hardly written sound-alike as the asking word it sounds like, but not a common word', async () => {
    const r = await read();
    expect(r('示范区筹建名单啥时侯公示')).toBe('示范区筹建名单啥时候公示');
    expect(r('每件给几十万')).toBe('每件给几十万');
  });
});

describe('questions with a typo of another sound are answered as meant', () => {
  it('answers a question declined as typed as the question meant, keeping the question as typed', async () => {
    const qa = await shippedQa();
    const [typed, meant] = ['第二批名录申报的载止日期是哪天', '第二批名录申报的截止日期是哪天'];
    const [answer, expected] = [await qa.ask(typed), await qa.ask(meant)];
    expect(expected.declined).toBe(false);
    expect({ ...answer, question: meant }).toEqual(expected);
    expect(answer.question).toBe(typed);
  });

  it('does not read a question as another when that one is no surer answer', async () => {
    const qa = await shippedQa();
    expect((await qa.ask('知识产权强省建设试点啥时候申报')).declined).toBe(true);
  });
});
