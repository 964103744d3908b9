import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import type { Answer } from '../../src/qa/types.js';
import { shippedQa } from './helpers/shipped.js';

/**
 * The kind of fact a question asks (which system, a duty, a year, a length, the asker's own place)
 * and the specifics it names (a count, a year) decide the sentence, stressed with generated
 * variants: every combination of the phrasings below, each also with a colloquial ending and in
 * full width, must come out the same.
 */

const FULL_WIDTH = (text: string): string => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/\?/g, '？');
const ENDINGS = ['', '？', '?', '啊', '呀？', '来着'];

/** Every combination of the parts, each with one ending (rotating) and, for every other one, in full width. */
function variants(...parts: string[][]): string[] {
  const combos = parts.reduce<string[]>((acc, options) => acc.flatMap((prefix) => options.map((option) => prefix + option)), ['']);
  return combos.map((q, i) => {
    const ended = q + ENDINGS[i % ENDINGS.length];
    return i % 2 === 1 ? FULL_WIDTH(ended) : ended;
  });
}

const ANNUAL_REPORT = '2023-gi-special-mark-annual-report';
const PROMOTION_2019 = '2019-gi-utilization-project-results';
const QQBC = '2023-qianqi-baicheng-first-batch-list';
const REFORM = '2022-gi-special-mark-approval-reform-pilots';
const KEY_CONTACT = '2023-14-gi-key-contact-guidance-notice';
const MARK_498 = '2022-gi-special-mark-approval-announcement-498';

const cited = (answer: Answer): string[] => answer.citations.map((c) => c.doc.split('/').pop()!);

async function expectAnswers(questions: string[], quote: RegExp, doc: string): Promise<void> {
  const qa = await shippedQa();
  const misses: string[] = [];
  for (const q of questions) {
    const answer = await qa.ask(q);
    if (answer.declined || !quote.test(answer.answer) || cited(answer).some((d) => d !== doc)) misses.push(`${q} → ${answer.answer.slice(0, 60)}`);
  }
  expect(misses).toEqual([]);
}

/**
 * The sentence the answer would quote (the decision aside, which calibration.ts owns): it holds
 * `quote` and is of `doc`.
 */
async function expectFirst(questions: string[], quote: RegExp, doc: string): Promise<void> {
  const qa = await shippedQa();
  const misses: string[] = [];
  for (const q of questions) {
    const best = (await qa.respond(q)).relevance.best;
    const sentence = best?.chunk.sentences[best.sentenceIndex] ?? '';
    if (!quote.test(sentence) || best?.chunk.doc.split('/').pop() !== doc) misses.push(`${q} → ${sentence.slice(0, 60)}`);
  }
  expect(misses).toEqual([]);
}

async function expectDeclines(questions: string[], says?: RegExp): Promise<void> {
  const qa = await shippedQa();
  const misses: string[] = [];
  for (const q of questions) {
    const answer = await qa.ask(q);
    if (!answer.declined || (says && !says.test(answer.answer))) misses.push(`${q} → ${answer.answer.slice(0, 60)}`);
  }
  expect(misses).toEqual([]);
}

describe('reading what a question asks', () => {
  it('reads the noun of a "which one" question, not a qualifier of a longer noun', () => {
    expect(analyzeQuery('年报在哪个系统里填').askedHead).toBe('系统');
    expect(analyzeQuery('是根据哪个规定出的').askedHead).toBe('规定');
    expect(analyzeQuery('材料最后交到局里哪个司？').askedHead).toBe('司');
    expect(analyzeQuery('名录地标要当成什么来抓').askedHead).toBeUndefined();
    expect(analyzeQuery('除了年报，还要交哪些材料').setAside).toBe('年报');
    expect(analyzeQuery('除了申报书还有哪些材料').setAside).toBeUndefined();
    expect(analyzeQuery('示范区建设要按什么工作原则来').askedHead).toBeUndefined();
    expect(analyzeQuery('什么时候截止').askedHead).toBeUndefined();
  });

  it('reads a duty, a year and a length as asked, and a length not as a date', () => {
    for (const q of variants(['省局', '省级知识产权局', '省里'], ['要干什么', '该干啥', '要负责干些啥', '要承担哪些职责'])) expect(analyzeQuery(q).cues).toContain('duty');
    for (const q of variants(['名录', '第一批名录'], ['是哪年定的', '哪一年确定的', '是什么年份出的'])) expect(analyzeQuery(q).cues).toContain('year');
    for (const q of variants(['商标注册', '公示'], ['要多久', '要多长时间', '要几年', '周期多长'])) {
      expect(analyzeQuery(q).cues).toContain('duration');
      expect(analyzeQuery(q).cues).not.toContain('date');
    }
    expect(analyzeQuery('离截止还有几天').cues).not.toContain('duration');
    expect(analyzeQuery('百城百品具体要干啥').cues).not.toContain('duty');
    expect(analyzeQuery('什么时候开始，要多久').cues).toEqual(expect.arrayContaining(['date', 'duration']));
  });

  it("reads the asker's own place in a list or a count, not what the asker may do", () => {
    for (const q of variants(['有没有我们省的', '里有我市的吗', '我们县入选了几个', '咱们公司在不在名单里', '我们市有多少家'])) expect(analyzeQuery(q).cues).toContain('own');
    for (const q of variants(['我们县', '我市', '咱们省'], ['能不能牵头成立协会', '想建个展示中心', '可以自己申报吗'])) expect(analyzeQuery(q).cues).not.toContain('own');
  });
});

describe('the sentence of the asked shape comes first', () => {
  it('quotes, for which system the annual report is filled in, the sentence naming the system', async () => {
    await expectFirst(variants(['专用标志', '地标专用标志', ''], ['年报', '年度报告', '监管年报'], ['在哪个系统里填', '要在哪个系统上报', '是在什么系统填报的']), /数据管理系统/, ANNUAL_REPORT);
  });

  it("quotes, for what the provinces' offices must do for the 2019 projects, the sentence stating their duty", async () => {
    await expectFirst(
      variants(['2019年', '19年', '2019年那批'], ['运用促进工程项目', '运用促进工程项目定下来以后，'], ['省局要干什么', '省级知识产权局该干啥', '省局要负责干些啥', '省局要做什么']),
      /加大对项目的指导和支持力度/,
      PROMOTION_2019,
    );
  });

  it('quotes, for which places continue the reform pilots, the sentence holding the count asked', async () => {
    await expectFirst(variants(['专用标志', '专用标志使用核准', ''], ['改革试点里', '改革里'], ['哪7个地方是延续开展的', '哪七个地方延续开展第二批试点', '延续开展的7个地方是哪些']), /北京市/, REFORM);
  });

  it('quotes, for the year the first list was chosen, the sentence giving the year', async () => {
    await expectFirst(variants(['第一批', '首批'], ['名录', '重点联系指导名录'], ['是哪年定的', '是哪一年遴选的', '哪年确定下来的']), /2021年/, KEY_CONTACT);
  });

  it('quotes, for where a centre is to be built, the sentence naming the place', async () => {
    await expectFirst(variants(['地理标志', '地标', '名录地标的'], ['展示推广中心', '展示中心'], ['支持建在哪里', '建在什么地方', '在哪儿建']), /富集区域建设/, KEY_CONTACT);
  });

  it('quotes, for where the enterprises applied, the sentence naming the office addressed', async () => {
    await expectFirst(variants(['498号公告里', '第四九八号公告'], ['企业', '这些企业'], ['向哪里提的申请', '是向哪里提出使用申请的']), /向产品所在地知识产权管理部门提出/, MARK_498);
  });

  it('quotes, for the other work a list asks beside what the question sets aside, the sentence not naming it', async () => {
    await expectFirst(
      variants(['除了专项计划，', '除了专项计划之外，'], ['还鼓励', '国家局还鼓励'], ['名录地标参与哪些重要工作', '相关主体参加哪些重要工作']),
      /优势示范企业培育/,
      KEY_CONTACT,
    );
  });

  it('quotes, for where listed GIs receive favoured support, the sentence naming it (享受 only receives it)', async () => {
    await expectFirst(variants(['名录地标', '纳入名录的地理标志'], ['在哪些环节上', '在哪些方面'], ['可以享受倾斜支持', '能享有倾斜支持']), /项目分配、部门协作、政策落地/, KEY_CONTACT);
  });

  it('quotes the notice the question names (百城百品 is the 千企百城 programme)', async () => {
    await expectFirst(variants(['百城百品', '“百城百品”', '千企千标'], ['具体要干啥', '是要做什么', '要打造什么']), /百城百品|千企千标/, QQBC);
  });
});

describe('declines what the passage contradicts or does not state', () => {
  it('declines a year of a programme no notice is of, saying that year is not covered', async () => {
    await expectDeclines(variants(['2020年', '2018年', '20年', '2016年'], ['运用促进工程', '地理标志运用促进工程'], ['定了多少个项目', '确定了几个项目', '项目有多少个']), /年的情况/);
  });

  it('still answers the year the notice is of', async () => {
    await expectAnswers(variants(['2019年', '19年'], ['运用促进工程', '地理标志运用促进工程'], ['定了多少个项目', '确定了几个项目']), /14个项目/, PROMOTION_2019);
  });

  it('declines a report year other than the one the notice is about', async () => {
    await expectDeclines(variants(['2024年度', '2025年度'], ['专用标志监管报告', '专用标志使用监管年报'], ['啥时候填报', '什么时候交', '几号截止']));
    // The report's year said as "2025年的…年报", though the clause names 2024 as its filing year.
    await expectDeclines(variants(['2024年的', '2025年'], ['专用标志年报', '专用标志使用监管年度报告'], ['啥时候填', '什么时候交']));
  });

  it("declines whether the asker's own place or firm is in a list the notice does not publish", async () => {
    await expectDeclines(
      variants(['千企百城首批名单里', '首批千企百城区域品牌里', '54个示范区里', '首批160件名录里'], ['有没有我们市的', '有我们县的吗', '我们省有几个', '有没有我们公司']),
    );
  });

  it('declines a length no notice states, and answers one a notice states', async () => {
    await expectDeclines(variants(['地理标志商标注册', '地标集体商标注册', '专用标志核准改革试点'], ['一般要多久', '要多长时间能下来', '要搞几年']));
    await expectAnswers(variants(['国家地理标志产品保护示范区', '示范区'], ['筹建期几年', '筹建期有多长', '筹建要多长时间']), /3年/, '2021-gi-demo-zone-preparation-list');
  });

  it('answers a full name asked by the sentence that abbreviates it (以下简称)', async () => {
    expect(analyzeQuery('这个名录全名叫啥').contentWords).toEqual(['名录']);
    await expectAnswers(variants(['名录', '这个名录', '重点联系指导名录'], ['全称叫啥', '全名是什么', '的全称']), /运用促进重点联系指导名录\(以下简称/, '2023-14-gi-key-contact-guidance-notice');
  });
});
