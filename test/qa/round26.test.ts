import { describe, expect, it } from 'vitest';
import { completionWords } from '../../src/qa/completion.js';
import { analyzeQuery, normalizeText } from '../../src/qa/tokenize.js';
import { answersWith, shippedQa } from './helpers/shipped.js';
import { askedHappening } from '../../src/qa/asked-happened.js';

/**
 * The v26 round: what officers type that the notices say otherwise, each mechanism stressed with
 * phrasings of its own.
 */

describe('what comes next, in officers\' words (后面, 接下来)', () => {
  it('is the asking, as 后续 is', () => {
    expect(analyzeQuery('千企百城国家局后面打算怎么弄').contentWords).not.toContain('后面');
    expect(analyzeQuery('名录接下来国家局要干啥').contentWords).not.toContain('接下来');
  });

  it('lets the plan stated with 将 answer', async () => {
    await answersWith('千企百城国家局后面还要做啥', '宣传推广');
    await answersWith('名录这块国家局接下来要干啥', '国家知识产权局将');
  });
});

describe('the word that tells an act is done (验收通过的, 公示完了, 审核通过后)', () => {
  const done = (question: string): string[] => completionWords(normalizeText(question), analyzeQuery(question).surfaces);

  it('is read after the act it completes, or as 通过 before the act passed', () => {
    expect(done('验收通过的示范区有哪些义务')).toEqual(['通过']);
    expect(done('评审完了的项目怎么管理')).toEqual(['完']);
    expect(done('通过审核的企业要注意啥')).toEqual(['通过']);
  });

  it('is not a means, nor time passing', () => {
    expect(done('通过邮件报送可以吗')).toEqual([]);
    expect(done('筹建期从2021年9月算到现在过了几个月')).toEqual([]);
    expect(done('筹建期是不是已经结束了')).toEqual([]);
  });

  it('is no key word the clause must hold', async () => {
    expect(analyzeQuery('验收通过的示范区干得不好会被取消吗').completed).toEqual(['通过']);
    await answersWith('验收通过的示范区一共多少个', '54个');
    await answersWith('通过验收的示范区一共多少个', '54个');
  });
});

describe('asking whether a plan is allowed (行不行, 行吗)', () => {
  it('is the asking, as 可不可以 is, and leaves 可行 and 行业 alone', () => {
    expect(analyzeQuery('保护工程我们报四个项目行不行').contentWords).not.toContain('行');
    expect(analyzeQuery('年报晚几天交行吗').contentWords).not.toContain('行');
    expect(analyzeQuery('这个方案可行吗').contentWords).toContain('可行');
  });

  it('lets the clause stating the limit answer', () => answersWith('保护工程项目我们报四个行不行', '不超过2个'));
});

describe('the day of asking before 还能 (今天还能补报吗)', () => {
  it('asks whether the deadline has passed, as 现在还能 does, and is no word a clause must hold', () => {
    const query = analyzeQuery('保护工程项目今天还能补报吗');
    expect(query.cues).toContain('deadline');
    expect(query.contentWords).not.toContain('今天');
    expect(analyzeQuery('年报眼下还可以交不').contentWords).not.toContain('眼下');
  });

  it('is answered with the deadline read against today', () => answersWith('二〇二三年那个名录今儿还能补报吗', '该截止日期已过'));
});

describe('whether an act has happened yet (公布了没, 出来了吗)', () => {
  it('is asked of the act right before it', () => {
    const act = (question: string): string | undefined => askedHappening(normalizeText(question), analyzeQuery(question).surfaces);
    expect(act('保护工程第二批项目公布了没')).toBe('公布');
    expect(act('示范区验收结果公示了吗？')).toBe('公示');
    expect(act('年报截止了没')).toBeUndefined();
  });

  it('is declined, saying so, when the clause about the matter lacks the act', async () => {
    const answer = await (await shippedQa()).ask('第二批重点联系指导名录正式公布了吗');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('没有写明您问的“公布”');
  });

  it('is answered by the clause stating the act', () => answersWith('小站稻示范区确定了没', '确定了小站稻等54个'));
});

describe('a list asked to be sent (名单发我一下, 清单发过来)', () => {
  it('asks for its members, headless', () => {
    expect(analyzeQuery('千企百城的企业名单发一下').namedSet).toBe('');
    expect(analyzeQuery('把示范区清单发过来').namedSet).toBe('');
    expect(analyzeQuery('名单什么时候公布').namedSet).toBeUndefined();
  });

  it('is declined when the notice only names the list (its attachment title)', async () => {
    const qa = await shippedQa();
    expect((await qa.ask('498号公告那59家企业的名单发我一下')).declined).toBe(true);
    const answer = await qa.ask('千企百城的企业名单发一下');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('具体名单');
  });
});

describe('who receives or is in charge (哪个处室负责收, 谁来收)', () => {
  it('asks a body, and 负责 and 收 are the asking and the notices\' 报送', () => {
    const query = analyzeQuery('哪个科室负责收保护工程的申报书');
    expect(query.cues).toContain('who');
    expect(query.contentWords).not.toContain('负责');
    expect(query.contentWords).toContain('报送');
    expect(analyzeQuery('负责人是谁').contentWords).toContain('负责人');
  });

  it('finds the clause naming the receiving office', () => answersWith('名录申报书是哪个处室负责收', '运用促进司'));
});
