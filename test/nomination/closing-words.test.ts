import { describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';

/**
 * How officers close the form: a word saying they are done in front of 提交 ("行了，提交"), a
 * confirmation in their own words ("确认无误"), and a field they do not need ("邮箱不用填"). Values
 * and remarks that open or end the same way stay answers.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

describe('closing the form in the officer’s words', () => {
  const LEADS = ['行了', '好了', '可以了', '都填完了', '就这些', '差不多了', '那'];
  const SEPARATORS = ['，', ',', ' ', '。'];
  const SUBMITS = ['提交', '提交吧', '提交申报书', '确认提交'];
  const submits = LEADS.flatMap((lead, l) => SUBMITS.map((word, w) => `${lead}${pick(SEPARATORS, l + w)}${word}`));

  it(`reads all ${submits.length} as submitting`, () => {
    expect(submits.filter((text) => dialogIntent(text)?.kind !== 'submit')).toEqual([]);
  });

  const confirms = ['确认无误', '确认无误。', '无误', '没错', '都对的', '核对无误', '确认没问题了'];
  it(`reads all ${confirms.length} as confirming`, () => {
    expect(confirms.filter((text) => dialogIntent(text)?.kind !== 'confirm')).toEqual([]);
  });

  const FIELDS = ['邮箱', '这项', '出口额', '物流这块', '旅游'];
  const NOT_NEEDED = ['不用填', '不需要填', '无需填写', '不用写了', '不必填'];
  const skips = FIELDS.flatMap((field, f) => NOT_NEEDED.map((words, w) => `${field}${pick(['', '，'], f + w)}${words}`));
  it(`reads all ${skips.length} as skipping`, () => {
    expect(skips.filter((text) => dialogIntent(text)?.kind !== 'skip')).toEqual([]);
  });

  const answers = ['提交材料的截止时间是哪天', '好了吗', '行了行了我知道', '没错误', '无误差检测中心', '我们单位不用填这么多吗？', '还有哪些需要填'];
  it('leaves look-alikes to be read as answers or questions', () => {
    expect(answers.filter((text) => ['submit', 'confirm', 'skip'].includes(dialogIntent(text)?.kind ?? ''))).toEqual([]);
  });
});

describe('asking to wait while the officer looks something up', () => {
  const TOPICS = ['措施', '计划', '这个', '范围', '数据'];
  const LOOKUPS = ['我找下材料', '我查一下文件', '我问问同事', '我翻翻资料'];
  const waits = TOPICS.flatMap((topic, t) => LOOKUPS.map((lookup, l) => `${pick(['稍等，', '等等，', '不好意思，', ''], t + l)}${topic}${lookup}`));
  it(`reads all ${waits.length} as waiting, never as an answer`, () => {
    expect(waits.filter((text) => dialogIntent(text)?.kind !== 'wait')).toEqual([]);
  });

  const answers = ['措施我们已经出台了扶持办法', '县里找专家制定了标准', '计划我们明年新增用标企业10家', '我查过了，出口是0'];
  it('leaves statements that only open the same way to be read as answers', () => {
    expect(answers.filter((text) => dialogIntent(text)?.kind === 'wait')).toEqual([]);
  });
});

describe('closings read word class by word class (closing-words.ts)', () => {
  const DONE = ['', '填完了，', '都填好了，', '信息都对，', '我确认都填好了，', 'ok了，', '这样就行了，', '完事了，'];
  const HAND_IN = ['提交', '交上去吧', '帮我交上去', '麻烦帮我提交一下', '就按这个报', '报吧', '可以报了', '交吧交吧', '提交申报', '那我交了啊'];
  const submits = DONE.flatMap((done, d) => HAND_IN.map((hand, h) => `${done}${hand}${pick(['', '。', '！'], d + h)}`));
  it(`reads all ${submits.length} as submitting`, () => {
    expect(submits.filter((text) => dialogIntent(text)?.kind !== 'submit')).toEqual([]);
  });

  const YES = ['是', '是的', '对', '对的', '嗯嗯', '好的', '可以的', '确认', '没错', '没问题'];
  const AND = ['', '，确认', '，没错', '，就这些', '，都对', '没问题', '，提交吧'];
  const confirms = YES.flatMap((yes, y) => AND.map((and, a) => `${yes}${and}${pick(['', '。'], y + a)}`));
  it(`reads all ${confirms.length} as confirming or submitting (both submit the summary asked about)`, () => {
    expect(confirms.filter((text) => !['confirm', 'submit'].includes(dialogIntent(text)?.kind ?? ''))).toEqual([]);
  });

  const others = [
    '先不提交了', '不交了', '暂时不提交，等领导审一下', '先保存，明天再交', '交了之后会发给谁', '截止日期前都能改吧？', '我要补充一下扶持措施',
    '还有一项要改', '这个溢价率会不会太高了，我再想想', '算了，这份不要了', '提交以后还能改吗', '报上去要多久', '确认一下联系电话', '都对吗',
    '交给谁', '没填完', '填完了吗', '我再核对一下再提交', '等等再交', '对了，电话改成13807711234', '好的，产值是3.2亿',
  ];
  it(`reads none of ${others.length} remarks, questions and answers as submitting or confirming`, () => {
    expect(others.filter((text) => ['submit', 'confirm'].includes(dialogIntent(text)?.kind ?? ''))).toEqual([]);
  });
});

describe('a declined optional answer beside the closing', () => {
  const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;
  const DECLINES = ['不需要邮箱', '邮箱不用填', '邮箱没有', '没有邮箱', '邮箱就不填了', '邮箱空着', '不用填邮箱'];
  const CLOSES = ['直接提交', '提交吧', '交吧', '填完了', '可以提交了'];
  const messages = DECLINES.flatMap((decline, d) => CLOSES.map((close, c) => `${decline}${pick(['，', ',', ' '], d + c)}${close}`));
  it(`reads all ${messages.length} as submitting`, () => {
    expect(messages.filter((text) => dialogIntent(text)?.kind !== 'submit')).toEqual([]);
  });

  it('a decline alone, or with a refusal to hand in, submits nothing', () => {
    for (const text of ['不需要邮箱', '不需要提交', '先不提交，邮箱没有', '提交，不用了', '邮箱没有，先别交']) expect(dialogIntent(text)?.kind, text).not.toBe('submit');
  });
});
