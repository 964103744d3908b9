import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import { paraphrases } from '../../src/qa/paraphrase.js';
import { askedParticular } from '../../src/qa/particulars.js';
import { normalizeText } from '../../src/qa/tokenize.js';
import { NOTICE_2023, noticeQa, NOW, shippedQa } from './helpers/shipped.js';
import type { LlmAnswerer } from '../../src/qa/types.js';

/** Questions about a notice's own particulars, over the shipped knowledge/ corpus of notices. */

const RESULTS_2019 = '2019-gi-utilization-project-results';
const ZONES_NOTICE_2021 = '2021-gi-demo-zone-preparation-list';
const ZONES_PUBLICITY_2021 = '2021-gi-demo-zone-preparation-list-publicity';
const MARK_475 = '2022-gi-special-mark-approval-announcement-475';
const MARK_498 = '2022-gi-special-mark-approval-announcement-498';
const PILOTS_593 = '2022-gi-special-mark-approval-reform-pilots';
const QQBC = '2023-qianqi-baicheng-first-batch-list';
const PROTECTION_2024 = '2024-gi-protection-project-plan';
const ZONES_2025 = '2025-gi-demo-zones-acceptance-results';

const docsOf = (answer: { citations: { doc: string }[] }): string[] => answer.citations.map((c) => c.doc);
const FACTS = '「文件信息」';

/** [question, notice it is about, what the answer states] — each particular, notices named in different ways. */
const STATED: [string, string, string][] = [
  // 文号: by year + programme, by 最新, by a short number, with no notice named (the home notice).
  ['2019年运用促进工程那个通知的文号是多少', RESULTS_2019, '国知办函运字〔2019〕936号'],
  ['最新的示范区通知文号是啥', ZONES_2025, '国知发保函字〔2025〕173号'],
  ['保护工程的通知发文字号', PROTECTION_2024, '国知办发保字〔2024〕1号'],
  ['这个通知的文号是多少', NOTICE_2023, '国知办发运字〔2023〕14号'],
  // 成文 (落款) date.
  ['14号文落款日期是哪天', NOTICE_2023, '2023年3月23日'],
  ['2024年保护工程通知是哪天签发的', PROTECTION_2024, '2024年1月22日'],
  ['475号公告成文日期', MARK_475, '2022年3月1日'],
  // 发布 date: by doc number, 公示 as against the 通知 of the same year and programme, by month, by 最新.
  ['国知办函运字〔2019〕936号是哪天发的', RESULTS_2019, '2019年10月31日'],
  ['2021年示范区筹建名单的公示是哪天发的', ZONES_PUBLICITY_2021, '2021年7月14日'],
  ['22年8月那个专用标志公告是哪天发布的', MARK_498, '2022年8月30日'],
  ['最新一期专用标志核准公告是啥时候发的', MARK_498, '2022年8月30日'],
  ['千企百城首批名单的通知是哪天发的', QQBC, '2023年12月28日'],
  ['现在最新的通知是什么时候印发的', ZONES_2025, '2025年12月4日'],
  ['专用标志年报那个通知啥时候挂出来的', '2023-gi-special-mark-annual-report', '2023年12月22日'],
  ['哎，那个千企百城首批名单的通知啥时候出的呀', QQBC, '2023年12月28日'],
  ['去年那个示范区通知是哪天发的', ZONES_2025, '2025年12月4日'],
  ['运用促进工程的通知是哪年发的', RESULTS_2019, '2019年10月31日'],
  // … its date asked with no verb ("那个文是哪天的").
  ['保护工程那个文是哪天的', PROTECTION_2024, '2024年1月22日'],
  ['示范区验收结果那个通知是什么时候的', ZONES_2025, '2025年12月4日'],
  // 发文单位: 国家知识产权局 and its 办公室 are told apart.
  ['2021年示范区筹建名单的公示是谁发的', ZONES_PUBLICITY_2021, '发文单位：国家知识产权局。'],
  ['173号文是哪个单位发的', ZONES_2025, '发文单位：国家知识产权局。'],
  ['767号文的发文机关', ZONES_NOTICE_2021, '发文单位：国家知识产权局办公室。'],
  // Described by what the notice says, though not in every word (its copy never says 结果), or by a count it gives.
  ['示范区验收结果那份通知的文号', ZONES_2025, '国知发保函字〔2025〕173号'],
  ['公布首批千企百城名单用的文号', QQBC, '国知办函运字〔2023〕1106号'],
  ['确定54个示范区的那个通知是哪天发的', ZONES_2025, '2025年12月4日'],
  ['59家企业的公告文号是多少', MARK_498, '第四九八号'],
  // A kind of notice the home notice is not (公告), described by its count: looked for among all notices.
  ['48家企业那个公告是哪天发布的', MARK_475, '2022年3月1日'],
  // A common word no notice says is the asker's own (结果, 定); a day asked of something done names the notice that did it.
  ['示范区验收结果是几号签发的', ZONES_2025, '2025年12月4日'],
  ['千企百城名单是哪一天定的', QQBC, '2023年12月28日'],
  ['保护工程实施方案是哪天印发的', PROTECTION_2024, '2024年1月22日'],
  // A doc number asked by its number alone, though its words match no sentence.
  ['936号文文号全称', RESULTS_2019, '国知办函运字〔2019〕936号'],
  // 标题.
  ['14号文的全称是啥', NOTICE_2023, '国家知识产权局办公室关于进一步加强地理标志运用促进重点联系指导工作的通知'],
  ['2019年运用促进工程那个通知标题是什么', RESULTS_2019, '国家知识产权局办公室关于确定2019年地理标志运用促进工程项目的通知'],
];

/** [question, notice, what the decline says is not stated] — the notice is identified, its copy lacks the particular. */
const UNSTATED: [string, string, string][] = [
  ['2021年示范区筹建名单的通知是哪天印发的？', ZONES_NOTICE_2021, '发布日期'],
  ['767号文是哪天签发的', ZONES_NOTICE_2021, '成文（落款）日期'],
  ['593号文落款日期是哪天？', PILOTS_593, '成文（落款）日期'],
  ['593号文叫什么名字', PILOTS_593, '标题'],
  ['2021年示范区筹建名单公示的文号是多少', ZONES_PUBLICITY_2021, '文号'],
];

describe('questions about a notice\'s own particulars', () => {
  it.each(STATED)('%s → the 文件信息 of the notice asked about', async (question, doc, expected) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined).toBe(false);
    expect(docsOf(answer)).toEqual([doc]);
    expect(answer.answer).toContain(expected);
    expect(answer.citations[0]!.section).toContain('文件信息');
    // An untitled copy is named by its number once, never as a title in 《》.
    expect(answer.answer).not.toMatch(/《[^》]*〔\d{4}〕\d+号》/u);
  });

  it.each(UNSTATED)('%s → declined: the copy does not state it, citing its 文件信息', async (question, doc, what) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain(`没有写明${what}`);
    expect(answer.answer).toContain(FACTS);
    expect(docsOf(answer)).toEqual([doc]);
  });

  it('answers for the notices a question fits equally, each cited', async () => {
    const answer = await (await shippedQa()).ask('专用标志公告是哪天发布的');
    expect(answer.declined).toBe(false);
    expect(docsOf(answer).sort()).toEqual([MARK_475, MARK_498]);
    expect(answer.answer).toContain('2022年3月1日');
    expect(answer.answer).toContain('2022年8月30日');
  });

  it('answers a document the notices only cite from the citing sentence', async () => {
    const qa = await shippedQa();
    for (const question of ['千企百城行动方案的文号是啥', '千企百城行动方案是哪个文号印发的', '千企百城行动方案是谁发的']) {
      const answer = await qa.ask(question);
      expect(answer.declined).toBe(false);
      expect(docsOf(answer)).toEqual([QQBC]);
      expect(answer.citations[0]!.quote).toContain('(国知发运字〔2023〕13号)');
      expect(answer.citations[0]!.quote).toContain('行动方案');
    }
    // Its date is in no notice: declined, the citing sentence shown.
    const dated = await qa.ask('国知发运字〔2023〕13号是哪天印发的');
    expect(dated.declined).toBe(true);
    expect(dated.answer).toContain('没有写明它的发布日期');
    expect(dated.citations[0]!.quote).toContain('国知发运字〔2023〕13号');
  });

  it('answers a document any notice cites when the question names no notice, not the home notice\'s own 文号', async () => {
    const qa = await shippedQa();
    const plan = await qa.ask('商标品牌价值提升行动方案的文号是多少');
    expect(docsOf(plan)).toEqual([QQBC]);
    expect(plan.answer).toContain('国知发运字〔2023〕13号');
    expect(plan.answer).not.toContain(FACTS);
    const acceptance = await qa.ask('开展筹建验收工作的那个通知文号是啥');
    expect(docsOf(acceptance)).toEqual([ZONES_2025]);
    expect(acceptance.answer).toContain('国知办函保字〔2025〕450号');
  });

  it('answers which document a notice was made by (按哪个文件, 根据哪个文) from the sentence naming its basis', async () => {
    const qa = await shippedQa();
    const qqbc = await qa.ask('千企百城首批名单那个通知是按哪个文件搞的');
    expect(docsOf(qqbc)).toEqual([QQBC]);
    expect(qqbc.citations[0]!.quote).toContain('(国知发运字〔2023〕13号)');
    const results = await qa.ask('运用促进工程项目的通知是照哪个文件定的');
    expect(results.declined).toBe(false);
    expect(docsOf(results)).toEqual([RESULTS_2019]);
    expect(results.answer).toContain('国知办发运字〔2019〕26号');
  });

  it('answers the 文号 of what a notice relies on from the citing sentence, not the notice\'s own', async () => {
    const qa = await shippedQa();
    // Described by its words among the documents the notice cites.
    const described = await qa.ask('2025年示范区验收结果那个文件依据的管理办法文号是多少');
    expect(described.declined).toBe(false);
    expect(docsOf(described)).toEqual([ZONES_2025]);
    expect(described.answer).toContain('国知办发保字〔2021〕4号');
    expect(described.answer).not.toContain(FACTS);
    // Described by no word of its title: the document the notice names as its basis (根据《…》).
    const basis = await qa.ask('593号文的上位依据文号是啥');
    expect(docsOf(basis)).toEqual([PILOTS_593]);
    expect(basis.answer).toContain('国知办函保字〔2022〕386号');
    // Without a relation the notice's own 文号 is asked.
    const own = await qa.ask('2025年示范区验收结果那个文件的文号是多少');
    expect(own.answer).toContain(FACTS);
    expect(own.answer).toContain('国知发保函字〔2025〕173号');
  });

  it('keeps the answer over generated paraphrases (synonyms, word order, endings, 地标, full width)', async () => {
    const qa = await shippedQa();
    const cases = [...STATED.slice(0, 12), ...UNSTATED.slice(0, 3)];
    let checked = 0;
    for (const [question, doc, expected] of cases) {
      const original = await qa.ask(question);
      const asked = askedParticular(normalizeText(question));
      // A synonym swap between 落款 and 发布 asks for the other date: another question.
      for (const variant of paraphrases(question).filter((v) => askedParticular(normalizeText(v.q)) === asked)) {
        const answer = await qa.ask(variant.q);
        expect({ q: variant.q, declined: answer.declined, docs: docsOf(answer) }).toEqual({ q: variant.q, declined: original.declined, docs: [doc] });
        expect(answer.answer).toContain(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('does not hand an exact particular to the LLM, which still answers other questions', async () => {
    const llm = vi.fn<LlmAnswerer>(async (question) => ({ question, answer: 'LLM：2020年1月1日', declined: false, citations: [] }));
    const qa = await createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger, now: () => NOW, llm });
    const particular = await qa.ask('国知办函运字〔2019〕936号是哪天发的');
    expect(particular).toMatchObject({ via: 'extractive', declined: false });
    expect(particular.answer).toContain('2019年10月31日');
    expect(llm).not.toHaveBeenCalled();
    expect((await qa.ask('保护工程项目申报材料截止到哪天？')).via).toBe('llm');
    expect(llm).toHaveBeenCalledTimes(1);
  });

  it('declines a particular of a copy that states none of its particulars, naming the notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gi-particulars-'));
    const body = '各省知识产权局:\n\n现就地理标志保护示范区建设有关工作通知如下:请各地认真做好示范区建设工作,及时报送进展情况。\n\n特此通知。\n';
    writeFileSync(join(dir, 'bare.md'), `---\ntitle: 关于做好地理标志保护示范区建设工作的通知\n---\n\n${body}`);
    const qa = await createQaEngine({ knowledgeDir: dir, log: silentLogger, now: () => NOW });
    const answer = await qa.ask('示范区建设的通知是哪天发的');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('没有写明发布日期');
    expect(answer.answer).toContain('关于做好地理标志保护示范区建设工作的通知');
    expect((await qa.ask('这个通知叫什么名字')).answer).toContain('“关于做好地理标志保护示范区建设工作的通知”');
  });

  it('answers the particulars of the one notice when it is alone', async () => {
    const qa = await noticeQa();
    const cases: [string, string][] = [
      ['文号多少', '国知办发运字〔2023〕14号'],
      ['通知落款日期是哪天', '2023年3月23日'],
      ['这通知是谁发的啊', '国家知识产权局办公室'],
      ['通知全名叫啥来着？', '关于进一步加强地理标志运用促进重点联系指导工作的通知'],
    ];
    for (const [question, expected] of cases) {
      const answer = await qa.ask(question);
      expect(answer.declined).toBe(false);
      expect(answer.answer).toContain(expected);
    }
  });
});

describe('questions that ask for no particular of a notice', () => {
  it('reads the name of a part or of a set\'s member as no title of the notice', () => {
    expect(askedParticular(normalizeText('498号公告叫啥名字'))).toBe('title');
    expect(askedParticular(normalizeText('千企百城那个通知第二条叫啥'))).toBeUndefined();
    expect(askedParticular(normalizeText('498号公告那59家企业里有没有古丈的 具体叫啥名字'))).toBeUndefined();
  });

  it('reads the names of several things a notice holds (its attachments, its parts) as no title of the notice', () => {
    expect(askedParticular(normalizeText('果园调查那个通知有几个附件 分别叫啥'))).toBeUndefined();
    expect(askedParticular(normalizeText('果园调查通知分了哪几部分 各部分标题是啥'))).toBeUndefined();
    expect(askedParticular(normalizeText('果园调查那个通知的附件叫什么名字'))).toBeUndefined();
    expect(askedParticular(normalizeText('果园调查那个通知叫什么名字'))).toBe('title');
  });

  it.each([
    '申报书最晚哪天要交？',
    '年报联系人表最晚几号发过去',
    '典型案例会汇编发布吗?',
    '千企百城全称叫啥',
    '申报材料发给谁',
    '这个通知是按哪个文件的要求发的呀？',
    '哈哈',
  ])('%s asks for none', (question) => {
    expect(askedParticular(normalizeText(question))).toBeUndefined();
  });

  it.each([
    '第二批名单是什么时候公布的',
    '通知里那个网购节叫什么名字',
    '确定2021年示范区筹建名单依据的管理办法文号是多少',
    '年报联系人表最晚几号发过去',
    // Another batch than the notice's, and the date of a matter rather than of a document.
    '第二批千企百城名单什么时候公布？',
    '第三批重点联系指导名录啥时候公布',
  ])('%s is left to the ranking: its words describe no notice', async (question) => {
    const answer = await (await shippedQa()).ask(question);
    for (const citation of answer.citations) expect(citation.section).not.toContain('文件信息');
    expect(answer.answer).not.toContain('副本没有写明');
  });
});
