import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { chunkDocument } from '../../src/qa/chunk.js';
import { createHomophoneReader, type HomophoneReader } from '../../src/qa/homophones.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';
import { noticeDir, noticeQa, shippedQa } from './helpers/shipped.js';

/**
 * Homophone typos (the input method's first candidate): a question word the notices never use,
 * sounding like a word they use often, is read as that word; no word the notices or the lexicon
 * have is ever rewritten.
 */

const readerOver = async (dir: string): Promise<HomophoneReader> =>
  createHomophoneReader((await loadKnowledge(dir, silentLogger)).documents.flatMap(chunkDocument));

describe('reading homophone typos as the notices’ words', () => {
  it.each([
    ['第二批明录由谁来报', '第二批名录由谁来报'],
    ['铭录里有多少件', '名录里有多少件'],
    ['啥样的地表有资格列进名录', '啥样的地标有资格列进名录'],
    ['申报书的付件在哪下载', '申报书的附件在哪下载'],
    ['反映意见发哪个油箱', '反映意见发哪个邮箱'],
    ['有问题找谁连系', '有问题找谁联系'],
    ['扫描件要盖公张不', '扫描件要盖公章不'],
    ['出口额要统记吗', '出口额要统计吗'],
    ['政策上有没有清斜', '政策上有没有倾斜'],
    ['名单的公式期多久', '名单的公示期多久'],
    ['地理标致是什么', '地理标志是什么'],
    ['申豹书要盖章不', '申报书要盖章不'],
  ])('%s → %s', async (typed, meant) => {
    const read = await readerOver('knowledge');
    expect(read(typed)).toBe(meant);
  });

  it('rewrites no word the notices or the lexicon have, no single character and no other word of the sound', async () => {
    const read = await readerOver('knowledge');
    for (const question of [
      '名录什么时候公示', // the notices' own words
      '邮件发到哪个电邮', // the lexicon's words
      '持续深化改革试点的是哪5个省', // 个 is the question's own, not a typo of 各省
      '遴选进名录要符合什么条件', // 符合 shares no character with 复核
      '公文格式要核一下', // 格式 is no typo of 各市
      '报送时限是几月几号', // 时限 is no typo of 市县
      '马德里商标国际注册要多少费用', // a name of its own
      '我知道了，谢谢', // the asking
    ]) {
      expect(read(question), question).toBe(question);
    }
  });

  it('reads typos against the notices indexed: a notice alone has its own words', async () => {
    const read = await readerOver(noticeDir());
    expect(read('第二批明录由谁来报')).toBe('第二批名录由谁来报');
    expect(read('申报书要盖公张吗')).toBe('申报书要盖公章吗');
  });
});

describe('questions with homophone typos are answered as the questions meant', () => {
  /** "[typed|meant]" marks the typo and the word meant. */
  const asked = (question: string, side: 1 | 2): string => question.replace(/\[(.+?)\|(.+?)\]/u, `$${side}`);
  it.each([
    '申报书的[付件|附件]在哪下载',
    '[统记|统计]监测指标有哪些',
    '[统记|统计]监测的指标都有哪几项啊',
    '想问下，扫描件要盖[公张|公章]吗',
    '申报材料发哪个[油箱|邮箱]',
    '啥样的[地表|地标]能进名录',
    '首批[明录|名录]一共选了多少件',
  ])('%s', async (question) => {
    const [typed, meant] = [asked(question, 1), asked(question, 2)];
    for (const qa of [await noticeQa(), await shippedQa()]) {
      const [answer, expected] = [await qa.ask(typed), await qa.ask(meant)];
      expect(expected.declined, meant).toBe(false);
      expect({ ...answer, question: meant }).toEqual(expected);
    }
  });

  it('keeps the question as typed in the answer', async () => {
    const answer = await (await shippedQa()).ask('首批明录一共选了多少件');
    expect(answer.question).toBe('首批明录一共选了多少件');
  });

  it('passes a typo of the notices’ words through the group gate', async () => {
    const qa = await shippedQa();
    expect(qa.isSurelyRelevant('第二批明录的申豹书什么时候截止？')).toBe(qa.isSurelyRelevant('第二批名录的申报书什么时候截止？'));
    expect(qa.isSurelyRelevant('第二批名录的申报书什么时候截止？')).toBe(true);
  });
});
