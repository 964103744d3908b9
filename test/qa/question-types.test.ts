import { describe, expect, it } from 'vitest';
import { evaluate, readEvalCases } from '../../src/qa/eval.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { noticeQa, shippedQa } from './helpers/shipped.js';

describe('question analysis', () => {
  it('drops the noun a question asks for (哪个司, 哪些单位) from its content words', () => {
    const query = analyzeQuery('申报书要报给哪个部门');
    expect(query.contentWords).not.toContain('部门');
    expect(query.cues).toEqual(expect.arrayContaining(['who', 'where']));
    expect(analyzeQuery('材料交给哪个司').contentWords).not.toContain('司');
  });

  it('keeps an office named as content, not asked for', () => {
    expect(analyzeQuery('运用促进司负责什么').contentWords).toContain('运用促进司');
  });

  it('treats "A还是B" as one slot of alternatives', () => {
    const query = analyzeQuery('材料是发邮件还是寄快递');
    expect(query.alternatives).toEqual(expect.arrayContaining(['报送']));
    expect(query.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(analyzeQuery('申报书什么时候交').alternatives).toEqual([]);
  });

  it('weighs a whole clause against the one a 还是 opens', () => {
    const query = analyzeQuery('是各个市自己直接报国家局，还是得省里统一报？');
    expect(query.alternatives).toEqual(expect.arrayContaining(['市', '省级']));
    // within one clause only the word before 还是 is the other alternative
    expect(analyzeQuery('名录是发邮件还是寄快递').alternatives).not.toContain('名录');
  });

  it('folds 材料 into 申报书 and city/county levels into 省级', () => {
    expect(analyzeQuery('材料交了吗').contentWords).toContain('申报书');
    expect(analyzeQuery('地市能报吗').contentWords).toContain('省级');
  });

  it('recognises addressee questions and not submission questions as such', () => {
    expect(analyzeQuery('这份通知是发给哪些单位的').cues).toContain('addressee');
    expect(analyzeQuery('这份通知是发给哪些单位的').cues).not.toContain('where');
    expect(analyzeQuery('申报书发给哪个司').cues).not.toContain('addressee');
  });

  it('reads 哪几个方面 as a list question with head noun 方面, not a number question', () => {
    const query = analyzeQuery('在哪几个方面加强指导');
    expect(query.cues).toContain('list');
    expect(query.cues).not.toContain('number');
    expect(query.listHead).toBe('方面');
  });
});

describe('answers by question type', () => {
  it.each([
    ['申报材料要寄给哪个单位？', '运用促进司'],
    ['是发快递还是发电子邮件', '电子邮件'],
    ['这份文件主送哪些单位', '四川省知识产权服务促进中心'],
    ['对纳入名录的地标在哪几个方面加强业务指导', '提质量'],
  ])('%s → quotes %s', async (question, expected) => {
    const answer = await (await noticeQa()).ask(question);
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain(expected);
  });

  it('does not answer a duty question with the salutation line', async () => {
    const answer = await (await noticeQa()).ask('各省知识产权局要做哪些工作');
    expect(answer.declined).toBe(false);
    expect(answer.answer).not.toMatch(/各地方有关中心:”/);
  });

  it.each(['运用促进司的电话是多少', '申报书联系人填谁', '收申报书的邮箱地址是什么'])(
    'declines a contact detail the notice does not give: %s',
    async (question) => {
      expect((await (await noticeQa()).ask(question)).declined).toBe(true);
    },
  );

  it('scores the question-type set', async () => {
    const qa = await noticeQa();
    const report = await evaluate(
      async (q) => ({ answer: await qa.ask(q), passages: await qa.passages(q, 3) }),
      readEvalCases('test/fixtures/eval/qa-question-types.jsonl'),
    );
    const misses = report.misses.map((m) => `${m.id} ${m.q}`).join('\n');
    expect(report.hit1, misses).toBeGreaterThanOrEqual(0.95);
    expect(report.declineRecall, misses).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['地理标志展示推广中心的建设经费谁出', '入选名录能拿多少补贴', '国家知识产权优势示范企业认定条件是什么', '知识产权强县建设试点的评审标准有哪些?'])(
    'declines money and criteria the notice only names, never states: %s',
    async (question) => {
      expect((await (await noticeQa()).ask(question)).declined).toBe(true);
    },
  );

  it('answers criteria the notice does state (遴选……工作基础好、具备……潜力)', async () => {
    const answer = await (await noticeQa()).ask('进名录有什么条件');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toMatch(/工作基础好|推广潜力/);
  });

  it('scores the money and criteria set (written before the rule was tried on it)', async () => {
    const qa = await noticeQa();
    const report = await evaluate(
      async (q) => ({ answer: await qa.ask(q), passages: await qa.passages(q, 3) }),
      readEvalCases('test/fixtures/eval/qa-strict-cues.jsonl'),
    );
    const misses = report.misses.map((m) => `${m.id} ${m.q}`).join('\n');
    expect(report.hit1, misses).toBeGreaterThanOrEqual(0.95);
    expect(report.declineRecall, misses).toBeGreaterThanOrEqual(0.95);
  });
});

describe('asking whether there are criteria', () => {
  it('reads the criteria noun asked about (有标准不, 有没有条件) as the asking, a stated condition as content', () => {
    const base = '什么样的企业才能入选示范区';
    for (const tail of ['有标准不', '有没有标准', '有无条件', '有条件吗', '有标准吗？']) {
      const question = `${base}，${tail}`;
      expect(analyzeQuery(question).cues, question).toContain('criteria');
      expect(analyzeQuery(question).contentWords, question).toEqual(analyzeQuery(base).contentWords);
    }
    const stated = analyzeQuery('有条件的地方申报示范区要符合什么标准');
    expect(stated.cues).toContain('criteria');
    expect(stated.contentWords).toContain('条件');
  });
});

describe('a mailbox asked', () => {
  it('is answered by a clause that sends by e-mail, declined by one naming only the office sent to', async () => {
    const qa = await shippedQa();
    const byMail = await qa.ask('名录申报书发到哪个邮箱');
    expect(byMail.declined).toBe(false);
    expect(byMail.answer).toContain('电子邮件');
    const office = await qa.ask('保护工程推荐汇总表往哪个邮箱发');
    expect(office.declined).toBe(true);
    expect(office.answer).toContain('没有写明联系方式');
  });
});

describe('a length asked in days (几天)', () => {
  it('is a duration, unless it counts the days left or means a few days ago', () => {
    expect(analyzeQuery('筹建名单挂出来公示了几天').cues).toContain('duration');
    for (const q of ['离截止还剩几天', '名录申报还有几天截止', '我前几天发的邮件收到了吗']) expect(analyzeQuery(q).cues, q).not.toContain('duration');
  });

  it('is declined when the clause that names the matter states no length', async () => {
    const answer = await (await shippedQa()).ask('54个示范区的验收结果公示了几天');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('期限或时长');
  });
});
