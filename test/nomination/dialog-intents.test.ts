import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionIntent, dialogIntent, globalIntent } from '../../src/nomination/dialog/intents.js';

describe('nomination intents', () => {
  it.each([
    ['/申报', { kind: 'start', fresh: false }],
    ['申报', { kind: 'start', fresh: false }],
    ['我要申报', { kind: 'start', fresh: false }],
    ['我要推荐一个地标', { kind: 'start', fresh: false }],
    ['我想推荐龙井茶', { kind: 'start', fresh: false, name: '龙井茶' }],
    ['/申报 新建', { kind: 'start', fresh: true }],
    ['继续申报', { kind: 'resume' }],
    ['/申报 统计', { kind: 'stats' }],
    ['/导出 xlsx 浙江', { kind: 'export', format: 'xlsx', province: '浙江' }],
    ['/导出 内蒙', { kind: 'export', format: 'xlsx', province: '内蒙' }],
    ['/名额 浙江 5', { kind: 'quota', province: '浙江', quota: '5' }],
  ])('reads %s', (text, intent) => {
    expect(globalIntent(text)).toEqual(intent);
  });

  it.each(['申报书什么时候截止？', '申报材料有哪些', '我要推荐的产品需要什么条件吗', '推荐名额是多少', '今天天气不错'])(
    'does not start on %s',
    (text) => {
      expect(globalIntent(text)).toBeUndefined();
    },
  );

  it.each([
    ['?', 'help'],
    ['怎么填', 'help'],
    ['跳过', 'skip'],
    ['上一步', 'back'],
    ['查看', 'review'],
    ['取消', 'cancel'],
    ['提交', 'submit'],
    ['提交吧', 'submit'],
    ['那就提交一下', 'submit'],
    ['好的，提交吧！', 'submit'],
    ['确认', 'confirm'],
    ['是的', 'confirm'],
    ['不', 'deny'],
    ['2', 'choose'],
  ])('reads the dialog command %s', (text, kind) => {
    expect(dialogIntent(text)?.kind).toBe(kind);
  });

  it('reads only its own card buttons', () => {
    expect(actionIntent({ kind: 'nomination', op: 'confirm' })).toEqual({ kind: 'confirm' });
    expect(actionIntent({ kind: 'nomination', op: 'answer', value: '地理标志产品' })).toEqual({ kind: 'answer', value: '地理标志产品' });
    expect(actionIntent({ kind: 'feedback', helpful: 'yes' })).toBeUndefined();
    expect(actionIntent({ kind: 'nomination', op: 'choose', value: 'x' })).toBeUndefined();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        globalIntent(text);
        dialogIntent(text);
      }),
    );
  });
});

describe('resuming, however said', () => {
  const LEADS = ['', '好的，', '回来了，', '上次的申报书没填完，', '之前的没弄完，'];
  const VERBS = ['继续', '接着'];
  const TAILS = ['', '申报', '填', '填申报书', '上次的填', '填写一下申报材料', '弄吧', '上次的申报'];
  const phrases = LEADS.flatMap((lead) => VERBS.flatMap((verb) => TAILS.map((tail, i) => `${lead}${verb}${tail}${['', '。', '！'][i % 3]}`)));

  it(`reads all ${phrases.length} generated ways to go on as resuming`, () => {
    expect(phrases.filter((text) => globalIntent(text)?.kind !== 'resume')).toEqual([]);
  });

  it.each(['继续说一下截止日期', '继续推荐', '接着问一下名额', '上次的申报书没填完'])('does not read %s as resuming', (text) => {
    expect(globalIntent(text)?.kind).not.toBe('resume');
  });
});
