import { describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';

/**
 * Closings with what officers say around them (closing-words.ts): thanks, someone waiting, to
 * whom it goes, an emoji, having gone over the form, what the yes is about. Said alone, or beside a
 * no, a question or a later, the same words close nothing.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const kind = (text: string): string | undefined => dialogIntent(text)?.kind;

const SEPARATORS = ['，', ',', ' ', '。'];
const HAND_IN = ['提交', '提交吧', '交上去吧', '你帮我提交上去', '帮我报上去', '提交申报书'];
const BESIDE = ['辛苦', '辛苦了', '谢谢', '多谢', '领导等着呢', '省局在催', '比较急', '尽快'];
const RECIPIENTS = ['给省局', '给协调员', '到省局', '给上级'];
const EMOJI = ['👌', '😊', '🙏', '👍🏻'];

describe('handing the form in, with what is said around it', () => {
  const submits = [
    ...HAND_IN.flatMap((hand, h) => BESIDE.map((beside, b) => (h + b) % 2 === 0 ? `${hand}${pick(SEPARATORS, h + b)}${beside}` : `${beside}${pick(SEPARATORS, h + b)}${hand}`)),
    ...RECIPIENTS.flatMap((to, t) => ['提交', '交', '报送', '提交上去'].map((hand, h) => `${pick(['', '你', '帮我'], t + h)}${hand}${to}${pick(['', '吧', '吧。'], t + h)}`)),
    ...HAND_IN.flatMap((hand, h) => EMOJI.map((emoji, e) => `${hand}${pick(['', '！'], h + e)}${emoji}`)),
  ];
  it(`reads all ${submits.length} as submitting`, () => {
    expect(submits.filter((text) => kind(text) !== 'submit')).toEqual([]);
  });
});

describe('yes to the summary, in the officer’s words', () => {
  const CHECKED = ['我看了一遍', '核实过了', '检查过了', '我核对了一遍', '复核过了', '都看过了'];
  const YES = ['没有问题', '无误', '没问题', '都对', '确认', '是这样的'];
  const ABOUT = ['信息', '数据', '内容', '资料'];
  const RIGHT = ['都对', '都准确', '准确', '无误', '都正确', '没问题'];
  const confirms = [
    ...CHECKED.flatMap((checked, c) => YES.map((yes, y) => `${checked}${pick(SEPARATORS, c + y)}${yes}`)),
    ...ABOUT.flatMap((about, a) => RIGHT.map((right, r) => `${about}${right}${pick(['', '。', '的'], a + r).replace('的', '')}`)),
    ...['对，就是这些', '是的，就是这些', '嗯，就这些了', '是这样的', '就是这样', '好的，就是这样'],
    ...YES.flatMap((yes, y) => EMOJI.map((emoji, e) => `${yes}${pick(['', '。'], y + e)}${emoji}`)),
  ];
  it(`reads all ${confirms.length} as confirming or submitting (both submit the summary asked about)`, () => {
    expect(confirms.filter((text) => !['confirm', 'submit'].includes(kind(text) ?? ''))).toEqual([]);
  });
});

describe('the same words that close nothing', () => {
  const others = [
    ...['我看了一遍', '核实过了吗', '检查过了？', '都看过了，还有个问题'],
    ...['领导等着呢', '辛苦了', '谢谢', '比较急', '👌', '😊'],
    ...['提交给谁', '交给省局吗', '明天再提交给省局', '先不提交，领导等着呢', '提交给省局之后还能改吗', '等领导看了再提交'],
    ...['数据对吗', '信息都准确吗？', '数据还没核实', '内容不对', '我看了一遍，有个地方不对', '核实过了，产值要改一下'],
    ...['不报了', '算了，这份不要了'],
  ];
  it(`reads none of ${others.length} as submitting or confirming`, () => {
    expect(others.filter((text) => ['submit', 'confirm'].includes(kind(text) ?? ''))).toEqual([]);
  });
});
