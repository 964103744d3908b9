import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { withoutOpeningWords } from '../../src/nomination/discourse.js';
import { latestSubmitted } from '../../src/store/nominations.js';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * The end of a form in the officer's own words, built from parts: handing it in (to whom, how),
 * saying yes to the summary, dropping the nomination — each after an acknowledgement ("好的，",
 * "嗯嗯 ") and before thanks, an emoji or a particle, in full- or half-width punctuation. Read as
 * the dialog reads them (its opening words gone); questions, a not-yet and a change close nothing.
 * A sample of each kind then goes through the real dialog on a filled form.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const HALF: Record<string, string> = { '，': ',', '！': '!', '？': '?', '。': '.', '～': '~' };
const halfWidth = (text: string): string => text.replace(/[，！？。～]/gu, (c) => HALF[c] ?? c);

const LEADS = ['', '嗯，', '那', '那就', '行，', '嗯嗯 ', 'ok，', '好，'];
const ENDINGS = ['', '吧', '！', '。', '，谢谢', '，辛苦了', '😊', '👍', '🙏', '，多谢🙏', '～', '，感谢'];

const SUBMITS = [
  '提交', '提交申报', '直接提交', '帮我提交', '可以提交了', '交上去', '报上去', '帮我报上去', '现在提交', '我要提交', '提交一下', '请提交',
  '都填好了，提交', '确认无误，提交', '就这样提交', '提交给省局', '交给省局', '报给省里', '发给省局', '帮我交给协调员', '提交上去', '递交',
  '报送省局', '上报市局', '好了可以提交', '填完了', '都填完了', '全部填好了', '搞定了，交吧', '没啥要改的了，提交', '没有要修改的，提交',
  '正式提交', '一键提交', '递上去', '提交到系统', '提交至省局审核', '马上提交', '那我提交了', '可以交了',
];
const CONFIRMS = [
  '确认', '对', '没问题', '信息无误', '核对无误', '确认无误', '是的，都对', '都没问题', '没错，就这样', '可以', 'ok', '对的，没错', '都对',
  '内容没问题', '数据都对', '核实过了，没问题', '我看过了，没问题', '确认没问题', '是的', '准确无误', '没有问题', '可以的', '对，就这些', '嗯，对的', '对头', '妥了', '对对对', '确认无误了',
];
const DECLINES = [
  '取消', '不报了', '算了，不报了', '取消申报', '不申报了', '我们今年不报了', '放弃申报', '这份不要了', '作废吧', '撤销申报', '算了，取消吧',
  '决定不报了', '领导说今年不报了', '这个不报了', '局里决定不报了', '申报书不要了',
];
const OTHERS = [
  '提交之后还能改吗', '什么时候提交', '等一下再提交', '先别提交', '我再看看', '产值不对', '还有个地方要改', '提交给谁', '谢谢', '辛苦了',
  '先不提交了', '明天再交', '确认一下截止时间', '要不要先给领导看', '提交了吗', '交到哪里', '提交前还要盖章吗', '数据还要再核实', '联系人写错了',
  '我再核对一下', '等领导确认', '不确定', '不知道对不对', '让我再想想', '稍等，我再看一下', '怎么提交', '提交按钮在哪', '确认什么', '发给我看看',
  '先保存', '提交不了', '提交失败了', '为什么提交不了', '先不要提交', '确认了吗', '还没确认', '不确认', '提交以后能修改吗', '暂时别报',
];

const variants = (said: readonly string[], leads = LEADS): string[] =>
  said.flatMap((words, w) =>
    leads.filter((_, l) => (l + w) % 2 === 0).map((lead, l) => {
      const text = `${lead}${words}${pick(ENDINGS, l * 3 + w)}`;
      return (l + w) % 4 === 0 ? halfWidth(text) : text;
    }),
  );

const submits = variants(SUBMITS);
/** An acknowledgement before a yes is the dialog's opening word, and "ok，谢谢" thanks only: the yeses come without one. */
const confirms = variants(CONFIRMS, ['', '那', '那就', '那就是']);
const declines = variants(DECLINES);
const others = OTHERS.flatMap((words, w) => ['', '嗯，', '好的，'].map((lead, l) => `${lead}${words}${pick(['', '？', '。', '😊', '，谢谢'], l + w)}`));

/** What the dialog reads in `text`. */
const kind = (text: string): string | undefined => dialogIntent(withoutOpeningWords(text))?.kind;

describe('closings built from parts, read as the dialog reads them', () => {
  it(`reads all ${submits.length} hand-ins as submitting`, () => {
    expect(submits.filter((text) => kind(text) !== 'submit')).toEqual([]);
  });

  it(`reads all ${confirms.length} yeses as confirming (or submitting, which the summary's 确认 takes too)`, () => {
    expect(confirms.filter((text) => !['confirm', 'submit'].includes(kind(text) ?? ''))).toEqual([]);
  });

  it(`reads all ${declines.length} declines as dropping the form`, () => {
    expect(declines.filter((text) => kind(text) !== 'cancel')).toEqual([]);
  });

  it(`reads none of ${others.length} questions, not-yets and changes as a closing`, () => {
    expect(others.filter((text) => ['submit', 'confirm', 'cancel'].includes(kind(text) ?? ''))).toEqual([]);
  });
});

describe('a sample of each kind through the dialog, on a filled form', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  let user = 0;
  /** Fills a form of a new user's own, says `messages`, and tells whether it was submitted. */
  async function submitted(messages: string[]): Promise<boolean> {
    const id = `close-${(user += 1)}`;
    await env.chat.as(id).says('/申报');
    await env.fillWithExamples(id);
    for (const message of messages) await env.chat.as(id).says(message);
    return latestSubmitted(env.chat.db, 'console', id) !== undefined;
  }
  const every = <T,>(list: T[], step: number): T[] => list.filter((_, i) => i % step === 0);

  it('submits on a hand-in then 确认, and on 提交 then a yes', async () => {
    const wrong: string[] = [];
    for (const text of every(submits, 12)) if (!(await submitted([text, '确认']))) wrong.push(text);
    for (const text of every(confirms, 10)) if (!(await submitted(['提交', text]))) wrong.push(text);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('never submits on a decline or on anything else, said either way', async () => {
    const wrong: string[] = [];
    for (const text of [...every(declines, 8), ...every(others, 10)]) {
      if ((await submitted([text, '确认'])) || (await submitted(['提交', text]))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
