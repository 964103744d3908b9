import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { sameClause } from '../../src/qa/respond.js';
import { evaluate, readEvalCases } from '../../src/qa/eval.js';
import { createQaEngine, type QaRetrieval } from '../../src/qa/engine.js';
import type { QaEngine } from '../../src/qa/types.js';
import { NOTICE_2023, noticeDir, NOW, shippedQa } from './helpers/shipped.js';

const target = (qa: QaEngine & QaRetrieval) => async (question: string) => ({ answer: await qa.ask(question), passages: await qa.passages(question, 3) });
const docsOf = (answer: { citations: { doc: string }[] }) => answer.citations.map((c) => c.doc);

describe('the shipped corpus of notices', () => {
  it('indexes every notice of knowledge/ with a title and no editors\' comments', async () => {
    const qa = await shippedQa();
    expect(qa.documents().length).toBeGreaterThanOrEqual(9);
    for (const d of qa.documents()) expect(d.title.trim()).not.toBe('');
    for (const source of qa.sourceTexts()) expect(source.text).not.toMatch(/<!--|未收录/);
  });

  it.each([
    ['936号文里运用促进工程重点围绕多少件地理标志？', '2019-gi-utilization-project-results', '25件'],
    ['专用标志年报联系人信息发哪个邮箱', '2023-gi-special-mark-annual-report', 'pgi@cnipa.gov.cn'],
    ['保护工程项目申报材料截止到哪天？', '2024-gi-protection-project-plan', '2024年3月15日'],
    ['第二批重点联系指导名录的申报书最晚哪天要交上去？', NOTICE_2023, '2023年5月8日'],
    ['名录的通知是什么时候签发的', NOTICE_2023, '2023年3月23日'],
  ])('answers %s from the notice it is about', async (question, doc, expected) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined).toBe(false);
    expect(docsOf(answer)).toEqual([doc]);
    expect(answer.answer).toContain(expected);
  });

  it('reads 最新 as the newest notice of the programme asked about', async () => {
    const answer = await (await shippedQa()).ask('最新一批国家地理标志保护示范区确定了多少个？');
    expect(docsOf(answer)).toEqual(['2025-gi-demo-zones-acceptance-results']);
    expect(answer.answer).toContain('54个');
  });

  it('says a deadline has passed, against the service clock', async () => {
    const answer = await (await shippedQa()).ask('名录申报什么时候截止');
    expect(answer.answer).toMatch(/2023年5月8日前.*”（该截止日期已过）$/);
    expect(answer.citations[0]?.quote).not.toContain('已过');
  });

  it('scores the corpus tuning set at the levels reached (floors, not the goal)', async () => {
    const report = await evaluate(target(await shippedQa()), readEvalCases('test/fixtures/eval/qa-corpus-tuning.jsonl'));
    const misses = report.misses.map((m) => `${m.id} ${m.q} → ${m.answer.slice(-50)}`).join('\n');
    expect(report.hit1, misses).toBeGreaterThanOrEqual(0.7);
    expect(report.declineRecall, misses).toBeGreaterThanOrEqual(0.8);
    expect(report.wrongDoc, misses).toBeLessThanOrEqual(2);
  });

  it.each(['qa-sample', 'qa-dev', 'qa-holdout'])('keeps answering the 2023 notice set %s with every notice indexed', async (name) => {
    const report = await evaluate(target(await shippedQa()), readEvalCases(`test/fixtures/eval/${name}.jsonl`));
    const misses = report.misses.map((m) => `${m.id} ${m.q} → ${m.answer.slice(-50)}`).join('\n');
    expect(report.hit1, misses).toBeGreaterThanOrEqual(0.9);
    expect(report.declineRecall, misses).toBeGreaterThanOrEqual(0.95);
  });
});

/** A knowledge folder: the 2023 notice plus the given extra files. */
function withNotices(files: Record<string, string>, base = true): string {
  const dir = base ? noticeDir() : mkdtempSync(join(tmpdir(), 'gi-notices-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const notice = (title: string, number: string, body: string) => `${title}\n${number}\n各省知识产权局:\n${body}\n特此通知。\n`;

describe('several notices', () => {
  it('answers a question two notices fit equally from both, each cited', async () => {
    const dir = withNotices(
      {
        'a.txt': notice('关于开展甲类商标品牌培育工作的通知', '国知办函运字〔2030〕1号', '请于2030年3月1日前将推荐材料报送国家知识产权局。'),
        'b.txt': notice('关于开展乙类商标品牌培育工作的通知', '国知办函运字〔2030〕2号', '请于2030年4月1日前将推荐材料报送国家知识产权局。'),
      },
      false,
    );
    const qa = await createQaEngine({ knowledgeDir: dir, log: silentLogger, now: () => NOW });
    const answer = await qa.ask('推荐材料什么时候报送截止？');
    expect(answer.declined).toBe(false);
    expect(docsOf(answer).sort()).toEqual(['a', 'b']);
    expect(answer.answer).toContain('2030年3月1日');
    expect(answer.answer).toContain('2030年4月1日');
    expect(answer.answer.length).toBeLessThanOrEqual(300);
    // Naming one notice (its doc number) answers from that one only.
    expect(docsOf(await qa.ask('2号文的推荐材料什么时候报送截止？'))).toEqual(['b']);
  });

  it('keeps the meaning of the 2023 notice\'s words when notices that use them everywhere are added', async () => {
    const alone = await createQaEngine({ knowledgeDir: noticeDir(), log: silentLogger, now: () => NOW });
    const filler = (i: number) =>
      notice(`关于名录宣传第${i}项工作的通知`, `国知办函运字〔2031〕${i}号`, '名录宣传要加强。名录培训要开展。名录信息要更新。名录材料要归档。');
    const crowded = await createQaEngine({
      knowledgeDir: withNotices(Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`filler-${i}.txt`, filler(i)]))),
      log: silentLogger,
      now: () => NOW,
    });
    for (const question of ['名录申报书什么时候截止？', '名录里的地标可以质押融资吗', '名录会逐步扩大吗']) {
      const [a, b] = [await alone.ask(question), await crowded.ask(question)];
      expect({ question, declined: b.declined }).toEqual({ question, declined: a.declined });
      if (!a.declined) expect(b.answer).toBe(a.answer);
    }
  });
});

describe('dates against the service clock', () => {
  const at = (iso: string) => createQaEngine({ knowledgeDir: noticeDir(), log: silentLogger, now: () => new Date(iso) });

  it('counts the days left before the deadline of the notice asked about', async () => {
    const answer = await (await at('2023-05-01T02:00:00Z')).ask('名录申报离截止还有几天？');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain('2023年5月8日');
    expect(answer.answer).toContain('（距截止还有7天）');
  });

  it('says the deadline has passed once it has, and says nothing of it before', async () => {
    expect((await (await at('2023-05-09T02:00:00Z')).ask('名录申报离截止还有几天？')).answer).toContain('（该截止日期已过）');
    expect((await (await at('2023-04-01T02:00:00Z')).ask('申报书什么时候截止？')).answer).not.toMatch(/已过|距截止/);
  });

  it('reads "today" in the service time zone', async () => {
    // 2023-05-07 20:00 UTC is already 8 May in Shanghai: the deadline day itself.
    const answer = await (await at('2023-05-07T20:00:00Z')).ask('名录申报离截止还有几天？');
    expect(answer.answer).toContain('（今天截止）');
  });
});

describe('saying what is missing', () => {
  it('declines a detail the notice does not give, quoting the clause that names the topic', async () => {
    const qa = await createQaEngine({ knowledgeDir: noticeDir(), log: silentLogger, now: () => NOW });
    const answer = await qa.ask('地理标志展示推广中心的建设经费谁出？');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toMatch(/没有写明资金、费用或金额/);
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]?.quote).toContain('展示推广中心');
    expect(answer.answer).toContain(answer.citations[0]!.quote);
  });

  it.each(['展示推广中心建设资金有多少？', '展示推广中心的经费从哪来'])('does so without the domain words when the question names a matter only the notices name: %s', async (question) => {
    const qa = await createQaEngine({ knowledgeDir: noticeDir(), log: silentLogger, now: () => NOW });
    const answer = await qa.ask(question);
    expect(answer.declined).toBe(true);
    expect(answer.answer).toMatch(/没有写明资金、费用或金额/);
    expect(answer.citations[0]?.quote).toContain('展示推广中心');
  });

  it('quotes no clause for a question sharing only everyday words with the notices', async () => {
    const qa = await createQaEngine({ knowledgeDir: noticeDir(), log: silentLogger, now: () => NOW });
    expect((await qa.ask('公司年会的经费有多少？')).citations).toEqual([]);
  });
});

describe('saying which kind of fact is missing', () => {
  it.each([
    ['首批名录那160件地理标志分别是哪些', '具体名单', '160件'],
    ['第二批重点联系指导名录最终确定了几件地理标志？', '具体数量', '第二批'],
    ['2024年首批保护工程项目最后批了哪些？', '具体名单', '首批'],
    ['今年中国品牌日的活动在哪办的', '具体地点', '中国品牌日'],
    ['千企百城行动怎么报名', '具体办法或途径', '千企百城'],
  ])('%s → declined, 没有写明%s, quoting the related clause', async (question, what, quoted) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain(`没有写明${what}`);
    expect(answer.citations[0]?.quote).toContain(quoted);
  });
});

describe('the knowledge folder as shipped', () => {
  it('copies cleanly (every shipped notice loads, none skipped)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gi-corpus-'));
    cpSync('knowledge', dir, { recursive: true });
    const qa = await createQaEngine({ knowledgeDir: dir, log: silentLogger });
    expect((await qa.ingest()).skipped).toEqual([]);
  });
});

describe('the same clause in two notices', () => {
  it('is told by the character pairs the two sentences share', () => {
    expect(sameClause('请于2030年3月1日前将推荐材料报送国家知识产权局。', '请于2030年4月1日前将推荐材料报送国家知识产权局。')).toBe(true);
    expect(sameClause('国家地理标志产品保护示范区筹建期为3年(2021年9月至2024年9月)。', '国家知识产权局对申报推荐名单进行综合评审,拟定2021年国家地理标志产品保护示范区筹建名单,现将名单予以公示(详见附件)。')).toBe(false);
  });

  it('is needed for an answer from two notices: another notice\'s clause of another kind is not cited', async () => {
    const qa = await shippedQa();
    const answer = await qa.ask('2021年筹建名单里示范区有多少个');
    expect(new Set(answer.citations.map((c) => c.doc)).size).toBeLessThanOrEqual(1);
  });
});
